import { afterEach, describe, expect, test } from 'vitest';
import {
  clippingFromAnalysis,
  countClippings,
  deleteClipping,
  findExisting,
  getClipping,
  listClippings,
  openLibrary,
  restoreClipping,
  saveClipping,
  type Clipping,
  type CopydeskDb,
} from '../../utils/store/clippings';
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

  test('replace on re-save keeps id and first clippedAt, takes the new content', async () => {
    const db = library();
    const id = await saveClipping(db, clipping(5));
    const newer = { ...clipping(8), title: 'Updated headline' };
    expect(await saveClipping(db, newer, { replaceId: id })).toBe(id);
    expect(await countClippings(db)).toBe(1);
    expect(await getClipping(db, id)).toMatchObject({
      id,
      title: 'Updated headline',
      clippedAt: '2024-01-05T12:00:00.000Z',
      updatedAt: '2024-01-08T12:00:00.000Z',
    });
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
    const deleted = await deleteClipping(db, id);
    expect(deleted?.id).toBe(id);
    expect(await getClipping(db, id)).toBeUndefined();
    expect(await deleteClipping(db, id)).toBeUndefined();
    expect(await restoreClipping(db, deleted!)).toBe(id);
    expect(await getClipping(db, id)).toEqual(deleted);
    expect((await listClippings(db)).map((c) => c.id)).toEqual([id, keep]);
  });

  test('restore of a never-saved clipping is refused', async () => {
    await expect(restoreClipping(library(), clipping(5))).rejects.toMatchObject({ code: 'invalid' });
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
