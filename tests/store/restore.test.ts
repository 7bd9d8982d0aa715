import { afterEach, describe, expect, test } from 'vitest';
import { openLibrary, saveClipping, type Clipping, type CopydeskDb } from '../../utils/store/clippings';
import { restoreBackup } from '../../utils/store/restore';
import { richClipping } from './library-fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
function library(): CopydeskDb {
  const db = openLibrary(`copydesk-restore-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

/** Stands in for sanitizeHtml (which needs a browser DOM): marks what it was given, records the calls. */
function fakeClean() {
  const calls: Array<[string, string | null]> = [];
  const clean = (html: string, baseUrl: string | null) => {
    calls.push([html, baseUrl]);
    return `<p>cleaned ${calls.length}</p>`;
  };
  return { clean, calls };
}

const PAYLOADS = [
  '<table><tr><td><img src=x onerror="alert(1)"></td></tr></table>',
  '<p>a</p><script>alert(document.cookie)</script>',
  '<a href="javascript:alert(1)">click</a>',
];

describe('restoreBackup cleans every clipping', () => {
  // Regression: restored html was only checked to be text and stored as it came, so a crafted
  // backup's <script> or onerror= inside a table reached the exported Markdown verbatim.
  test('each written clipping is stored as the cleaner returned it, never as the backup had it', async () => {
    const db = library();
    const backup = PAYLOADS.map((html, i) => ({
      ...richClipping({ day: i + 1, url: `https://news.test/${i}` }),
      id: i + 1,
      html,
    }));
    const { clean, calls } = fakeClean();
    expect(await restoreBackup(db, backup, [], clean)).toMatchObject({ added: 3 });
    expect(calls).toEqual(PAYLOADS.map((html, i) => [html, `https://news.test/${i}`]));
    const stored = await db.clippings.orderBy('id').toArray();
    expect(stored.map((c) => c.html)).toEqual(['<p>cleaned 1</p>', '<p>cleaned 2</p>', '<p>cleaned 3</p>']);
    for (const c of stored) for (const payload of PAYLOADS) expect(c.html).not.toContain(payload);
  });

  test('a clipping with no page address is cleaned without a base', async () => {
    const { clean, calls } = fakeClean();
    await restoreBackup(library(), [{ ...richClipping({ url: '' }), html: PAYLOADS[1]! }], [], clean);
    expect(calls).toEqual([[PAYLOADS[1], null]]);
  });

  test('an update of a clipping already in the library is cleaned too', async () => {
    const db = library();
    const mine = richClipping({ day: 1 });
    const id = await saveClipping(db, mine);
    const newer: Clipping = { ...mine, id, html: PAYLOADS[0]!, updatedAt: '2030-01-01T00:00:00.000Z' };
    const { clean } = fakeClean();
    expect(await restoreBackup(db, [newer], [], clean)).toMatchObject({ updated: 1 });
    expect((await db.clippings.get(id))?.html).toBe('<p>cleaned 1</p>');
  });
});

describe('restoreBackup version links', () => {
  const identity = (html: string) => html;

  test.each([
    ['to a clipping in the backup, followed when renumbered', 1, 'linked'],
    // Regression: a previousId the backup did not hold was kept, linking to an unrelated clipping.
    ['to a clipping the backup lacks, dropped', 99, null],
  ] as const)('a link %s', async (_name, previousId, expected) => {
    const db = library();
    // The library already holds ids 1 and 99, so both backup records are renumbered.
    await db.clippings.bulkPut([
      { ...richClipping({ day: 20, url: 'https://other.test/1' }), id: 1 },
      { ...richClipping({ day: 21, url: 'https://other.test/99' }), id: 99 },
    ]);
    const first = { ...richClipping({ day: 1 }), id: 1 };
    const second = { ...richClipping({ day: 2, title: 'Second' }), id: 2, previousId };
    await restoreBackup(db, [first, second], [], identity);
    const all = await db.clippings.toArray();
    const restoredFirst = all.find((c) => c.clippedAt === first.clippedAt)!;
    const restoredSecond = all.find((c) => c.title === 'Second')!;
    expect(restoredSecond.previousId).toBe(expected === 'linked' ? restoredFirst.id : null);
  });

  test('a record from before version links keeps having none', async () => {
    const db = library();
    const { previousId: _p, ...old } = richClipping({ day: 1 });
    await restoreBackup(db, [{ ...old, id: 5 }], [], identity);
    expect((await db.clippings.get(5))?.previousId ?? null).toBeNull();
  });
});
