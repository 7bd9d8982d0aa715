/**
 * The only code that writes clippings: every write also writes the clipping's list row and
 * search words, inside the caller's transaction, so the three can never disagree.
 */
import { StoreError } from './errors';
import { entryOf, termsOf } from './index-records';
import type { Clipping, CopydeskDb, TermsRecord } from './schema';
import { afterCommit } from './search-index';

/** The tables a clipping write touches; pass to db.transaction('rw', ...). */
export function clippingTables(db: CopydeskDb) {
  return [db.clippings, db.entries, db.terms] as const;
}

/** Puts saved clippings (each with its id) with their index rows. Call inside a rw transaction. */
export async function putIndexed(db: CopydeskDb, records: ReadonlyArray<Clipping & { id: number }>): Promise<void> {
  if (!records.length) return;
  afterCommit(db, await putRows(db, records), []);
}

/** The three tables' writes issued together: IndexedDB queues them, so none waits for another. */
async function putRows(db: CopydeskDb, records: ReadonlyArray<Clipping & { id: number }>): Promise<TermsRecord[]> {
  const terms = records.map(termsOf);
  await Promise.all([
    db.clippings.bulkPut([...records]),
    db.entries.bulkPut(records.map(entryOf)),
    db.terms.bulkPut(terms),
  ]);
  return terms;
}

/** @default 500 clippings a write in putManyIndexed. */
export const WRITE_BATCH = 500;

/**
 * putIndexed for thousands (restore): batches are issued without waiting for the one
 * before, so the page prepares the next batch while the database writes the last, and
 * the search index is told once at the end instead of word by word per batch.
 */
export async function putManyIndexed(
  db: CopydeskDb,
  records: ReadonlyArray<Clipping & { id: number }>,
  onProgress: (done: number) => void = () => {},
  prepare: (record: Clipping & { id: number }) => Clipping & { id: number } = (r) => r,
): Promise<void> {
  const pending: Array<Promise<TermsRecord[]>> = [];
  for (let i = 0; i < records.length; i += WRITE_BATCH) {
    const done = Math.min(i + WRITE_BATCH, records.length);
    // Prepared batch by batch: the page works on the next while the database writes the last.
    pending.push(
      putRows(db, records.slice(i, done).map(prepare)).then((terms) => {
        onProgress(done);
        return terms;
      }),
    );
  }
  afterCommit(db, (await Promise.all(pending)).flat(), []);
}

/** Adds a new clipping (no id yet) with its index rows and returns its id. Inside a rw transaction. */
export async function addIndexed(db: CopydeskDb, record: Clipping): Promise<number> {
  const { id: _none, ...fresh } = record;
  const id = await db.clippings.add(fresh);
  if (id === undefined) throw new StoreError('unknown', 'The database returned no id for a new clipping');
  const saved = { ...fresh, id };
  const terms = termsOf(saved);
  await db.entries.put(entryOf(saved));
  await db.terms.put(terms);
  afterCommit(db, [terms], []);
  return id;
}

/** Deletes clippings and their index rows. Inside a rw transaction. */
export async function deleteIndexed(db: CopydeskDb, ids: readonly number[]): Promise<void> {
  await db.clippings.bulkDelete([...ids]);
  await db.entries.bulkDelete([...ids]);
  await db.terms.bulkDelete([...ids]);
  afterCommit(db, [], ids);
}
