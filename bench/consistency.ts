/**
 * How often the figure finder cries "possible inconsistency", and how often it is right.
 * Counts flagged pairs (two figures whose `conflicts` name each other) per 100 articles on
 * PolNeAR train (plain text through analyzeText) and on the AEB pages (HTML through analyze,
 * as bench/aeb.ts runs it), then scores the flagged pairs against hand labels in
 * bench/consistency-labels.json: precision among labelled pairs still flagged, and how many
 * of the labelled true pairs are still caught.
 *
 *   npx tsx bench/consistency.ts [--corpus ../shared/corpus] [--limit 400] [--verbose]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { emptyDocument, parseDocument } from '../cli/node-dom';
import { analyze, analyzeText } from '../utils/analysis/analyze';
import type { Analysis, FigureFinding } from '../utils/analysis/types';

type Label = { source: 'polnear' | 'aeb'; article: string; a: string; b: string; verdict: boolean; note?: string };
type Pair = { source: Label['source']; article: string; a: FigureFinding; b: FigureFinding; text: string };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    limit: { type: 'string' },
    verbose: { type: 'boolean' },
  },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const limit = Number(values.limit ?? 400);
if (!(limit > 0)) throw new Error(`--limit wants a positive number, got ${values.limit}`);
const now = new Date('2020-01-01T00:00:00Z');

/** Pairs flagged in one analysis, each once, in text order. */
function flaggedPairs(source: Label['source'], article: string, analysis: Analysis): Pair[] {
  const figures = analysis.findings.filter((f): f is FigureFinding => f.kind === 'figure');
  const byId = new Map(figures.map((f) => [f.id, f]));
  const pairs: Pair[] = [];
  for (const a of figures)
    for (const id of a.conflicts) {
      const b = byId.get(id);
      if (b && (a.start ?? 0) < (b.start ?? 0)) pairs.push({ source, article, a, b, text: analysis.article.text });
    }
  return pairs;
}

function polnearPairs(): { articles: number; pairs: Pair[] } {
  const path = join(corpus, 'polnear', 'polnear-train.jsonl');
  if (!existsSync(path)) throw new Error(`No PolNeAR at ${path}: pass --corpus`);
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit);
  const doc = emptyDocument();
  const pairs: Pair[] = [];
  for (const line of lines) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    pairs.push(...flaggedPairs('polnear', id, analyzeText(text, doc, { url: null, now })));
  }
  return { articles: lines.length, pairs };
}

function aebPairs(): { articles: number; pairs: Pair[] } {
  const truthPath = join(corpus, 'aeb', 'ground-truth.json');
  if (!existsSync(truthPath)) throw new Error(`No AEB at ${truthPath}: pass --corpus`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { url: string }>;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const pairs: Pair[] = [];
  let articles = 0;
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(corpus, 'aeb', 'html', `${id}.html.gz`))).toString('utf8');
    const result = analyze(parseDocument(html), { url: truth[id]?.url ?? null, now, force: true });
    if (!result.ok) continue;
    articles += 1;
    pairs.push(...flaggedPairs('aeb', id, result.analysis));
  }
  return { articles, pairs };
}

/** The sentence (or headline line) holding a figure, squeezed to one line. */
function sentenceOf(text: string, f: FigureFinding): string {
  const start = f.start ?? 0;
  const end = f.end ?? 0;
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] ?? '') && start - s < 300) s -= 1;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e] ?? '') && e - end < 300) e += 1;
  const before = text.slice(s, start);
  const after = text.slice(end, e + 1);
  return `${before}[[${f.text}]]${after}`.replace(/\s+/g, ' ').trim();
}

const labelKey = (source: string, article: string, a: string, b: string): string => `${source}|${article}|${a}|${b}`;
const labelsPath = join(repoRoot, 'bench', 'consistency-labels.json');
const labels: Label[] = existsSync(labelsPath) ? (JSON.parse(readFileSync(labelsPath, 'utf8')) as Label[]) : [];
const verdicts = new Map(labels.map((l) => [labelKey(l.source, l.article, l.a, l.b), l.verdict]));

const runs = [
  { name: 'PolNeAR train', ...polnearPairs() },
  { name: 'AEB', ...aebPairs() },
];
const flaggedKeys = new Set<string>();
for (const run of runs) {
  const per100 = run.articles ? (100 * run.pairs.length) / run.articles : 0;
  console.log(`${run.name}: ${run.pairs.length} pairs in ${run.articles} articles = ${per100.toFixed(1)} per 100`);
  for (const p of run.pairs) {
    const key = labelKey(p.source, p.article, p.a.text, p.b.text);
    flaggedKeys.add(key);
    if (!values.verbose) continue;
    const verdict = verdicts.get(key);
    const mark = verdict === undefined ? '?' : verdict ? 'TRUE' : 'false';
    console.log(`  [${mark}] ${p.article}  ${p.a.text} vs ${p.b.text}  (${p.a.group})`);
    console.log(`      A: ${sentenceOf(p.text, p.a)}`);
    console.log(`      B: ${sentenceOf(p.text, p.b)}`);
  }
}

const stillFlagged = labels.filter((l) => flaggedKeys.has(labelKey(l.source, l.article, l.a, l.b)));
const truePairs = labels.filter((l) => l.verdict);
const caught = truePairs.filter((l) => flaggedKeys.has(labelKey(l.source, l.article, l.a, l.b)));
const right = stillFlagged.filter((l) => l.verdict).length;
console.log(
  `Labelled: ${labels.length} pairs (${truePairs.length} true); still flagged ${stillFlagged.length}, ` +
    `precision ${stillFlagged.length ? (right / stillFlagged.length).toFixed(3) : 'n/a'}; ` +
    `true pairs caught ${caught.length}/${truePairs.length}`,
);
