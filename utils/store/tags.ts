/**
 * Tag housekeeping over the whole library or a selection. Each operation is one
 * transaction that rewrites the clippings and their list rows and search words together.
 */
import { cleanTag, cleanTags } from '../tags';
import { guarded, StoreError } from './errors';
import type { Clipping, CopydeskDb } from './schema';
import { clippingTables, putIndexed } from './writes';

async function rewrite(
  db: CopydeskDb,
  ids: readonly number[],
  change: (tags: string[]) => string[],
  now: Date,
): Promise<number> {
  const records = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping & { id: number } => !!c?.id);
  const changed = records
    .map((c) => ({ c, tags: cleanTags(change(c.tags)) }))
    .filter(({ c, tags }) => tags.join('\n') !== c.tags.join('\n'))
    .map(({ c, tags }) => ({ ...c, tags, updatedAt: now.toISOString() }));
  await putIndexed(db, changed);
  return changed.length;
}

async function idsWithTags(db: CopydeskDb, tags: readonly string[]): Promise<number[]> {
  return [
    ...new Set(
      await db.entries
        .where('tags')
        .anyOf([...tags])
        .primaryKeys(),
    ),
  ];
}

/** Adds tags to the given clippings; returns how many changed. */
export async function addTags(db: CopydeskDb, ids: readonly number[], tags: readonly string[], now = new Date()) {
  const added = cleanTags(tags);
  if (!added.length) throw new StoreError('invalid', 'No tag to add');
  return guarded(() => db.transaction('rw', clippingTables(db), () => rewrite(db, ids, (t) => [...t, ...added], now)));
}

/** Takes one tag off the given clippings, or off every clipping when `ids` is omitted. */
export async function removeTag(db: CopydeskDb, tag: string, ids?: readonly number[], now = new Date()) {
  return guarded(() =>
    db.transaction('rw', clippingTables(db), async () => {
      const targets = ids ?? (await idsWithTags(db, [tag]));
      return rewrite(db, targets, (t) => t.filter((x) => x !== tag), now);
    }),
  );
}

/**
 * Renames tags everywhere: every clipping carrying any of `from` carries `to` instead.
 * Renaming to a tag that already exists merges the two, without doubling it.
 */
export async function mergeTags(db: CopydeskDb, from: readonly string[], to: string, now = new Date()) {
  const target = cleanTag(to);
  if (!target) throw new StoreError('invalid', 'A tag cannot be renamed to nothing');
  const old = new Set(from);
  return guarded(() =>
    db.transaction('rw', clippingTables(db), async () => {
      const targets = await idsWithTags(db, [...from]);
      return rewrite(db, targets, (t) => t.map((x) => (old.has(x) ? target : x)), now);
    }),
  );
}

/** Renames one tag everywhere (a merge when `to` already exists). */
export async function renameTag(db: CopydeskDb, from: string, to: string, now = new Date()) {
  return mergeTags(db, [from], to, now);
}
