import { afterEach, describe, expect, test } from 'vitest';
import { backupFileName, backupParts, BACKUP_VERSION, parseBackup } from '../../utils/export/backup';
import { clippingBatches } from '../../utils/store/batches';
import { openLibrary, saveClipping, type Clipping, type CopydeskDb } from '../../utils/store/clippings';
import { queryLibrary } from '../../utils/store/query';
import { restoreBackup } from '../../utils/store/restore';
import { richClipping } from '../store/library-fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
function library(): CopydeskDb {
  const db = openLibrary(`copydesk-backup-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

const NOW = new Date('2024-03-01T09:00:00Z');
const DESK = {
  normalizedUrl: 'https://unsaved.test/page',
  flags: [],
  annotations: [],
  updatedAt: '2024-02-01T00:00:00.000Z',
};

async function filled(): Promise<CopydeskDb> {
  const db = library();
  const first = await saveClipping(
    db,
    richClipping({ day: 1, url: 'https://a.test/1', title: 'Ünïcode “title”: a – b' }),
  );
  await saveClipping(
    db,
    { ...richClipping({ day: 2, url: 'https://a.test/1' }), title: 'Changed' },
    { replaceId: first },
  );
  await saveClipping(db, richClipping({ day: 3, url: '', tags: [] }));
  await db.desks.put(DESK);
  return db;
}

async function backupText(db: CopydeskDb, size?: number): Promise<string> {
  let text = '';
  for await (const part of backupParts(clippingBatches(db, undefined, size), await db.desks.toArray(), NOW))
    text += part;
  return text;
}

function restoreFrom(db: CopydeskDb, text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  // The sanitizer needs a real browser DOM (tests/sanitize.test.ts); what it is given is tested in tests/store/restore.test.ts.
  return restoreBackup(db, parsed.backup.clippings, parsed.backup.desks, (html) => html);
}

describe('backup and restore', () => {
  test('a round trip into an empty library loses nothing (every field of every record)', async () => {
    const source = await filled();
    const text = await backupText(source, 2);
    const head = JSON.parse(text) as { format: string; version: number; exportedAt: string };
    expect([head.format, head.version, head.exportedAt]).toEqual([
      'copydesk-backup',
      BACKUP_VERSION,
      NOW.toISOString(),
    ]);
    const target = library();
    expect(await restoreFrom(target, text)).toEqual({ added: 3, updated: 0, unchanged: 0, desks: 1 });
    const before = await source.clippings.orderBy('id').toArray();
    const after = await target.clippings.orderBy('id').toArray();
    expect(after).toEqual(before);
    expect(after[1]!.previousId).toBe(after[0]!.id);
    expect(await target.desks.toArray()).toEqual([DESK]);
    expect(await target.entries.orderBy('id').toArray()).toEqual(await source.entries.orderBy('id').toArray());
    expect((await queryLibrary(target, { text: 'nightmare' })).ids).toHaveLength(3);
  });

  test('restoring into a library that holds some of them adds only the missing ones', async () => {
    const source = await filled();
    const text = await backupText(source);
    const target = library();
    // The same first save of a.test/1 (same moment), plus one of the target's own that takes id 2.
    const [first] = await source.clippings.orderBy('id').limit(1).toArray();
    const { id: _id, ...copy } = first!;
    await saveClipping(target, copy);
    await saveClipping(target, richClipping({ day: 9, url: 'https://mine.test/' }));
    expect(await restoreFrom(target, text)).toEqual({ added: 2, updated: 0, unchanged: 1, desks: 1 });
    expect(await target.clippings.count()).toBe(4);
    // Restoring the same file again changes nothing.
    expect(await restoreFrom(target, text)).toEqual({ added: 0, updated: 0, unchanged: 3, desks: 0 });
    expect(await target.clippings.count()).toBe(4);
    // The renumbered new version still points at the library's copy of its first version.
    const changed = (await target.clippings.toArray()).find((c) => c.title === 'Changed')!;
    expect(changed.previousId).toBe(1);
    expect(changed.id).not.toBe(2);
  });

  test('a backup copy edited later than the library copy wins', async () => {
    const source = await filled();
    const target = library();
    await restoreFrom(target, await backupText(source));
    const id = (await source.clippings.orderBy('id').first())!.id!;
    await source.clippings.update(id, { note: 'edited later', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(await restoreFrom(target, await backupText(source))).toMatchObject({ updated: 1, added: 0 });
    expect((await target.clippings.get(id))?.note).toBe('edited later');
    expect((await queryLibrary(target, { text: 'edited' })).ids).toEqual([id]);
  });

  test('the file name carries the day', () => {
    expect(backupFileName(NOW)).toBe('copydesk-backup-2024-03-01.json');
  });
});

describe('a bad backup is refused whole, saying what is wrong', () => {
  const good = () => richClipping({ day: 1 });
  const file = (data: object) =>
    JSON.stringify({ format: 'copydesk-backup', version: 1, exportedAt: '', desks: [], ...data });
  test.each<[string, string, RegExp]>([
    ['not JSON', '{"format": "copydesk-backup", ', /not valid JSON/],
    ['another JSON file', '{"hello": 1}', /no "format": "copydesk-backup" marker/],
    [
      'a newer format',
      file({ version: BACKUP_VERSION + 1, clippings: [] }),
      /newer Copydesk \(backup format 2; this one reads up to 1\)/,
    ],
    ['no version', file({ version: 'one', clippings: [] }), /no valid format version/],
    ['no clippings list', file({ clippings: {} }), /no list of clippings/],
    [
      'one clipping without a title',
      file({ clippings: [good(), { ...good(), title: 5 }] }),
      /clipping 2 \(“5”\), title must be text/,
    ],
    [
      'a finding of an unknown kind',
      file({ clippings: [{ ...good(), findings: [{ kind: 'rumour' }] }] }),
      /clipping 1 \(“UN Secretary.*”\), finding 1: kind must be quote, figure or credit/,
    ],
    [
      'a flag with a made-up status',
      file({ clippings: [{ ...good(), flags: [{ ...good().flags[0], status: 'maybe' }] }] }),
      /flag 1: status must be unchecked, verified, disputed or needs-source/,
    ],
    [
      'a broken selector',
      file({ clippings: [{ ...good(), findings: [{ ...good().findings[0], selectors: [{ type: 'X' }] }] }] }),
      /quote 1: selectors\[0\]\.type must be TextQuoteSelector or TextPositionSelector/,
    ],
    [
      'a javascript: page address',
      file({ clippings: [{ ...good(), url: 'javascript:alert(document.cookie)' }] }),
      /url must be an http\(s\) or file address/,
    ],
    [
      'a data: page address',
      file({ clippings: [{ ...good(), url: 'data:text/html,<script>alert(1)</script>' }] }),
      /url must be an http\(s\) or file address/,
    ],
    ['a bad date', file({ clippings: [{ ...good(), clippedAt: 'yesterday' }] }), /clippedAt must be a date and time/],
    // Regression: a credit's agencies as one string restored fine, then hung the clipping view.
    [
      'a credit whose agencies are one string',
      file({
        clippings: [
          { ...good(), findings: good().findings.map((f) => (f.kind === 'credit' ? { ...f, agencies: 'AP' } : f)) },
        ],
      }),
      /clipping 1 \(“UN Secretary.*”\), credit 1: agencies must be a list of names\./,
    ],
    [
      'duplicate ids',
      file({
        clippings: [
          { ...good(), id: 3 },
          { ...good(), id: 3 },
        ],
      }),
      /share the same id/,
    ],
    [
      'a broken desk record',
      file({ clippings: [], desks: [{ flags: [] }] }),
      /desk record 1, normalizedUrl is missing/,
    ],
    [
      'many problems are summarised',
      file({ clippings: Array.from({ length: 5 }, () => ({ ...good(), html: null })) }),
      /html must be text.*…and 2 more\./,
    ],
  ])('%s', async (_name, text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(message);
  });

  test('a refused backup leaves the library exactly as it was', async () => {
    const db = await filled();
    const before = await db.clippings.toArray();
    const broken = JSON.parse(await backupText(db)) as { clippings: Clipping[] };
    (broken.clippings[1] as unknown as { findings: string }).findings = 'lost';
    const parsed = parseBackup(JSON.stringify(broken));
    expect(parsed).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/This backup is damaged, so nothing was restored/),
    });
    expect(await db.clippings.toArray()).toEqual(before);
  });

  test.each([
    ['an https page', 'https://news.test/a'],
    ['a local file', 'file:///home/desk/story.html'],
    ['pasted text with no page', ''],
  ])('a clipping of %s is accepted', (_name, url) => {
    const text = JSON.stringify({ format: 'copydesk-backup', version: 1, clippings: [{ ...richClipping(), url }] });
    expect(parseBackup(text).ok).toBe(true);
  });

  test('a backup from before version links (no previousId) is accepted', () => {
    const { previousId: _p, ...old } = richClipping({ day: 1 });
    expect(parseBackup(JSON.stringify({ format: 'copydesk-backup', version: 1, clippings: [old] })).ok).toBe(true);
  });
});
