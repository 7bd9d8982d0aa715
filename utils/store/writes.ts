/**
 * The only code that writes clippings: every write also writes the clipping's list row and
 * search words, inside the caller's transaction, so the three can never disagree. Each
 * local write also lands in the outbox (schema v6), so team sync sends it, however long
 * the library stays offline.
 */
import { StoreError } from './errors';
import { entryOf, termsOf } from './index-records';
import { newUid, type Clipping, type CopydeskDb, type TermsRecord } from './schema';
import { afterCommit } from './search-index';

/** The tables a clipping write touches; pass to db.transaction('rw', ...). */
export function clippingTables(db: CopydeskDb) {
  return [db.clippings, db.entries, db.terms, db.outbox] as const;
}

/** Puts saved clippings (each with its id) with their index rows. Call inside a rw transaction. */
export async function putIndexed(db: CopydeskDb, records: ReadonlyArray<Clipping & { id: number }>): Promise<void> {
  if (!records.length) return;
  afterCommit(db, await putRows(db, records), []);
}

/**
 * Every record with a uid: a record written without one (an in-place re-save built from a
 * fresh analysis) keeps the uid of the clipping it replaces, a new one gets a fresh uid.
 */
async function withUids(
  db: CopydeskDb,
  records: ReadonlyArray<Clipping & { id: number }>,
  missing: number[],
): Promise<Array<Clipping & { id: number; uid: string }>> {
  const stored = new Map<number, string>();
  for (const c of await db.clippings.bulkGet(missing)) if (c?.id !== undefined && c.uid) stored.set(c.id, c.uid);
  return records.map((r) => ({ ...r, uid: r.uid || stored.get(r.id) || newUid() }));
}

/** A fresh outbox token: a push clears the row only if no later write renewed it. */
export function outboxToken(): string {
  return newUid();
}

/**
 * The three tables' writes issued together: IndexedDB queues them, so none waits for another.
 * `queue`: a local change the team has not seen (false for a change that came from the team).
 */
async function putRows(
  db: CopydeskDb,
  given: ReadonlyArray<Clipping & { id: number }>,
  queue = true,
): Promise<TermsRecord[]> {
  const missing = given.filter((r) => !r.uid).map((r) => r.id);
  // No await unless needed: a transaction whose first step waits on no request commits early.
  const records = missing.length
    ? await withUids(db, given, missing)
    : (given as ReadonlyArray<Clipping & { id: number; uid: string }>);
  const terms = records.map(termsOf);
  await Promise.all([
    db.clippings.bulkPut(records),
    db.entries.bulkPut(records.map(entryOf)),
    db.terms.bulkPut(terms),
    queue && db.outbox.bulkPut(records.map((r) => ({ uid: r.uid, token: outboxToken(), deleted: false }))),
  ]);
  return terms;
}

/** putIndexed for a change that came from the team server: not queued to be sent back. */
export async function putFromTeam(db: CopydeskDb, records: ReadonlyArray<Clipping & { id: number }>): Promise<void> {
  if (!records.length) return;
  afterCommit(db, await putRows(db, records, false), []);
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
export async function addIndexed(db: CopydeskDb, record: Clipping, queue = true): Promise<number> {
  // A new clipping (a new version too) is a new uid, whatever the record carried.
  const { id: _none, ...rest } = record;
  const fresh = { ...rest, uid: queue ? newUid() : rest.uid || newUid() };
  const id = await db.clippings.add(fresh);
  if (id === undefined) throw new StoreError('unknown', 'The database returned no id for a new clipping');
  const saved = { ...fresh, id };
  const terms = termsOf(saved);
  await db.entries.put(entryOf(saved));
  await db.terms.put(terms);
  if (queue) await db.outbox.put({ uid: fresh.uid, token: outboxToken(), deleted: false });
  afterCommit(db, [terms], []);
  return id;
}

/**
 * New clippings that came from the team, each keeping its uid, with their index rows: one
 * bulk request per table for the whole batch (a request each cost 5 awaited round trips a
 * clipping in initial sync). Not queued. Returns their ids in order. Inside a rw transaction.
 */
export async function addFromTeam(
  db: CopydeskDb,
  records: ReadonlyArray<Clipping & { uid: string }>,
): Promise<number[]> {
  if (!records.length) return [];
  const fresh = records.map(({ id: _none, ...rest }) => rest);
  const ids = await db.clippings.bulkAdd(fresh, { allKeys: true });
  const saved = fresh.map((r, i) => ({ ...r, id: ids[i] as number }));
  const terms = saved.map(termsOf);
  await Promise.all([db.entries.bulkPut(saved.map(entryOf)), db.terms.bulkPut(terms)]);
  afterCommit(db, terms, []);
  return ids as number[];
}

/** Deletes clippings and their index rows. Inside a rw transaction. `queue` as in putRows. */
export async function deleteIndexed(db: CopydeskDb, ids: readonly number[], queue = true): Promise<void> {
  const uids = queue ? (await db.clippings.bulkGet([...ids])).flatMap((c) => (c?.uid ? [c.uid] : [])) : [];
  await db.clippings.bulkDelete([...ids]);
  await db.entries.bulkDelete([...ids]);
  await db.terms.bulkDelete([...ids]);
  if (uids.length) await db.outbox.bulkPut(uids.map((uid) => ({ uid, token: outboxToken(), deleted: true })));
  afterCommit(db, [], ids);
}
