/** Small edits to one saved clipping, each rewriting its list row and search words too. */
import { guarded, StoreError } from './errors';
import type { CopydeskDb } from './schema';
import { clippingTables, putIndexed } from './writes';

/** Replaces the clipping's own note (searchable, exported, backed up). */
export async function setNote(db: CopydeskDb, id: number, note: string, now = new Date()): Promise<void> {
  return guarded(() =>
    db.transaction('rw', clippingTables(db), async () => {
      const record = await db.clippings.get(id);
      if (!record) throw new StoreError('not-found', `No clipping with id ${id}`);
      await putIndexed(db, [{ ...record, id, note: note.trim(), updatedAt: now.toISOString() }]);
    }),
  );
}
