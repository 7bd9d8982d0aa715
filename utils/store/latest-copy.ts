/**
 * One writer at a time: two panels (two windows) may save the same page at the same
 * moment. Each save re-reads, inside its own read-write transaction, which stored copy it
 * goes over; IndexedDB runs read-write transactions over the same tables one after the
 * other, even from two windows, so the second save sees the first one's clipping and
 * joins it instead of forking the library.
 */
import type { Clipping, CopydeskDb } from './schema';
import { pageAddresses } from './url';

/**
 * The newest saved clipping naming one of these addresses (normalized URL or canonical):
 * a record stored before canonicals were checked may still name another site's page, so
 * a canonical only counts when the record's own URL may claim it.
 */
export async function newestOfPage(db: CopydeskDb, keys: readonly string[]): Promise<Clipping | undefined> {
  if (!keys.length) return undefined;
  const [byUrl, byCanonical] = await Promise.all([
    db.clippings
      .where('normalizedUrl')
      .anyOf([...keys])
      .toArray(),
    db.clippings
      .where('canonicalUrl')
      .anyOf([...keys])
      .toArray(),
  ]);
  const claims = byCanonical.filter((c) => pageAddresses(c.url, c.canonicalUrl).canonicalUrl === c.canonicalUrl);
  return [...byUrl, ...claims].sort(newestFirst)[0];
}

function newestFirst(a: { clippedAt: string; id?: number }, b: { clippedAt: string; id?: number }): number {
  if (a.clippedAt !== b.clippedAt) return a.clippedAt < b.clippedAt ? 1 : -1;
  return (b.id ?? 0) - (a.id ?? 0);
}

/**
 * The newest version that descends from clipping `id` (itself when none does): a
 * "Replace" is made over the copy the editor saw, and another window may have saved a
 * newer version of it since. Following the links forward keeps the chain linear.
 */
export async function newestVersion(db: CopydeskDb, id: number): Promise<number> {
  const seen = new Set<number>([id]);
  let current = id;
  for (;;) {
    const next = (await db.entries.where('previousId').equals(current).toArray())
      .filter((e) => !seen.has(e.id))
      .sort(newestFirst)[0];
    if (!next) return current;
    seen.add(next.id);
    current = next.id;
  }
}

/** What a save without `replaceId` does when the library already holds the page. */
export type WhenSaved = 'update' | 'add';

/**
 * The stored clipping a save goes over, read inside the save's transaction; undefined
 * for a new clipping. `replaceId` names the copy the editor saw; without it, `update`
 * joins the page's newest copy (another window saved it since the panel looked) and
 * `add` keeps both (the editor asked for a second copy).
 */
export async function saveTarget(
  db: CopydeskDb,
  record: Pick<Clipping, 'normalizedUrl' | 'canonicalUrl'>,
  replaceId: number | undefined,
  whenSaved: WhenSaved,
): Promise<number | undefined> {
  if (replaceId !== undefined) return newestVersion(db, replaceId);
  if (whenSaved === 'add') return undefined;
  const keys = [...new Set([record.normalizedUrl, record.canonicalUrl])].filter((k): k is string => !!k);
  const existing = await newestOfPage(db, keys);
  return existing?.id === undefined ? undefined : newestVersion(db, existing.id);
}
