/**
 * The library benchmark's in-page half: bundled into one script and evaluated in an
 * extension page, so it writes the extension's own IndexedDB with the store's real code.
 */
import { backupParts, parseBackup } from '../utils/export/backup';
import { markdownZip } from '../utils/export/zip';
import { allDesks, clippingBatches } from '../utils/store/batches';
import { deleteClippings, openLibrary, restoreClippings, saveClipping } from '../utils/store/clippings';
import { queryLibrary, getEntries } from '../utils/store/query';
import { sanitizeHtml } from '../utils/sanitize';
import { restoreBackup } from '../utils/store/restore';
import { invalidateSearchIndex, searchIndex } from '../utils/store/search-index';
import { syntheticClipping } from './library-data';

const db = openLibrary();

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]! * 10) / 10;
}
const ms = (t0: number) => Math.round(performance.now() - t0);

/** Adds clippings from..to-1 (ids from+1..to), in bulk through the same indexed write path. */
async function seed(from: number, to: number): Promise<number> {
  const t0 = performance.now();
  for (let i = from; i < to; i += 500) {
    const batch = [];
    for (let n = i; n < Math.min(to, i + 500); n++) batch.push({ ...syntheticClipping(n), id: n + 1 });
    await restoreClippings(db, batch);
  }
  return ms(t0);
}

async function saveOne(runs = 60): Promise<number> {
  const samples: number[] = [];
  const ids: number[] = [];
  for (let i = 0; i < runs; i++) {
    const clipping = syntheticClipping(1_000_000 + i);
    const t0 = performance.now();
    ids.push(await saveClipping(db, clipping));
    samples.push(performance.now() - t0);
  }
  await deleteClippings(db, ids);
  return p95(samples.slice(5));
}

const QUERIES = [
  { text: 'hospital' },
  { text: 'refugees border' },
  { text: 'gov' },
  { text: 'ceasefire talks agreement' },
  { text: 'stonpa' },
  { text: 'omar' },
  { text: 'minister', tag: 'election' },
  { text: 'people', sort: 'site' as const },
  { tag: 'refugees' },
  { status: 'disputed' },
  { text: 'xyzzy' },
  { from: '2024-01-01', to: '2024-03-31' },
];

/** Building the in-memory index from the stored words: what the first search after opening waits for. */
async function indexWarmUp(): Promise<number> {
  invalidateSearchIndex(db);
  const t0 = performance.now();
  await searchIndex(db);
  return ms(t0);
}

async function query(rounds = 5): Promise<{ p95: number; hits: Record<string, number> }> {
  const samples: number[] = [];
  const hits: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      const { ids } = await queryLibrary(db, q);
      // What the list needs for its first screen.
      await getEntries(db, ids.slice(0, 30));
      samples.push(performance.now() - t0);
      hits[JSON.stringify(q)] = ids.length;
    }
  }
  return { p95: p95(samples), hits };
}

async function exportZip(): Promise<{ ms: number; files: number; bytes: number }> {
  const t0 = performance.now();
  const { chunks, names } = await markdownZip(clippingBatches(db));
  const blob = new Blob(chunks as BlobPart[], { type: 'application/zip' });
  return { ms: ms(t0), files: names.length, bytes: blob.size };
}

let lastBackup: Blob | null = null;

async function backup(): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const parts: string[] = [];
  for await (const part of backupParts(clippingBatches(db), await allDesks(db), new Date())) parts.push(part);
  lastBackup = new Blob(parts, { type: 'application/json' });
  return { ms: ms(t0), bytes: lastBackup.size };
}

/** Restores the last backup into an empty database and compares every record with the source. */
async function restore(): Promise<{ ms: number; restored: number; lossless: boolean; mismatches: number }> {
  if (!lastBackup) throw new Error('back up first');
  const target = openLibrary('copydesk-bench-restore');
  await target.delete();
  await target.open();
  const t0 = performance.now();
  const parsed = parseBackup(await lastBackup.text());
  if (!parsed.ok) throw new Error(parsed.problem);
  // The panel's own cleaning, so the timing includes sanitizing every restored article.
  const clean = (html: string, baseUrl: string | null) => sanitizeHtml(html, window, { baseUrl });
  const report = await restoreBackup(target, parsed.backup.clippings, parsed.backup.desks, clean);
  const elapsed = ms(t0);
  let mismatches = 0;
  let compared = 0;
  const source = clippingBatches(db);
  const copy = clippingBatches(target);
  for (;;) {
    const [a, b] = await Promise.all([source.next(), copy.next()]);
    if (a.done || b.done) {
      if (a.done !== b.done) mismatches++;
      break;
    }
    a.value.forEach((c, i) => {
      compared++;
      if (JSON.stringify(c) !== JSON.stringify(b.value[i])) mismatches++;
    });
  }
  await target.delete();
  return { ms: elapsed, restored: report.added, lossless: mismatches === 0 && compared === report.added, mismatches };
}

async function size(): Promise<{ usageMB: number | null }> {
  const estimate = await navigator.storage?.estimate?.();
  return { usageMB: estimate?.usage ? Math.round((estimate.usage / 1024 / 1024) * 10) / 10 : null };
}

(globalThis as unknown as { copydeskBench: unknown }).copydeskBench = {
  seed,
  saveOne,
  indexWarmUp,
  query,
  exportZip,
  backup,
  restore,
  size,
  count: () => db.clippings.count(),
};
