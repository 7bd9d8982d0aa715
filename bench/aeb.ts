/**
 * Extraction quality and speed on the article extraction benchmark
 * (../shared/corpus/aeb, see its README): F1 of the body text Copydesk
 * extracts, and per-page time of analyze() against Readability alone on the
 * same parsed documents, with what each finder adds to analyze() time.
 *
 *   npx tsx bench/aeb.ts [--corpus ../shared/corpus] [--limit N] [--repeat N]
 *
 * Timings are the fastest of --repeat runs per page (default 3): on a shared machine
 * the minimum is the stable measure of the code, the rest is other processes and GC.
 * Finders run in a rotating order so no finder always pays for the garbage of the others.
 *
 * JSON on stdout, a short table on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';
import { FINDERS } from '../utils/analysis/finders';
import { blockText } from '../utils/analysis/text';
import type { FinderContext, FindingKind } from '../utils/analysis/types';
import { matchPage, scorePages, type PageCounts } from './shingles';

type GroundTruth = Record<string, { url: string; articleBody: string }>;
type Timings = { parse: number[]; readability: number[]; analyze: number[] };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, limit: { type: 'string' }, repeat: { type: 'string' } },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const limit = values.limit ? Number(values.limit) : Infinity;
const repeat = values.repeat ? Number(values.repeat) : 3;
if (!(repeat >= 1)) throw new Error(`--repeat wants a number from 1, got ${values.repeat}`);
if (!(limit > 0)) throw new Error(`--limit wants a positive number, got ${values.limit}`);
const truthPath = join(corpus, 'aeb', 'ground-truth.json');
if (!existsSync(truthPath)) throw new Error(`No benchmark at ${truthPath}: pass --corpus <dir with aeb/>`);

const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as GroundTruth;
const ids = Object.keys(truth).sort().slice(0, limit);

const now = new Date();
const timings: Timings = { parse: [], readability: [], analyze: [] };
const finderMs = new Map<FindingKind, number[]>(FINDERS.map((f) => [f.kind, []]));
const finderErrors = new Map<FindingKind, number>();
const product: PageCounts[] = [];
const readabilityAlone: PageCounts[] = [];
let notArticle = 0;

/** The body text Copydesk extracted, captions left out as the ground truth leaves them out. */
function bodyText(doc: Document, html: string): string {
  const container = doc.createElement('div');
  container.innerHTML = html;
  return blockText(container, { skipCaptions: true });
}

for (const id of ids) {
  const page = truth[id];
  if (!page) continue;
  const html = gunzipSync(readFileSync(join(corpus, 'aeb', 'html', `${id}.html.gz`))).toString('utf8');

  let t = performance.now();
  const doc = parseDocument(html);
  timings.parse.push(performance.now() - t);

  // Readability alone, as analyze runs it: on a clone, since parse() mutates.
  let parsed: ReturnType<Readability['parse']> = null;
  let fastestReadability = Infinity;
  for (let r = 0; r < repeat; r++) {
    t = performance.now();
    parsed = new Readability(doc.cloneNode(true) as Document).parse();
    fastestReadability = Math.min(fastestReadability, performance.now() - t);
  }
  timings.readability.push(fastestReadability);
  readabilityAlone.push(matchPage(page.articleBody, parsed?.textContent ?? ''));

  let result = analyze(doc, { url: page.url, now, force: true });
  let fastest = Infinity;
  for (let r = 0; r < repeat; r++) {
    t = performance.now();
    result = analyze(doc, { url: page.url, now, force: true });
    fastest = Math.min(fastest, performance.now() - t);
  }
  timings.analyze.push(fastest);
  if (!result.ok) {
    notArticle++;
    product.push(matchPage(page.articleBody, ''));
    continue;
  }
  const { article } = result.analysis;
  product.push(matchPage(page.articleBody, bodyText(doc, article.html)));

  const ctx: FinderContext = { url: page.url, now, lang: article.lang };
  const fastestOf = new Map<FindingKind, number>();
  for (let r = 0; r < repeat; r++) {
    for (let i = 0; i < FINDERS.length; i++) {
      const finder = FINDERS[(i + r + timings.analyze.length) % FINDERS.length];
      if (!finder) continue;
      t = performance.now();
      try {
        finder.find(doc, article, ctx);
      } catch {
        if (r === 0) finderErrors.set(finder.kind, (finderErrors.get(finder.kind) ?? 0) + 1);
      }
      const ms = performance.now() - t;
      fastestOf.set(finder.kind, Math.min(fastestOf.get(finder.kind) ?? Infinity, ms));
    }
  }
  for (const [kind, ms] of fastestOf) finderMs.get(kind)?.push(ms);
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
const stats = (xs: number[]) => ({
  medianMs: round(quantile(xs, 0.5), 2),
  p95Ms: round(quantile(xs, 0.95), 2),
  totalMs: round(
    xs.reduce((a, b) => a + b, 0),
    1,
  ),
});
const scores = (s: ReturnType<typeof scorePages>) => ({
  f1: round(s.f1),
  precision: round(s.precision),
  recall: round(s.recall),
});

// What each finder adds to analyze(), the measure the speed budgets are set in.
const analyzeTotal = timings.analyze.reduce((a, b) => a + b, 0);
const finders = Object.fromEntries(
  [...finderMs].map(([kind, xs]) => {
    const total = xs.reduce((a, b) => a + b, 0);
    return [
      kind,
      {
        ...stats(xs),
        shareOfAnalyze: round(analyzeTotal ? total / analyzeTotal : 0),
        errors: finderErrors.get(kind) ?? 0,
      },
    ];
  }),
);

const report = {
  corpus: join(corpus, 'aeb'),
  pages: ids.length,
  repeat,
  notArticle,
  extraction: scores(scorePages(product)),
  readabilityTextContent: scores(scorePages(readabilityAlone)),
  time: {
    parse: stats(timings.parse),
    readabilityAlone: stats(timings.readability),
    analyze: stats(timings.analyze),
  },
  finders,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

const row = (...cells: (string | number)[]): string => cells.map((c, i) => String(c).padEnd(i ? 10 : 34)).join('');
const lines = [
  `AEB: ${report.pages} pages, ${notArticle} without an article`,
  row('', 'F1', 'precision', 'recall'),
  row('copydesk (no captions)', report.extraction.f1, report.extraction.precision, report.extraction.recall),
  row(
    'readability textContent',
    report.readabilityTextContent.f1,
    report.readabilityTextContent.precision,
    report.readabilityTextContent.recall,
  ),
  '',
  row('ms per page', 'median', 'p95', 'total'),
  ...Object.entries(report.time).map(([name, s]) => row(name, s.medianMs, s.p95Ms, s.totalMs)),
  ...Object.entries(finders).map(([kind, s]) =>
    row(`finder ${kind} (${(s.shareOfAnalyze * 100).toFixed(1)}% of analyze)`, s.medianMs, s.p95Ms, s.totalMs),
  ),
];
process.stderr.write(`${lines.join('\n')}\n`);
