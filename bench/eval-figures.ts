/**
 * Scores the figure finder on ../shared/corpus/numbers (Recognizers-Text English specs and
 * quantulum3 sentences). Each Recognizers file labels only its own type, so each model's
 * cases are scored only against figures of the matching kind. A found figure is right when
 * it overlaps the gold text and has the gold value (and unit, where the gold names one).
 * Usage: npx tsx bench/eval-figures.ts [--corpus ../shared/corpus] [--misses Model]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../utils/analysis/figures';
import type { FigureHit } from '../utils/analysis/figures/hit';
import { LOWER_BOUND } from '../utils/analysis/figures/qualifiers';

type Gold = { text?: string; surface?: string; start: number; end: number; value: unknown; unit?: string | null };
type Case = { input: string; expected: Gold[]; model: string };
type Score = {
  cases: number;
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPred: number;
  unscorableGold: number;
};

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const corpus = arg('--corpus', '../shared/corpus');
const showMisses = arg('--misses', '');

const KINDS: Record<string, (h: FigureHit) => boolean> = {
  // Recognizers labels the number inside "$20" as a number, but not the one in "180ml".
  NumberModel: (h) => ['count', 'approximate', 'year', 'money'].includes(h.figureKind),
  PercentModel: (h) => h.figureKind === 'percent',
  OrdinalModel: (h) => h.figureKind === 'ordinal',
  NumberRangeModel: (h) => !['date', 'time'].includes(h.figureKind) && (h.range !== null || h.qualifier !== null),
  CurrencyModel: (h) => h.figureKind === 'money',
  DimensionModel: (h) => h.figureKind === 'quantity' && h.unit !== '°C' && h.unit !== '°F',
  TemperatureModel: (h) => h.figureKind === 'quantity' && (h.unit === '°C' || h.unit === '°F'),
  quantulum3: (h) => !['date', 'time', 'ordinal'].includes(h.figureKind),
};

// Gold unit names → the unit strings the finder writes.
const UNITS: Record<string, string[]> = {
  Dollar: ['USD'],
  'United States dollar': ['USD'],
  Pound: ['GBP', 'lb'],
  'British pound': ['GBP'],
  Euro: ['EUR'],
  Cent: ['cent'],
  Pence: ['GBX'],
  Penny: ['GBX'],
  'Japanese yen': ['JPY'],
  'Chinese yuan': ['CNY'],
  'Canadian dollar': ['CAD'],
  'Hong Kong dollar': ['HKD'],
  'Australian dollar': ['AUD'],
  'New Zealand dollar': ['NZD'],
  'Mexican peso': ['MXN'],
  Franc: ['CHF', 'FRF'],
  'Swiss franc': ['CHF'],
  'Finnish markka': ['FIM'],
  'Netherlands guilder': ['NLG'],
  Peseta: ['ESP'],
  Rupee: ['INR'],
  'Turkish lira': ['TRY'],
  Bitcoin: ['BTC'],
  'Costa Rican colón': ['CRC'],
  'Georgian lari': ['GEL'],
  'Lao kip': ['LAK'],
  Milliliter: ['ml'],
  Inch: ['in'],
  Mile: ['mi'],
  Barrel: ['barrel'],
  Foot: ['ft'],
  Ounce: ['oz'],
  Acre: ['acre'],
  Gallon: ['gal'],
  'Cubic foot': ['ft³'],
  'Square meter': ['m²'],
  Ton: ['ton', 't'],
  'Metric ton': ['t'],
  Bit: ['bit'],
  'Mile per hour': ['mph'],
  Meter: ['m'],
  Kilometer: ['km'],
  Millimeter: ['mm'],
  'Square kilometer': ['km²'],
  Decimeter: ['dm'],
  Megabit: ['Mb'],
  Megabyte: ['MB'],
  'Kilometer per hour': ['km/h'],
  Kilogram: ['kg'],
  Microgram: ['µg'],
  Degree: ['°'],
  Radian: ['rad'],
  Tablespoon: ['tbsp'],
  Cup: ['cup'],
  Teaspoon: ['tsp'],
  Gram: ['g'],
  C: ['°C'],
  F: ['°F'],
  metre: ['m'],
  kilometre: ['km'],
  mile: ['mi'],
  inch: ['in'],
  'pound sterling': ['GBP'],
  dollar: ['USD'],
  euro: ['EUR'],
  'degree Celsius': ['°C'],
  'degree fahrenheit': ['°F'],
  'degree Fahrenheit': ['°F'],
  milligram: ['mg'],
  'pound-mass': ['lb'],
  'square kilometre': ['km²'],
  'cubic kilometre': ['km³'],
  bit: ['bit'],
  kelvin: ['K'],
  gallon: ['gal'],
  electronvolt: ['eV'],
  percentage: ['%'],
  litre: ['l'],
  'square mile': ['mi²'],
  exabyte: ['EB'],
  byte: ['byte'],
  'watt hour': ['Wh'],
  'megawatt hour': ['MWh'],
  penny: ['GBX'],
  cent: ['cent'],
  kilogram: ['kg'],
  cup: ['cup'],
  tablespoon: ['tbsp'],
  'kilometre per hour': ['km/h'],
  tonne: ['t'],
  gigahertz: ['GHz'],
  megabyte: ['MB'],
  nanometre: ['nm'],
  centilitre: ['cl'],
  watt: ['W'],
  year: ['years', 'year'],
  day: ['days', 'day'],
  month: ['months', 'month'],
  hour: ['hours', 'hour'],
  week: ['weeks', 'week'],
  minute: ['minutes', 'minute'],
};

const close = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Gold value as a number, an interval, or null when it is not numeric ("end+0"). */
function goldValue(g: Gold, model: string): number | [number | null, number | null] | null {
  if (model === 'NumberRangeModel') {
    const m = /^([[(])([^,]*),([^\])]*)[\])]$/.exec(String(g.value));
    if (!m) return null;
    return [m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  }
  if (g.value === null || g.value === undefined) return null;
  const n = Number(String(g.value).replace('%', ''));
  return Number.isFinite(n) ? n : null;
}

function matches(h: FigureHit, g: Gold, gv: number | [number | null, number | null], model: string): boolean {
  if (h.start >= g.end || h.end <= g.start) return false;
  if (Array.isArray(gv)) {
    const [lo, hi] = gv;
    if (lo !== null && hi !== null)
      return lo === hi ? close(h.value, lo) : close(h.range?.[0], lo) && close(h.range?.[1], hi);
    const q = h.qualifier ?? '';
    if (lo !== null) return close(h.value, lo) && LOWER_BOUND.has(q);
    return close(h.value, hi) && q !== '' && !LOWER_BOUND.has(q);
  }
  // quantulum3 labels a range by its midpoint; Recognizers (outside the range model) labels
  // each end of "eight to 10 feet" on its own, so either end is the figure.
  const ends: (number | null)[] = !h.range ? [] : model === 'quantulum3' ? [(h.range[0] + h.range[1]) / 2] : h.range;
  if (!close(h.value, gv) && !ends.some((e) => close(e, gv))) return false;
  const unit = g.unit;
  if (!unit || unit === 'dimensionless' || model === 'NumberModel' || model === 'PercentModel') return true;
  return (UNITS[unit] ?? [unit]).includes(h.unit ?? '');
}

function modelName(model: string): string {
  return model.includes('/') ? (model.split('/').pop() ?? model) : model;
}

const cases: Case[] = [];
for (const file of ['recognizers_en.jsonl', 'quantulum3_en.jsonl']) {
  for (const line of readFileSync(join(corpus, 'numbers', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as Case;
    cases.push({ ...c, model: file.startsWith('quantulum') ? 'quantulum3' : modelName(c.model) });
  }
}

const scores: Record<string, Score> = {};
const t0 = performance.now();
for (const c of cases) {
  const keep = KINDS[c.model];
  if (!keep) continue;
  const s = (scores[c.model] ??= {
    cases: 0,
    gold: 0,
    predicted: 0,
    matchedGold: 0,
    matchedPred: 0,
    unscorableGold: 0,
  });
  s.cases += 1;
  const hits = findFigures(c.input, null, null).filter(keep);
  const used = new Set<number>();
  s.predicted += hits.length;
  const missed: string[] = [];
  for (const g of c.expected) {
    const gv = goldValue(g, c.model);
    if (gv === null) {
      s.unscorableGold += 1;
      continue;
    }
    s.gold += 1;
    const k = hits.findIndex((h, idx) => !used.has(idx) && matches(h, g, gv, c.model));
    if (k >= 0) {
      used.add(k);
      s.matchedGold += 1;
    } else missed.push(`${g.text ?? g.surface}=${JSON.stringify(g.value)} ${g.unit ?? ''}`);
  }
  s.matchedPred += used.size;
  const extra = hits
    .filter((_, idx) => !used.has(idx))
    .map(
      (h) =>
        `${c.input.slice(h.start, h.end)}=${h.value ?? JSON.stringify(h.range)} ${h.unit ?? ''} ${h.qualifier ?? ''}`,
    );
  if (showMisses === c.model && (missed.length || extra.length))
    console.log(JSON.stringify({ input: c.input.slice(0, 140), missed, extra }));
}
const ms = performance.now() - t0;

const round = (x: number): number => Math.round(x * 1000) / 1000;
const report: Record<string, unknown> = {};
for (const [model, s] of Object.entries(scores)) {
  const precision = s.predicted ? s.matchedPred / s.predicted : 0;
  const recall = s.gold ? s.matchedGold / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  report[model] = { ...s, precision: round(precision), recall: round(recall), f1: round(f1) };
}
console.log(JSON.stringify({ corpus: join(corpus, 'numbers'), msTotal: Math.round(ms), models: report }, null, 2));
