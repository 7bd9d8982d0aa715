/**
 * Library at scale, measured in real Chromium with the built extension (npm run bench:library):
 * seeds 1,000 then 10,000 realistic clippings into the extension's IndexedDB from an
 * extension page, and times saving, the Library's first screen, full-text queries,
 * Markdown zip export, backup and restore (checked lossless). JSON on stdout.
 *
 *   npx tsx bench/library.ts [--sizes 1000,10000]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../tests/e2e/harness';
import { profiled } from './library-profile';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    // In-page steps to run under the CPU profiler, e.g. "exportZip,restore".
    profile: { type: 'string', default: '' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const toProfile = new Set(values.profile.split(',').filter(Boolean));

/** The in-page half as one IIFE: evaluated over CDP, which extension-page CSP does not block. */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('bench/library-page.ts'), formats: ['iife'], name: 'copydeskBenchBundle' },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  return result.output.map((o) => ('code' in o ? o.code : '')).join('\n');
}

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;
const run = <T>(page: Page, name: string, args: unknown[]) =>
  page.evaluate(
    ([n, a]) => (globalThis as unknown as { copydeskBench: Api }).copydeskBench[n as string]!(...(a as unknown[])),
    [name, args] as const,
  ) as Promise<T>;
const call = <T>(page: Page, name: string, ...args: unknown[]): Promise<T> =>
  toProfile.has(name) ? profiled(page, name, () => run<T>(page, name, args)) : run<T>(page, name, args);

/**
 * In-page: click Library, resolve at the next frame after the first clipping row exists.
 * A string, because tsx would wrap named functions in a helper the page does not have.
 */
const TIME_LIBRARY_CLICK = `new Promise((done) => {
  const library = [...document.querySelectorAll('nav.tabs button')].find((b) => b.textContent.trim() === 'Library');
  const t0 = performance.now();
  library.click();
  const check = () =>
    document.querySelector('.virtual-list .clipping-row[data-id]')
      ? requestAnimationFrame(() => done(performance.now() - t0))
      : requestAnimationFrame(check);
  check();
})`;

/** Opens the panel page and times a click on Library until the first clipping row is drawn. */
async function firstScreen(page: Page, url: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(url);
    await page.locator('nav.tabs').waitFor();
    samples.push(await page.evaluate<number>(TIME_LIBRARY_CLICK));
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)]!);
}

async function main(): Promise<void> {
  const code = await bundle();
  const session = await launch();
  const results: Record<string, unknown> = {};
  try {
    const url = `chrome-extension://${session.extensionId}/sidepanel.html`;
    const page = await session.context.newPage();
    await page.goto(url);
    await page.evaluate(code);
    let seeded = 0;
    for (const n of sizes) {
      process.stderr.write(`seeding to ${n}…\n`);
      const seedMs = await call<number>(page, 'seed', seeded, n);
      seeded = n;
      process.stderr.write(`measuring ${n}…\n`);
      const saveP95 = await call<number>(page, 'saveOne');
      const indexWarmUpMs = await call<number>(page, 'indexWarmUp');
      const query = await call<{ p95: number; hits: Record<string, number> }>(page, 'query');
      const exportZip = await call<{ ms: number; files: number; bytes: number }>(page, 'exportZip');
      const backup = await call<{ ms: number; bytes: number }>(page, 'backup');
      const restore = await call<{ ms: number; restored: number; lossless: boolean }>(page, 'restore');
      const size = await call<{ usageMB: number | null }>(page, 'size');
      const panel = await session.context.newPage();
      const firstScreenMs = await firstScreen(panel, url);
      await panel.close();
      results[String(n)] = {
        clippings: await call<number>(page, 'count'),
        seedMs,
        saveOneP95Ms: saveP95,
        libraryFirstScreenMs: firstScreenMs,
        searchIndexWarmUpMs: indexWarmUpMs,
        queryP95Ms: query.p95,
        exportAllZipMs: exportZip.ms,
        exportZipMB: Math.round((exportZip.bytes / 1024 / 1024) * 10) / 10,
        exportFiles: exportZip.files,
        backupMs: backup.ms,
        backupMB: Math.round((backup.bytes / 1024 / 1024) * 10) / 10,
        restoreMs: restore.ms,
        restoreLossless: restore.lossless,
        databaseMB: size.usageMB,
        queryHits: query.hits,
      };
      process.stderr.write(`${JSON.stringify(results[String(n)])}\n`);
    }
  } finally {
    await session.close();
  }
  const budgets = {
    saveOneP95Ms: 20,
    libraryFirstScreenMs: 100,
    queryP95Ms: 50,
    exportAllZipMs: 10_000,
    backupMs: 10_000,
    restoreMs: 10_000,
  };
  process.stdout.write(`${JSON.stringify({ budgets, results }, null, 2)}\n`);
}

await main();
