/**
 * Merging a checked backup into the library in one transaction: all of it or none.
 * A clipping already in the library (same page, saved at the same moment) is not added
 * twice; the copy edited last wins. Ids are the library's: kept when free and in range
 * (library-ids.ts), else renumbered with their version links. A backup is a file anyone could have written: its article HTML is
 * sanitized again before it is stored (the Markdown export keeps tables as HTML).
 */
import { guarded } from './errors';
import type { Clipping, CopydeskDb, DeskRecord } from './schema';
import { normalizeUrl } from './url';
import { LibraryIds } from './library-ids';
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
      const ids = new LibraryIds(entries.map((e) => e.id));

      const report: RestoreReport = { added: 0, updated: 0, unchanged: 0, desks: 0 };
      // Backup id -> library id, so version links follow renumbered clippings.
      const idMap = new Map<number, number>();
      // Library id -> what will be written there: one write per id, so the report counts what is written.
      const planned = new Map<number, { record: Clipping; existing: boolean }>();
      // Ids the backup asks for are claimed first, so a record without one never takes another's.
      const kept = clippings.map((record) =>
        !byIdentity.has(identity(record)) && record.id !== undefined && ids.claim(record.id) ? record.id : undefined,
      );
      clippings.forEach((record, i) => {
        const existing = byIdentity.get(identity(record));
        const id = existing ?? kept[i] ?? ids.next();
        if (record.id !== undefined) idMap.set(record.id, id);
        const before = planned.get(id);
        // The same save twice in one file: the copy edited last is the one written.
        if (!before || before.record.updatedAt < record.updatedAt)
          planned.set(id, { record, existing: existing !== undefined });
      });
      const plan = [...planned].map(([id, p]) => ({ id, ...p }));

      const current = new Map(
        (await db.clippings.bulkGet(plan.filter((p) => p.existing).map((p) => p.id)))
          .filter((c): c is Clipping => !!c)
          .map((c) => [c.id!, c]),
      );
      const writes: Array<Clipping & { id: number }> = [];
      // A uid names one clipping everywhere: a backup's uid is kept only when no other clipping holds it.
      const uids = new Set((await db.clippings.orderBy('uid').keys()) as string[]);
      const uidFor = (record: Clipping, mine: Clipping | undefined): string | undefined => {
        if (mine?.uid) return mine.uid;
        if (!record.uid || uids.has(record.uid)) return undefined;
        uids.add(record.uid);
        return record.uid;
      };
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
        const { uid: _uid, ...rest } = record;
        const uid = uidFor(record, mine);
        writes.push({ ...rest, id, ...relinked, ...(uid ? { uid } : {}) });
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
