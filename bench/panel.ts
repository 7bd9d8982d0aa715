/**
 * The panel in real Chromium over AEB pages served on 127.0.0.1 (npm run bench:panel): for
 * each page, the time from the tab's load event to the panel's flags painted, and the
 * panel's height in screens at 360 px wide. Requests to any other host are refused, so a
 * page's load time is its own. Prints a table on stderr and JSON on stdout.
 *
 *   npx tsx bench/panel.ts [--corpus ../shared/corpus] [--limit 30] [--height 800]
 *
 * "Painted" is the first animation frame after the page's flags are in the panel's DOM.
 * The panel may read a page before its load event (document_idle comes first on slow
 * pages); such a page counts 0 ms. Targets: p95 under 400 ms; the median page of about 30
 * flags in under two screens.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { launch, openSidePanel, waitFor } from '../tests/e2e/harness';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    limit: { type: 'string', default: '30' },
    height: { type: 'string', default: '800' },
  },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const limit = Number(values.limit);
const height = Number(values.height);
const truth = JSON.parse(readFileSync(join(corpus, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, unknown>;
const ids = Object.keys(truth).sort().slice(0, limit);

const server = createServer((req, res) => {
  const id = /^\/p\/([0-9a-f]+)\.html$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
  if (!id || !ids.includes(id)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(gunzipSync(readFileSync(join(corpus, 'aeb', 'html', `${id}.html.gz`))));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const session = await launch();
await session.context.route('**/*', (route) =>
  new URL(route.request().url()).host === new URL(origin).host ? route.continue() : route.abort(),
);
const tab = await session.context.newPage();
await tab.goto('about:blank');
const { panel, cdp } = await openSidePanel(session);
await panel.setViewportSize({ width: 360, height });
await tab.bringToFront();

type Row = { id: string; flags: number; ms: number; screens: number } | { id: string; error: string };
const rows: Row[] = [];
for (const id of ids) {
  const url = `${origin}/p/${id}.html`;
  // The panel notes, in its own clock, when this page's flags first reach the screen.
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await panel.evaluate(`(() => {
    delete window.benchPainted;
    const selector = '.page-view[data-url="${url}"][data-desk="ready"]';
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => (window.benchPainted = performance.timeOrigin + performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  })()`);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const loadedAt = await tab.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance.timeOrigin + (nav?.loadEventStart ?? performance.now());
    });
    await waitFor(
      async () => !!(await panel.evaluate(() => (window as { benchPainted?: number }).benchPainted)),
      'the desk painted (a page the panel does not take for an article never is)',
      20_000,
    );
    const painted = await panel.evaluate(() => (window as unknown as { benchPainted: number }).benchPainted);
    const { flags, screens } = await panel.evaluate(() => ({
      flags: document.querySelectorAll('.flag-row').length,
      screens: document.documentElement.scrollHeight / window.innerHeight,
    }));
    rows.push({ id, flags, ms: Math.max(0, painted - loadedAt), screens });
  } catch (error) {
    rows.push({ id, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
  }
}
await cdp.close();
await session.close();
server.close();

const ok = rows.filter((r): r is Extract<Row, { ms: number }> => 'ms' in r);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : NaN;
};
const byFlags = [...ok].sort((a, b) => a.flags - b.flags);
const medianPage = byFlags[Math.floor((byFlags.length - 1) / 2)];
const summary = {
  pages: rows.length,
  failed: rows.length - ok.length,
  ms: {
    median: quantile(
      ok.map((r) => r.ms),
      0.5,
    ),
    p95: quantile(
      ok.map((r) => r.ms),
      0.95,
    ),
  },
  screens: {
    median: quantile(
      ok.map((r) => r.screens),
      0.5,
    ),
    max: Math.max(...ok.map((r) => r.screens)),
  },
  medianFlagPage: medianPage && { flags: medianPage.flags, screens: medianPage.screens },
  screensPer30Flags: quantile(
    ok.filter((r) => r.flags > 0).map((r) => (r.screens * 30) / r.flags),
    0.5,
  ),
  panel: { width: 360, height },
};
for (const r of rows) {
  const line =
    'ms' in r
      ? `${String(r.flags).padStart(4)} flags ${r.ms.toFixed(0).padStart(6)} ms ${r.screens.toFixed(2).padStart(6)} screens`
      : `error: ${r.error}`;
  process.stderr.write(`${r.id.slice(0, 12)} ${line}\n`);
}
process.stderr.write(
  `\nflags painted after load: median ${summary.ms.median.toFixed(0)} ms, p95 ${summary.ms.p95.toFixed(0)} ms (${ok.length} pages)\n` +
    `panel height: median ${summary.screens.median.toFixed(2)} screens; median-flag page ${medianPage?.flags} flags in ${medianPage?.screens.toFixed(2)} screens\n`,
);
process.stdout.write(`${JSON.stringify({ summary, rows }, null, 2)}\n`);
