import { afterEach, describe, expect, test } from 'vitest';
import { openLibrary, saveClipping, type Clipping, type CopydeskDb } from '../../utils/store/clippings';
import { LibraryIds, MAX_KEPT_ID } from '../../utils/store/library-ids';
import { restoreBackup } from '../../utils/store/restore';
import { richClipping } from './library-fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
function library(): CopydeskDb {
  const db = openLibrary(`copydesk-ids-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

const keep = (html: string) => html;
/** A distinct clipping (its own page and moment) carrying backup id `id`, or none. */
function record(n: number, id?: number): Clipping {
  const c = { ...richClipping({ day: n, url: `https://news.test/story-${n}`, title: `Story ${n}` }) };
  delete c.id;
  return id === undefined ? c : { ...c, id };
}

describe('LibraryIds', () => {
  test('keeps free ids in range, renumbers taken and out-of-range ones above the kept', () => {
    const ids = new LibraryIds([1, 2, 3]);
    expect(ids.claim(2)).toBe(false);
    expect(ids.claim(10)).toBe(true);
    expect(ids.claim(MAX_KEPT_ID + 1)).toBe(false);
    expect(ids.claim(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect([ids.next(), ids.next()]).toEqual([11, 12]);
  });

  test('a library already holding a huge id still hands out ids in range', () => {
    const ids = new LibraryIds([4, 2 ** 53]);
    expect(ids.next()).toBe(5);
  });
});

describe('restored ids can neither collide nor exhaust the key generator', () => {
  // Regression: ids 2^53, none, none restored as "3 added" but one record written, and every
  // later save failed: the key generator had passed 2^53.
  test('an id of 2^53 and two without ids: three written, and saving still works', async () => {
    const db = library();
    const report = await restoreBackup(db, [record(1, 2 ** 53), record(2), record(3)], [], keep);
    expect(report.added).toBe(3);
    expect(await db.clippings.count()).toBe(3);
    const ids = (await db.clippings.toCollection().primaryKeys()) as number[];
    expect(ids.every((id) => id <= MAX_KEPT_ID)).toBe(true);
    const saved = await saveClipping(db, record(4));
    expect(saved).toBeLessThanOrEqual(MAX_KEPT_ID);
    expect(await db.clippings.count()).toBe(4);
  });

  // Regression: MAX_SAFE_INTEGER, 1 and 2 over a library holding 1-3 gave 5 clippings, not 6.
  test('MAX_SAFE_INTEGER, 1 and 2 over a library holding 1-3: six clippings, all reachable', async () => {
    const db = library();
    for (const n of [1, 2, 3]) await saveClipping(db, record(n));
    const report = await restoreBackup(
      db,
      [record(11, Number.MAX_SAFE_INTEGER), record(12, 1), record(13, 2)],
      [],
      keep,
    );
    expect(report).toMatchObject({ added: 3, updated: 0 });
    expect(await db.clippings.count()).toBe(6);
    expect(await db.entries.count()).toBe(6);
    expect(new Set((await db.clippings.toArray()).map((c) => c.title)).size).toBe(6);
    await saveClipping(db, record(14));
    expect(await db.clippings.count()).toBe(7);
  });

  test('version links follow a renumbered huge id', async () => {
    const db = library();
    const old = record(1, Number.MAX_SAFE_INTEGER);
    const newer = { ...record(2, 7), previousId: Number.MAX_SAFE_INTEGER };
    await restoreBackup(db, [old, newer], [], keep);
    const stored = await db.clippings.get(7);
    const linked = await db.clippings.get(stored!.previousId!);
    expect(linked?.title).toBe('Story 1');
  });

  // Regression: the same save twice in one file was counted as two updates but written once.
  test('the same save twice in one file over a library copy: counted and written once, newest wins', async () => {
    const db = library();
    const mine = record(1);
    const id = await saveClipping(db, mine);
    const a = { ...mine, id: 50, note: 'older', updatedAt: '2031-01-01T00:00:00.000Z' };
    const b = { ...mine, id: 51, note: 'newer', updatedAt: '2032-01-01T00:00:00.000Z' };
    expect(await restoreBackup(db, [b, a], [], keep)).toMatchObject({ added: 0, updated: 1 });
    expect(await db.clippings.count()).toBe(1);
    expect((await db.clippings.get(id))?.note).toBe('newer');
  });
});
