import { afterEach, describe, expect, test } from 'vitest';
import { getClipping, openLibrary, saveClipping, type CopydeskDb } from '../../utils/store/clippings';
import { queryLibrary, tagCounts } from '../../utils/store/query';
import { addTags, mergeTags, removeTag, renameTag } from '../../utils/store/tags';
import { richClipping } from './library-fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

async function setup() {
  const db = openLibrary(`copydesk-tags-${++counter}`);
  opened.push(db);
  const a = await saveClipping(db, richClipping({ day: 1, url: 'https://a.test/1', tags: ['syria', 'un'] }));
  const b = await saveClipping(db, richClipping({ day: 2, url: 'https://a.test/2', tags: ['Syria', 'idlib'] }));
  const c = await saveClipping(db, richClipping({ day: 3, url: 'https://a.test/3', tags: [] }));
  const tagsOf = async (id: number) => (await getClipping(db, id))?.tags;
  return { db, a, b, c, tagsOf };
}

const NOW = new Date('2024-02-01T00:00:00Z');

describe('tags', () => {
  test('add to a selection: trimmed, not doubled, updatedAt stamped, searchable at once', async () => {
    const { db, a, c, tagsOf } = await setup();
    expect(await addTags(db, [a, c], ['  embargo  list ', 'un'], NOW)).toBe(2);
    expect(await tagsOf(a)).toEqual(['syria', 'un', 'embargo list']);
    expect(await tagsOf(c)).toEqual(['embargo list', 'un']);
    expect((await getClipping(db, c))?.updatedAt).toBe(NOW.toISOString());
    expect((await queryLibrary(db, { tag: 'embargo list' })).ids.sort()).toEqual([a, c].sort());
    expect((await queryLibrary(db, { text: 'embargo' })).ids.sort()).toEqual([a, c].sort());
  });

  test('adding nothing is refused', async () => {
    const { db, a } = await setup();
    await expect(addTags(db, [a], ['  '])).rejects.toMatchObject({ code: 'invalid' });
  });

  test('rename everywhere', async () => {
    const { db, a, tagsOf } = await setup();
    expect(await renameTag(db, 'un', 'united nations', NOW)).toBe(1);
    expect(await tagsOf(a)).toEqual(['syria', 'united nations']);
    expect((await queryLibrary(db, { tag: 'un' })).ids).toEqual([]);
  });

  test('rename onto an existing tag merges without doubling', async () => {
    const { db, a, b, tagsOf } = await setup();
    expect(await renameTag(db, 'Syria', 'syria', NOW)).toBe(1);
    expect(await tagsOf(b)).toEqual(['syria', 'idlib']);
    expect(await tagsOf(a)).toEqual(['syria', 'un']);
    expect((await tagCounts(db)).get('syria')).toBe(2);
  });

  test('merge several into one', async () => {
    const { db, a, b, tagsOf } = await setup();
    expect(await mergeTags(db, ['un', 'idlib'], 'conflict', NOW)).toBe(2);
    expect(await tagsOf(a)).toEqual(['syria', 'conflict']);
    expect(await tagsOf(b)).toEqual(['Syria', 'conflict']);
  });

  test('rename to nothing is refused', async () => {
    const { db } = await setup();
    await expect(renameTag(db, 'un', ' ')).rejects.toMatchObject({ code: 'invalid' });
  });

  test.each([
    ['everywhere', undefined, 0],
    ['from a selection only', 'b', 1],
  ] as const)('remove %s', async (_name, only, left) => {
    const { db, a, b } = await setup();
    await addTags(db, [a, b], ['draft']);
    await removeTag(db, 'draft', only === 'b' ? [b] : undefined, NOW);
    expect((await tagCounts(db)).get('draft') ?? 0).toBe(left);
  });
});
