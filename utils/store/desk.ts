/**
 * The desk work on a page (flag states and annotations), kept by normalized URL so
 * coming back to the page, even after a restart, shows it again. A page saved as a
 * clipping but never worked on since still brings back the clipping's desk state.
 */
import type { DeskState } from '../desk/model';
import { guarded } from './errors';
import type { CopydeskDb } from './schema';
import { normalizeUrl } from './url';
import { clippingTables, putIndexed } from './writes';

function keyOf(url: string): string | null {
  return url.trim() ? normalizeUrl(url) : null;
}

/** The desk state of a page: its own record, else the newest clipping of it, else undefined. */
export async function loadDesk(db: CopydeskDb, url: string): Promise<DeskState | undefined> {
  const key = keyOf(url);
  if (!key) return undefined;
  return guarded(async () => {
    const record = await db.desks.get(key);
    if (record) return { flags: record.flags, annotations: record.annotations };
    const clippings = await db.clippings.where('normalizedUrl').equals(key).toArray();
    const newest = clippings.sort((a, b) => (a.clippedAt < b.clippedAt ? 1 : -1))[0];
    return newest ? { flags: newest.flags ?? [], annotations: newest.annotations ?? [] } : undefined;
  });
}

/** Where a desk save landed: the page's desk only, its clipping too, or the clipping was gone. */
export type DeskSaved = 'desk' | 'clipping' | 'gone';

/**
 * Saves a page's desk state (replacing the previous one). A page without a URL is not kept.
 * With `clippingId`, the saved clipping of the page gets the same flags and annotations in
 * the same transaction, so its list row, search words and exports never lag the desk.
 */
export async function saveDesk(
  db: CopydeskDb,
  url: string,
  desk: DeskState,
  now: Date,
  clippingId?: number,
): Promise<DeskSaved> {
  const key = keyOf(url);
  if (!key && clippingId === undefined) return 'desk';
  const at = now.toISOString();
  return guarded(() =>
    db.transaction('rw', [db.desks, ...clippingTables(db)], async () => {
      if (key)
        await db.desks.put({ normalizedUrl: key, flags: desk.flags, annotations: desk.annotations, updatedAt: at });
      if (clippingId === undefined) return 'desk';
      const clipping = await db.clippings.get(clippingId);
      // Deleted from the library meanwhile: the desk is still kept, and the caller unlinks.
      if (!clipping) return 'gone';
      await putIndexed(db, [
        { ...clipping, id: clippingId, flags: desk.flags, annotations: desk.annotations, updatedAt: at },
      ]);
      return 'clipping';
    }),
  );
}

/** Forgets a page's desk state. */
export async function deleteDesk(db: CopydeskDb, url: string): Promise<void> {
  const key = keyOf(url);
  if (key) await guarded(() => db.desks.delete(key));
}
