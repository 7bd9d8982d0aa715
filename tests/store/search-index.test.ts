import { afterEach, describe, expect, test } from 'vitest';
import { openLibrary, restoreClippings, saveClipping, type CopydeskDb } from '../../utils/store/clippings';
import { queryLibrary } from '../../utils/store/query';
import { invalidateSearchIndex, searchIndex } from '../../utils/store/search-index';
import { addTags, removeTag } from '../../utils/store/tags';
import { richClipping } from './library-fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
function library(name = `copydesk-index-${++counter}`): CopydeskDb {
  const db = openLibrary(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

const find = async (db: CopydeskDb, text: string) => (await queryLibrary(db, { text })).ids;

describe('in-memory search index', () => {
  test('follows writes made after it was built: add, retag, remove', async () => {
    const db = library();
    const a = await saveClipping(db, richClipping({ day: 1, url: 'https://a.test/1', tags: [] }));
    expect(await find(db, 'embargo')).toEqual([]);
    await addTags(db, [a], ['embargo']);
    expect(await find(db, 'embargo')).toEqual([a]);
    await removeTag(db, 'embargo');
    // Regression guard: a word taken off a clipping must stop matching it.
    expect(await find(db, 'embargo')).toEqual([]);
    const b = await saveClipping(db, richClipping({ day: 2, url: 'https://a.test/2', tags: ['embargo'] }));
    expect(await find(db, 'embargo')).toEqual([b]);
  });

  test('an aborted write leaves the index as it was', async () => {
    const db = library();
    await searchIndex(db);
    const good = { ...richClipping({ url: 'https://a.test/ok', tags: ['zebra'] }), id: 7 };
    const bad = { ...richClipping({ url: 'https://a.test/bad' }), id: 8, html: (() => 1) as unknown as string };
    await expect(restoreClippings(db, [good, bad])).rejects.toMatchObject({ name: 'StoreError' });
    expect(await find(db, 'zebra')).toEqual([]);
  });

  test('writes from another window show after invalidateSearchIndex', async () => {
    const name = `copydesk-index-shared-${++counter}`;
    const mine = library(name);
    const theirs = library(name);
    expect(await find(mine, 'nightmare')).toEqual([]);
    const id = await saveClipping(theirs, richClipping({ day: 3 }));
    expect(await find(mine, 'nightmare')).toEqual([]);
    invalidateSearchIndex(mine);
    expect(await find(mine, 'nightmare')).toEqual([id]);
  });

  test('two windows saving at the same moment both land (IndexedDB serializes them)', async () => {
    const name = `copydesk-index-race-${++counter}`;
    const one = library(name);
    const two = library(name);
    const saves = await Promise.all([
      ...[1, 2, 3].map((d) => saveClipping(one, richClipping({ day: d, url: `https://one.test/${d}` }))),
      ...[1, 2, 3].map((d) => saveClipping(two, richClipping({ day: d, url: `https://two.test/${d}` }))),
    ]);
    expect(new Set(saves).size).toBe(6);
    expect(await one.clippings.count()).toBe(6);
    expect(await one.entries.count()).toBe(6);
    expect(await one.terms.count()).toBe(6);
  });
});
