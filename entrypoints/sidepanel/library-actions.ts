/**
 * The library's long-running work as plain async functions (the panel shows progress and
 * offers the result as a download): Markdown zip, citations, backup, restore. No DOM here:
 * restore gets its HTML cleaner passed in.
 */
import { backupFileName, backupParts, parseBackup } from '../../utils/export/backup';
import { bibtex, cslJson } from '../../utils/export/citation';
import { markdownZip } from '../../utils/export/zip';
import { allDesks, clippingBatches } from '../../utils/store/batches';
import { readClipping } from '../../utils/store/record-schema';
import type { CopydeskDb } from '../../utils/store/schema';
import { restoreBackup, type CleanHtml, type RestoreReport } from '../../utils/store/restore';
import type { ExportKind } from '../../components/library/BulkBar';

export type FileOut = {
  name: string;
  blob: Blob;
  count: number;
  /** Damaged clippings left out of an export, each as "“title”: what is wrong". */
  skipped?: string[];
};
type OnProgress = (done: number) => void;

const day = (now: Date) => now.toISOString().slice(0, 10);

/** The given clippings (all when `ids` is omitted) exported in one file of the chosen kind. */
export async function exportClippings(
  db: CopydeskDb,
  kind: ExportKind,
  ids: readonly number[] | undefined,
  onProgress: OnProgress,
  now = new Date(),
): Promise<FileOut> {
  // Exports read clippings as the views do: a damaged record is left out and named, the rest still export.
  const skipped: string[] = [];
  async function* readable() {
    for await (const batch of clippingBatches(db, ids)) {
      const good = [];
      for (const stored of batch) {
        const read = readClipping(stored);
        if (read.ok) good.push(read.value);
        else skipped.push(`“${String(stored.title).slice(0, 60)}”: ${read.problem}`);
      }
      yield good;
    }
  }
  if (kind === 'markdown-zip') {
    const { chunks, names } = await markdownZip(readable(), onProgress);
    const blob = new Blob(chunks as BlobPart[], { type: 'application/zip' });
    return { name: `copydesk-${names.length}-clippings-${day(now)}.zip`, blob, count: names.length, skipped };
  }
  const all = [];
  for await (const batch of readable()) {
    all.push(...batch);
    onProgress(all.length);
  }
  if (kind === 'csl-json') {
    return {
      name: `copydesk-citations-${day(now)}.json`,
      blob: new Blob([cslJson(all)], { type: 'application/json' }),
      count: all.length,
      skipped,
    };
  }
  return {
    name: `copydesk-citations-${day(now)}.bib`,
    blob: new Blob([bibtex(all)], { type: 'application/x-bibtex' }),
    count: all.length,
    skipped,
  };
}

/** The whole library as one backup file. */
export async function backupLibrary(db: CopydeskDb, onProgress: OnProgress, now = new Date()): Promise<FileOut> {
  const parts: string[] = [];
  let count = 0;
  async function* counted() {
    for await (const batch of clippingBatches(db)) {
      count += batch.length;
      onProgress(count);
      yield batch;
    }
  }
  for await (const part of backupParts(counted(), await allDesks(db), now)) parts.push(part);
  return { name: backupFileName(now), blob: new Blob(parts, { type: 'application/json' }), count };
}

export type RestoreOutcome = { ok: true; report: RestoreReport } | { ok: false; problem: string };

/** Reads, checks and merges a backup file, each article's HTML through `clean`; a refused file changes nothing. */
export async function restoreFromText(
  db: CopydeskDb,
  text: string,
  clean: CleanHtml,
  onProgress: (done: number, total: number) => void,
): Promise<RestoreOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const report = await restoreBackup(db, parsed.backup.clippings, parsed.backup.desks, clean, onProgress);
  return { ok: true, report };
}

/** "12 added, 3 updated, 40 already in the library." */
export function restoreSummary(r: RestoreReport): string {
  const parts = [`${r.added} added`];
  if (r.updated) parts.push(`${r.updated} updated`);
  if (r.unchanged) parts.push(`${r.unchanged} already in the library`);
  return `Backup restored: ${parts.join(', ')}.`;
}
