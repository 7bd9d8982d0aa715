/**
 * Image-credit evaluation against hand labels (bench/credit-labels/*.json):
 * precision and recall of the credit holders found on each page, micro and
 * macro, for the tune and held-out splits apart (and each split's first labelling round alone).
 *
 *   npm run eval:credits -- [--corpus ../shared/corpus] [--split tune|heldout|all] [--verbose]
 *
 * A page's holders are compared as a set (the same holder on three pictures is
 * one holder), after a loose normalisation: case, labels ("Photo:", "©",
 * "Courtesy of"), brackets and spacing around "/" and "|" do not count.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';
import type { CreditFinding } from '../utils/analysis/types';

type Label = {
  corpus: 'aeb' | 'readability-pages';
  id: string;
  /** One entry per distinct holder; an array lists acceptable spellings of one holder. */
  credits: (string | string[])[];
  /** Holders that are neither required nor wrong (a chart's data source, a house ad). */
  optional?: string[];
  uncredited?: number;
  notes?: string;
  /** Labelling round (1 when absent); rounds 2 and 3 were labelled from the HTML before the finder ran on them. */
  batch?: number;
};

type Score = { tp: number; fp: number; fn: number; pages: number; pSum: number; pN: number; rSum: number; rN: number };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, split: { type: 'string' }, verbose: { type: 'boolean' } },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const split = values.split ?? 'all';
const truth = JSON.parse(readFileSync(join(corpus, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
  string,
  { url: string }
>;

/** Loose identity of a holder as written. */
export function normalizeHolder(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[()[\]]/g, ' ')
    .replace(
      /^\s*(?:(?:photo(?:graph)?s?|images?|pictures?|credits?|foto|bild|source|courtesy(?:\s+of)?|©|by)\s*:?\s*)+/g,
      '',
    )
    .replace(/\s*([/|;,.])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:|/-]+$/g, '')
    .trim();
}

function load(name: string): Label[] {
  return JSON.parse(readFileSync(join(repoRoot, 'bench', 'credit-labels', `${name}.json`), 'utf8')) as Label[];
}

function pagePath(label: Label): { path: string; url: string | null } {
  if (label.corpus === 'aeb')
    return { path: join(corpus, 'aeb', 'html', `${label.id}.html.gz`), url: truth[label.id]?.url ?? null };
  return {
    path: join(corpus, 'readability-pages', label.id, 'source.html.gz'),
    url: `http://fakehost/test/${label.id}/`,
  };
}

const timing = { analyzeMs: 0, pages: 0 };

function creditsOf(label: Label): CreditFinding[] {
  const { path, url } = pagePath(label);
  const doc = parseDocument(gunzipSync(readFileSync(path)).toString('utf8'));
  const t = performance.now();
  const result = analyze(doc, { url, now: new Date(0), force: true });
  timing.analyzeMs += performance.now() - t;
  timing.pages++;
  if (!result.ok) return [];
  return result.analysis.findings.filter((f): f is CreditFinding => f.kind === 'credit');
}

function scorePage(label: Label, found: CreditFinding[], score: Score, verbose: boolean): void {
  const gold = label.credits.map((c) => new Set((Array.isArray(c) ? c : [c]).map(normalizeHolder)));
  const optional = new Set((label.optional ?? []).map(normalizeHolder));
  const predicted = new Set(found.flatMap((f) => (f.credit ? [normalizeHolder(f.credit)] : [])));
  const matched = new Set<number>();
  const wrong: string[] = [];
  for (const p of predicted) {
    const i = gold.findIndex((g, n) => !matched.has(n) && g.has(p));
    if (i >= 0) matched.add(i);
    else if (!optional.has(p) && !gold.some((g) => g.has(p))) wrong.push(p);
  }
  const tp = matched.size;
  const fn = gold.length - tp;
  score.tp += tp;
  score.fp += wrong.length;
  score.fn += fn;
  score.pages++;
  if (tp + wrong.length > 0) [score.pSum, score.pN] = [score.pSum + tp / (tp + wrong.length), score.pN + 1];
  if (gold.length > 0) [score.rSum, score.rN] = [score.rSum + tp / gold.length, score.rN + 1];
  const uncredited = found.filter((f) => !f.credit).length;
  if (verbose && (wrong.length || fn || (label.uncredited !== undefined && label.uncredited !== uncredited))) {
    const missed = gold.filter((_, n) => !matched.has(n)).map((g) => [...g][0]);
    console.log(
      `  ${label.corpus}/${label.id.slice(0, 12)}: wrong ${JSON.stringify(wrong)} missed ${JSON.stringify(missed)} uncredited ${uncredited} (label ${label.uncredited ?? '?'})`,
    );
  }
}

const pct = (n: number, d: number): string => (d ? (n / d).toFixed(3) : '-');

/** Prints one split's scores; `verbose` lists each page's misses (once per split, not again per round). */
function report(name: string, labels: Label[], verbose = !!values.verbose): void {
  const score: Score = { tp: 0, fp: 0, fn: 0, pages: 0, pSum: 0, pN: 0, rSum: 0, rN: 0 };
  if (verbose) console.log(`${name}:`);
  for (const label of labels) scorePage(label, creditsOf(label), score, verbose);
  console.log(
    `${name.padEnd(10)} pages ${score.pages}  micro P ${pct(score.tp, score.tp + score.fp)} R ${pct(score.tp, score.tp + score.fn)}` +
      `  macro P ${pct(score.pSum, score.pN)} R ${pct(score.rSum, score.rN)}  (tp ${score.tp} fp ${score.fp} fn ${score.fn})`,
  );
}

for (const name of ['tune', 'heldout']) {
  if (split !== name && split !== 'all') continue;
  const labels = load(name);
  report(name, labels);
  // Each labelling round alone: a round labelled after the last change is the closest thing to unseen pages.
  const batches = [...new Set(labels.map((l) => l.batch ?? 1))].sort((a, b) => a - b);
  if (batches.length > 1)
    for (const b of batches)
      report(
        `${name}/${b}`,
        labels.filter((l) => (l.batch ?? 1) === b),
        false,
      );
}
console.error(
  `analyze: ${(timing.analyzeMs / Math.max(1, timing.pages)).toFixed(1)} ms/page over ${timing.pages} pages`,
);
