/**
 * Whole real pages against hand labels (bench/page-labels/<page id>.json,
 * labelled by ../shared/LABELLING.md from the pages of ../shared/corpus/aeb):
 * per finder precision and recall, named-speaker right / missing / WRONG rates,
 * and flags per 1,000 words, for the tune and held-out splits apart.
 *
 *   npm run eval:pages -- [--corpus ../shared/corpus] [--split tune|heldout|all] [--verbose] [--page ID]
 *
 * Held-out pages are listed in bench/page-labels/heldout.txt: tune rules on the
 * others and read the held-out numbers only to check that a change generalises.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';
import type { CreditFinding, FigureFinding, QuoteFinding } from '../utils/analysis/types';
import { heldoutPages, pageLabels } from './page-labels';
import { addCounts, emptyCounts, scorePage, type Counts, type PageLabel } from './page-score';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    split: { type: 'string' },
    verbose: { type: 'boolean' },
    page: { type: 'string' },
  },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const heldout = heldoutPages();
const labels = pageLabels().filter((l) => !values.page || l.page.startsWith(values.page));

const timing = { ms: 0, pages: 0 };

function findingsOf(label: PageLabel): {
  quotes: QuoteFinding[];
  credits: CreditFinding[];
  figures: FigureFinding[];
  words: number;
} {
  const html = gunzipSync(readFileSync(join(corpus, 'aeb', 'html', `${label.page}.html.gz`))).toString('utf8');
  const doc = parseDocument(html);
  const t = performance.now();
  const result = analyze(doc, { url: label.url ?? null, now: new Date('2019-11-20T12:00:00Z'), force: true });
  timing.ms += performance.now() - t;
  timing.pages++;
  if (!result.ok) return { quotes: [], credits: [], figures: [], words: 0 };
  const { findings, article } = result.analysis;
  return {
    quotes: findings.filter((f): f is QuoteFinding => f.kind === 'quote'),
    credits: findings.filter((f): f is CreditFinding => f.kind === 'credit'),
    figures: findings.filter((f): f is FigureFinding => f.kind === 'figure'),
    words: article.wordCount,
  };
}

const ratio = (n: number, d: number): string => (d ? (n / d).toFixed(3) : '  -  ');
const perK = (n: number, words: number): string => (words ? ((1000 * n) / words).toFixed(1) : '-');

function print(name: string, c: Counts, pages: number): void {
  const q = c.quotes;
  console.log(`${name} (${pages} pages, ${c.words} words)`);
  console.log(
    `  quotes   P ${ratio(q.matched, q.found)} R ${ratio(q.matched, q.labels)}  speakers named: right ${ratio(q.right, q.named)} missing ${ratio(q.missing, q.named)} WRONG ${ratio(q.wrong, q.named)}` +
      `  guessed for unnamed ${q.guessed}/${q.unnamed}  per 1k words ${perK(q.found, c.words)} (labels ${perK(q.labels, c.words)})  [found ${q.found} labels ${q.labels}]`,
  );
  const cr = c.credits;
  console.log(
    `  credits  P ${ratio(cr.matched, cr.found)} R ${ratio(cr.matched, cr.labels)}  uncredited rows ${cr.uncreditedFound} (labels ${cr.uncreditedLabels})  per 1k words ${perK(cr.found + cr.uncreditedFound, c.words)} (labels ${perK(cr.labels + cr.uncreditedLabels, c.words)})  [found ${cr.found} labels ${cr.labels}]`,
  );
  const f = c.figures;
  console.log(
    `  figures  P ${ratio(f.matchedFound, f.found)} R ${ratio(f.matchedLabels, f.labels)}  per 1k words ${perK(f.found, c.words)} (labels ${perK(f.labels, c.words)})  [found ${f.found} labels ${f.labels}]`,
  );
}

const splits: Record<string, { counts: Counts; pages: number }> = {};
const byLang: Record<string, { counts: Counts; pages: number }> = {};
for (const label of labels) {
  const split = heldout.has(label.page) ? 'heldout' : 'tune';
  if (values.split && values.split !== 'all' && values.split !== split) continue;
  const found = findingsOf(label);
  const { counts, mistakes } = scorePage(label, found, found.words);
  for (const [table, key] of [
    [splits, split],
    [byLang, `${split} ${label.lang === 'en' ? 'English' : 'other languages'}`],
  ] as const) {
    table[key] ??= { counts: emptyCounts(), pages: 0 };
    addCounts(table[key].counts, counts);
    table[key].pages++;
  }
  if (values.verbose) {
    const all = [...mistakes.quotes, ...mistakes.credits, ...mistakes.figures];
    if (all.length)
      console.log(`${split} ${label.page.slice(0, 8)} ${label.lang} ${label.url ?? ''}\n    ${all.join('\n    ')}`);
  }
}
for (const name of ['tune', 'heldout']) if (splits[name]) print(name, splits[name].counts, splits[name].pages);
for (const [name, { counts, pages }] of Object.entries(byLang).sort())
  if (counts.quotes.named || counts.quotes.found)
    console.log(
      `  ${name}: quotes P ${ratio(counts.quotes.matched, counts.quotes.found)} R ${ratio(counts.quotes.matched, counts.quotes.labels)} speakers right ${ratio(counts.quotes.right, counts.quotes.named)} WRONG ${ratio(counts.quotes.wrong, counts.quotes.named)} (${pages} pages)`,
    );
console.error(`analyze: ${(timing.ms / Math.max(1, timing.pages)).toFixed(1)} ms/page over ${timing.pages} pages`);
