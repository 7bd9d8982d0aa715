import { afterEach, describe, expect, test } from 'vitest';
import {
  clippingFromAnalysis,
  countClippings,
  deleteClippings,
  findExisting,
  getClipping,
  listClippings,
  openLibrary,
  restoreClippings,
  saveClipping,
  versionsOf,
  type Clipping,
  type CopydeskDb,
} from '../../utils/store/clippings';
import { queryLibrary } from '../../utils/store/query';
import { makeAnalysis } from './fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;

/** A fresh database per test so no test sees another's clippings. */
function library(): CopydeskDb {
  const db = openLibrary(`copydesk-test-${++counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

function clipping(day: number, article: Parameters<typeof makeAnalysis>[0] = {}): Clipping {
  const now = new Date(Date.UTC(2024, 0, day, 12));
  return clippingFromAnalysis(makeAnalysis(article), { html: '<p>safe</p>', now, tags: [' idlib ', 'idlib', ''] });
}

describe('clippingFromAnalysis', () => {
  test('copies the article, normalizes URLs, stamps times and cleans tags', () => {
    const c = clipping(5);
    expect(c).toMatchObject({
      url: 'https://news.example.test/world/un-urges-assad-idlib?utm_source=twitter#comments',
      normalizedUrl: 'https://news.example.test/world/un-urges-assad-idlib',
      canonicalUrl: 'https://news.example.test/world/un-urges-assad-idlib',
      title: 'UN Secretary General Urges Assad To Call Off Idlib Attack',
      html: '<p>safe</p>',
      clippedAt: '2024-01-05T12:00:00.000Z',
      updatedAt: '2024-01-05T12:00:00.000Z',
      tags: ['idlib'],
      analysisSchema: 1,
    });
    expect(c.id).toBeUndefined();
  });

  test('pasted text without a URL gets empty URL keys', () => {
    const c = clipping(5, { url: null, canonicalUrl: null });
    expect([c.url, c.normalizedUrl, c.canonicalUrl]).toEqual(['', '', null]);
  });
});

describe('library', () => {
  test('saves, counts and lists newest first with limit and offset', async () => {
    const db = library();
    const ids: number[] = [];
    for (const day of [2, 9, 5]) ids.push(await saveClipping(db, clipping(day, { url: `https://a.test/${day}` })));
    expect(await countClippings(db)).toBe(3);
    const all = await listClippings(db);
    expect(all.map((c) => c.url)).toEqual(['https://a.test/9', 'https://a.test/5', 'https://a.test/2']);
    const page = await listClippings(db, { limit: 1, offset: 1 });
    expect(page.map((c) => c.id)).toEqual([ids[2]]);
    expect((await getClipping(db, ids[0]!))?.url).toBe('https://a.test/2');
  });

  test('getClipping of an unknown id is undefined', async () => {
    expect(await getClipping(library(), 999)).toBeUndefined();
  });

  test.each([
    [
      'same page with tracking params and fragment',
      'https://news.example.test/world/un-urges-assad-idlib?fbclid=x#top',
      null,
    ],
    ['URL host in another case', 'https://NEWS.example.test/world/un-urges-assad-idlib', null],
    [
      'another URL whose canonical is the stored canonical',
      'https://m.example.test/amp/123',
      'https://news.example.test/world/un-urges-assad-idlib',
    ],
    ['the stored canonical visited directly', 'https://news.example.test/world/un-urges-assad-idlib', null],
  ])('findExisting detects a re-save: %s', async (_name, url, canonical) => {
    const db = library();
    const id = await saveClipping(
      db,
      clipping(5, {
        url: 'https://news.example.test/world/un-urges-assad-idlib?utm_medium=x',
        canonicalUrl: 'https://news.example.test/world/un-urges-assad-idlib',
      }),
    );
    expect((await findExisting(db, url, canonical))?.id).toBe(id);
  });

  test('findExisting: the stored URL is the canonical of the new page', async () => {
    const db = library();
    const id = await saveClipping(db, clipping(5, { url: 'https://a.test/story', canonicalUrl: null }));
    expect((await findExisting(db, 'https://a.test/amp/story', 'https://a.test/story#x'))?.id).toBe(id);
  });

  test.each([
    ['a different page', 'https://news.example.test/world/other', null],
    ['a different query', 'https://news.example.test/world/un-urges-assad-idlib?page=2', null],
    ['no URL at all (pasted text)', null, null],
  ])('findExisting finds nothing for %s', async (_name, url, canonical) => {
    const db = library();
    await saveClipping(db, clipping(5));
    await saveClipping(db, clipping(6, { url: null, canonicalUrl: null }));
    expect(await findExisting(db, url, canonical)).toBeUndefined();
  });

  test('re-save of an unchanged page updates in place: same id, first clippedAt kept', async () => {
    const db = library();
    const id = await saveClipping(db, clipping(5));
    const again = { ...clipping(8), tags: ['later'] };
    expect(await saveClipping(db, again, { replaceId: id })).toBe(id);
    expect(await countClippings(db)).toBe(1);
    expect(await getClipping(db, id)).toMatchObject({
      id,
      tags: ['later'],
      clippedAt: '2024-01-05T12:00:00.000Z',
      updatedAt: '2024-01-08T12:00:00.000Z',
      previousId: null,
    });
  });

  test.each([
    ['the headline changed', { title: 'Updated headline' }],
    ['the text changed', { text: 'Guterres said nothing.' }],
  ])('re-save when %s keeps both versions, linked, with tags and note carried over', async (_name, change) => {
    const db = library();
    const id = await saveClipping(db, { ...clipping(5), note: 'first look' });
    const newer = { ...clipping(8), ...change, tags: ['update'] };
    const newId = await saveClipping(db, newer, { replaceId: id });
    expect(newId).not.toBe(id);
    expect(await countClippings(db)).toBe(2);
    expect(await getClipping(db, id)).toMatchObject({ clippedAt: '2024-01-05T12:00:00.000Z', previousId: null });
    expect(await getClipping(db, newId)).toMatchObject({
      ...change,
      previousId: id,
      clippedAt: '2024-01-08T12:00:00.000Z',
      tags: ['idlib', 'update'],
      note: 'first look',
    });
    expect((await versionsOf(db, id)).map((v) => v.id)).toEqual([id, newId]);
    expect((await versionsOf(db, newId)).map((v) => v.id)).toEqual([id, newId]);
  });

  test('bulk delete removes records and their index rows in one go; bulk restore brings all back', async () => {
    const db = library();
    const ids = [
      await saveClipping(db, clipping(1, { url: 'https://a.test/1' })),
      await saveClipping(db, clipping(2, { url: 'https://a.test/2' })),
      await saveClipping(db, clipping(3, { url: 'https://a.test/3' })),
    ];
    const deleted = await deleteClippings(db, [ids[0]!, ids[2]!, 999]);
    expect(deleted.map((c) => c.id)).toEqual([ids[0], ids[2]]);
    expect(await db.entries.count()).toBe(1);
    expect(await db.terms.count()).toBe(1);
    expect((await queryLibrary(db, { text: 'idlib' })).ids).toEqual([ids[1]]);
    expect(await restoreClippings(db, deleted)).toEqual([ids[0], ids[2]]);
    expect((await queryLibrary(db, { text: 'idlib' })).ids).toEqual([ids[2], ids[1], ids[0]]);
  });

  // Regression guard: a bulk restore that fails half-way must not leave half the records.
  test('a failing write inside a bulk restore writes nothing (transaction)', async () => {
    const db = library();
    const good = { ...clipping(1, { url: 'https://a.test/ok' }), id: 50 };
    const bad = { ...clipping(2, { url: 'https://a.test/bad' }), id: 51, html: (() => 1) as unknown as string };
    await expect(restoreClippings(db, [good, bad])).rejects.toMatchObject({ name: 'StoreError' });
    expect(await countClippings(db)).toBe(0);
    expect(await db.entries.count()).toBe(0);
  });

  test('replacing a clipping that is gone is a StoreError with plain words', async () => {
    await expect(saveClipping(library(), clipping(5), { replaceId: 42 })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'not-found',
      userMessage: expect.stringMatching(/no longer in the library/),
    });
  });

  test('delete returns the record and restore brings it back under the same id', async () => {
    const db = library();
    const keep = await saveClipping(db, clipping(4, { url: 'https://a.test/keep' }));
    const id = await saveClipping(db, clipping(5));
    const [deleted] = await deleteClippings(db, [id]);
    expect(deleted?.id).toBe(id);
    expect(await getClipping(db, id)).toBeUndefined();
    expect(await deleteClippings(db, [id])).toEqual([]);
    expect(await restoreClippings(db, [deleted!])).toEqual([id]);
    expect(await getClipping(db, id)).toEqual(deleted);
    expect((await listClippings(db)).map((c) => c.id)).toEqual([id, keep]);
  });

  test('restore of a never-saved clipping is refused', async () => {
    await expect(restoreClippings(library(), [clipping(5)])).rejects.toMatchObject({ code: 'invalid' });
  });

  test('a closed database becomes StoreError "closed"', async () => {
    const db = library();
    db.close({ disableAutoOpen: true });
    await expect(countClippings(db)).rejects.toMatchObject({
      name: 'StoreError',
      code: 'closed',
      userMessage: expect.stringMatching(/Reopen the panel/),
    });
  });
});
