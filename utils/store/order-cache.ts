/**
 * The library's id order by date and by site, kept in memory per open database. Walking
 * an IndexedDB index backwards goes through a cursor, one round trip per row (about
 * 100 ms for ten thousand); reading it forwards is one getAllKeys. So the order is read
 * forwards once, reversed here when needed, and kept until a write changes the library.
 */
import type { CopydeskDb } from './schema';

/** The entries indexes the library sorts by. */
export type OrderIndex = 'clippedAt' | 'site';

const cached = new WeakMap<CopydeskDb, Map<OrderIndex, Promise<number[]>>>();

/** Clipping ids in ascending `index` order (ties by id), read once and then kept. */
export function orderedIds(db: CopydeskDb, index: OrderIndex): Promise<number[]> {
  let byIndex = cached.get(db);
  if (!byIndex) {
    byIndex = new Map();
    cached.set(db, byIndex);
  }
  let ids = byIndex.get(index);
  if (!ids) {
    ids = db.entries.orderBy(index).primaryKeys();
    byIndex.set(index, ids);
    // A failed read is not kept: the next query tries again.
    ids.catch(() => cached.get(db)?.delete(index));
  }
  return ids;
}

/** Forgets the kept orders (the library changed); the next query reads them again. */
export function forgetOrder(db: CopydeskDb): void {
  cached.delete(db);
}
