/**
 * The desk work on a page (flag states and annotations), kept by normalized URL so
 * coming back to the page, even after a restart, shows it again. A page saved as a
 * clipping but never worked on since still brings back the clipping's desk state.
 */
import type { DeskState } from '../desk/model';
import { guarded } from './errors';
import type { CopydeskDb } from './schema';
import { normalizeUrl } from './url';

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

/** Saves a page's desk state (replacing the previous one). A page without a URL is not kept. */
export async function saveDesk(db: CopydeskDb, url: string, desk: DeskState, now: Date): Promise<void> {
  const key = keyOf(url);
  if (!key) return;
  await guarded(() =>
    db.desks.put({
      normalizedUrl: key,
      flags: desk.flags,
      annotations: desk.annotations,
      updatedAt: now.toISOString(),
    }),
  );
}

/** Forgets a page's desk state. */
export async function deleteDesk(db: CopydeskDb, url: string): Promise<void> {
  const key = keyOf(url);
  if (key) await guarded(() => db.desks.delete(key));
}
