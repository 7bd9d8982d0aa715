/**
 * Merging a checked backup into the library in one transaction: all of it or none.
 * A clipping already in the library (same page, saved at the same moment) is not added
 * twice; the copy edited last wins. Ids are kept when free, else renumbered with their
 * version links. A backup is a file anyone could have written: its article HTML is
 * sanitized again before it is stored (the Markdown export keeps tables as HTML).
 */
import { guarded } from './errors';
import type { Clipping, CopydeskDb, DeskRecord } from './schema';
import { normalizeUrl } from './url';
import { clippingTables, putManyIndexed } from './writes';

export type RestoreReport = { added: number; updated: number; unchanged: number; desks: number };

/**
 * Makes article HTML safe to store (utils/sanitize.ts sanitizeHtml bound to a window by the
 * caller, so the store needs no DOM). `baseUrl` is the clipping's page, or null.
 */
export type CleanHtml = (html: string, baseUrl: string | null) => string;

/** What makes two clippings the same save of the same page, whatever their ids. */
function identity(c: Pick<Clipping, 'url' | 'clippedAt' | 'title'>): string {
  return `${c.url ? normalizeUrl(c.url) : ''}\n${c.clippedAt}\n${c.title}`;
}

/** Writes `clippings` and `desks` (already validated) into the library, each clipping's html through `clean`. */
export async function restoreBackup(
  db: CopydeskDb,
  clippings: readonly Clipping[],
  desks: readonly DeskRecord[],
  clean: CleanHtml,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<RestoreReport> {
  return guarded(() =>
    db.transaction('rw', [...clippingTables(db), db.desks], async () => {
      const entries = await db.entries.toArray();
      const byIdentity = new Map(entries.map((e) => [identity(e), e.id]));
      const taken = new Set(entries.map((e) => e.id));
      let nextId = 1;
      for (const id of [...taken, ...clippings.map((c) => c.id ?? 0)]) if (id >= nextId) nextId = id + 1;

      const report: RestoreReport = { added: 0, updated: 0, unchanged: 0, desks: 0 };
      // Backup id -> library id, so version links follow renumbered clippings.
      const idMap = new Map<number, number>();
      const plan: Array<{ record: Clipping; id: number; existing: boolean }> = [];
      const claimed = new Set<number>();
      for (const record of clippings) {
        const existing = byIdentity.get(identity(record));
        let id: number;
        if (existing !== undefined) id = existing;
        else if (record.id !== undefined && !taken.has(record.id) && !claimed.has(record.id)) id = record.id;
        else id = nextId++;
        claimed.add(id);
        if (record.id !== undefined) idMap.set(record.id, id);
        plan.push({ record, id, existing: existing !== undefined });
      }

      const current = new Map(
        (await db.clippings.bulkGet(plan.filter((p) => p.existing).map((p) => p.id)))
          .filter((c): c is Clipping => !!c)
          .map((c) => [c.id!, c]),
      );
      const writes: Array<Clipping & { id: number }> = [];
      for (const { record, id, existing } of plan) {
        const mine = current.get(id);
        if (existing && mine && mine.updatedAt >= record.updatedAt) {
          report.unchanged++;
          continue;
        }
        const link = record.previousId;
        // A record from before version links existed has no previousId at all: keep it that way.
        // A link to a clipping the backup lacks would point at whatever holds that id here: drop it.
        const relinked = link === undefined || link === null ? {} : { previousId: idMap.get(link) ?? null };
        writes.push({ ...record, id, ...relinked });
        if (existing) report.updated++;
        else report.added++;
      }
      await putManyIndexed(
        db,
        writes,
        (done) => onProgress(done, writes.length),
        (r) => ({ ...r, html: clean(r.html, r.url || null) }),
      );

      const mineDesks = new Map((await db.desks.toArray()).map((d) => [d.normalizedUrl, d]));
      const newerDesks = desks.filter((d) => (mineDesks.get(d.normalizedUrl)?.updatedAt ?? '') < d.updatedAt);
      await db.desks.bulkPut([...newerDesks]);
      report.desks = newerDesks.length;
      return report;
    }),
  );
}
