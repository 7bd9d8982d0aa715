import type { FigureFinding } from '../types';
import { UPPER_BOUND } from './bounds';
import { LOWER_BOUND } from './qualifiers';

// Hedges that allow some slack either side ("about 800,000", "some 700,000").
const HEDGES = new Set([
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'an estimated',
  'estimated',
  'close to',
  'or so',
  '~',
]);
// Just short of the figure: "nearly 1,000".
const NEAR_BELOW = new Set(['nearly', 'almost', 'just under', 'barely']);
// Nouns a story uses for many unrelated things at once: durations, ages, poll points, "others".
const NOT_QUANTITIES = new Set(
  'year month week day hour minute second decade century time point way other total more times figure'.split(' '),
);
const GROUPED_KINDS = new Set<FigureFinding['figureKind']>(['count', 'approximate', 'money', 'percent', 'quantity']);

/** "deaths" → "death", "people" stays: enough to put "1 death" with "3 deaths". */
function singular(noun: string): string {
  const w = noun.toLowerCase();
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * What a figure counts, as a key shared by figures of the same quantity: the counted noun
 * for counts ("count:people"), currency or unit plus the noun it is about for measured
 * figures ("money:USD:contract"). Changes never share a key with levels. Null when the
 * figure does not say what it counts, so unrelated bare numbers are never compared.
 */
export function groupKey(f: Pick<FigureFinding, 'figureKind' | 'unit' | 'change'>, noun: string | null): string | null {
  if (!GROUPED_KINDS.has(f.figureKind)) return null;
  const change = f.change ? `${f.change}:` : '';
  if (f.figureKind === 'count' || f.figureKind === 'approximate') {
    const unit = f.unit ? singular(f.unit) : null;
    return unit && !NOT_QUANTITIES.has(unit) ? `${change}count:${unit}` : null;
  }
  if (!noun) return null;
  return `${change}${f.figureKind}:${f.unit ?? ''}:${singular(noun)}`;
}

/** The values a figure allows, given its qualifier: [low, high]. */
function interval(f: FigureFinding): [number, number] | null {
  if (f.range) return f.range;
  const v = f.value;
  if (v === null) return null;
  // "thousands" is 1,000 to 9,999; "tens of thousands" 10,000 to 99,999.
  if (f.figureKind === 'approximate') return [v, v * 10 - 1];
  const q = f.qualifier ?? '';
  if (NEAR_BELOW.has(q)) return [v * 0.85, v];
  if (LOWER_BOUND.has(q)) return [v, Infinity];
  if (UPPER_BOUND.has(q)) return [-Infinity, v];
  if (HEDGES.has(q)) return [v * 0.9, v * 1.1];
  return [v, v];
}

/** Two figures of one quantity that cannot both be right, but are close enough to be the same thing told twice. */
function disagree(a: FigureFinding, b: FigureFinding): boolean {
  // "thousands" and "millions" of tons are both vague: no contradiction to report.
  if (a.figureKind === 'approximate' || b.figureKind === 'approximate') return false;
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return false;
  if (x[1] >= y[0] && y[1] >= x[0]) return false;
  // Close values (800,000 vs 700,000) or a misplaced zero (80,000 vs 800,000); figures further
  // apart ("$214.9bn offshore" vs "$28.6bn offshore") are usually different things of one kind.
  const a0 = finite(x);
  const b0 = finite(y);
  if (a0 <= 0 || b0 <= 0) return false;
  const ratio = Math.max(a0, b0) / Math.min(a0, b0);
  return ratio < 1.5 || (Math.min(a0, b0) >= 100 && Math.abs(ratio - 10) < 0.05);
}

/** The finite end of an interval nearest to what was written. */
function finite([lo, hi]: [number, number]): number {
  return Math.abs(lo === -Infinity ? hi : lo);
}

/**
 * Fills `group` and `conflicts` on the article's figures: figures with the same key are
 * grouped; within a group, each figure lists the ids of those whose value it contradicts.
 * Quadratic only within a group, and groups are small (one noun), so linear in practice;
 * the cap keeps a page of 10,000 "people" bounded all the same.
 */
export function linkFigures(text: string, figures: FigureFinding[], nouns: ReadonlyMap<string, string | null>): void {
  const groups = new Map<string, FigureFinding[]>();
  for (const f of figures) {
    // "a 17-year-old", "a six-mile walk": the noun inside the figure makes it a modifier, not a quantity told.
    const modifier = f.unit !== null && f.text.toLowerCase().endsWith(f.unit.toLowerCase()) && /-/.test(f.text);
    f.group = modifier ? null : groupKey(f, nouns.get(f.id) ?? null);
    f.conflicts = [];
    if (!f.group) continue;
    const list = groups.get(f.group) ?? [];
    list.push(f);
    groups.set(f.group, list);
  }
  for (const list of groups.values()) {
    const capped = list.slice(0, 200);
    for (let i = 0; i < capped.length; i += 1)
      for (let j = i + 1; j < capped.length; j += 1) {
        const a = capped[i];
        const b = capped[j];
        if (!a || !b || !disagree(a, b) || !sameStory(text, a, b)) continue;
        a.conflicts.push(b.id);
        b.conflicts.push(a.id);
      }
  }
}

// Words too common to show that two sentences tell the same thing.
const STOP = new Set(
  (
    'that this with from have have been were said says saying told about than more them they their there which ' +
    'would could should will also some into over after before when where what while other these those such ' +
    'only just very most many much each both percent cent people year years according'
  ).split(' '),
);

/** Content words in the sentence stretch around a figure. */
function contextWords(text: string, f: FigureFinding): Set<string> {
  const start = Math.max(0, (f.start ?? 0) - 60);
  const end = Math.min(text.length, (f.end ?? 0) + 60);
  const words =
    text
      .slice(start, end)
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)));
}

/**
 * Two figures of one noun tell the same thing only if their sentences share two content words
 * besides the noun ("800,000 people displaced" and "700,000 displaced people"): polls give many
 * "percent of voters" that answer different questions.
 */
function sameStory(text: string, a: FigureFinding, b: FigureFinding): boolean {
  const noun = (a.unit ?? '').toLowerCase();
  const x = contextWords(text, a);
  let shared = 0;
  for (const w of contextWords(text, b)) if (x.has(w) && singular(w) !== singular(noun)) shared += 1;
  return shared >= 2;
}
