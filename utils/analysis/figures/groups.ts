import type { FigureFinding } from '../types';
import { UPPER_BOUND } from './bounds';
import { latinScript } from './frames';
import { Mentions } from './mentions';
import { LOWER_BOUND } from './qualifiers';
import { differentThings, misplacedZero, sameThing } from './same-thing';

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
// Nouns a story uses for many unrelated things at once: durations, ages, poll points, "others", scores (6-4, 7-5).
const NOT_QUANTITIES = new Set(
  'year month week day hour minute second decade century time point way other total more times figure score'.split(' '),
);
const GROUPED_KINDS = new Set<FigureFinding['figureKind']>(['count', 'approximate', 'money', 'percent', 'quantity']);

// Words read after a number that cannot be what it counts.
const FUNCTION_WORDS = new Set(
  'the and for but nor yet that this with from than then who whom which what when where while if per via are was were has had have'.split(
    ' ',
  ),
);

/** A word that can be what a figure counts: not "randomly", "de" or "if" read after a number. */
function countable(word: string): boolean {
  return !NOT_QUANTITIES.has(word) && !FUNCTION_WORDS.has(word) && word.length > 2 && !/ly$/.test(word);
}

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
    return unit && countable(unit) ? `${change}count:${unit}` : null;
  }
  if (!noun || !countable(singular(noun))) return null;
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
  // Close values (800,000 vs 700,000), a misplaced zero (80,000 vs 800,000) or swapped digits;
  // figures further apart ("$214.9bn" vs "$28.6bn offshore") are usually different things of one kind.
  const a0 = finite(x);
  const b0 = finite(y);
  if (a0 <= 0 || b0 <= 0) return false;
  const ratio = Math.max(a0, b0) / Math.min(a0, b0);
  return ratio < 1.5 || misplacedZero(a, b);
}

/** The finite end of an interval nearest to what was written. */
function finite([lo, hi]: [number, number]): number {
  return Math.abs(lo === -Infinity ? hi : lo);
}

/**
 * Fills `group` and `conflicts` on the article's figures: figures with the same key are
 * grouped; within a group, each figure lists the ids of those whose value it contradicts
 * while its words say it is the same thing (see same-thing.ts). A headline or standfirst
 * figure is also compared with noun-less figures of the body told with the same event.
 * Quadratic only within a group, and groups are small (one noun), so linear in practice;
 * the cap keeps a page of 10,000 "people" bounded all the same.
 */
export function linkFigures(text: string, figures: FigureFinding[], nouns: ReadonlyMap<string, string | null>): void {
  const groups = new Map<string, FigureFinding[]>();
  for (const f of figures) {
    f.group = isModifier(f) ? null : groupKey(f, nouns.get(f.id) ?? null);
    f.conflicts = [];
    if (!f.group) continue;
    const list = groups.get(f.group) ?? [];
    list.push(f);
    groups.set(f.group, list);
  }
  // The frames are read with English words; other scripts keep their groups but are not compared.
  if (!latinScript(text)) return;
  const mentions = new Mentions(text, figures, nouns);
  const link = (a: FigureFinding, b: FigureFinding): void => {
    if (a.conflicts.includes(b.id)) return;
    a.conflicts.push(b.id);
    b.conflicts.push(a.id);
  };
  for (const list of groups.values()) {
    const capped = list.slice(0, 200);
    for (let i = 0; i < capped.length; i += 1)
      for (let j = i + 1; j < capped.length; j += 1) {
        const a = capped[i];
        const b = capped[j];
        if (a && b && disagree(a, b) && sameThing(text, mentions.of(a), mentions.of(b))) link(a, b);
      }
  }
  for (const [lead, body] of leadRepeats(text, figures, mentions)) {
    body.group ??= lead.group;
    link(lead, body);
  }
}

/** "a 17-year-old", "a six-mile walk": the noun inside the figure makes it a modifier, not a quantity told. */
function isModifier(f: FigureFinding): boolean {
  return f.unit !== null && f.text.toLowerCase().endsWith(f.unit.toLowerCase()) && /-/.test(f.text);
}

/**
 * Pairs of a headline or standfirst count and a body count told without its noun but with the
 * same event next to it ("800,000 displaced" / "the UN says 700,000 have fled") that disagree.
 */
function leadRepeats(
  text: string,
  figures: readonly FigureFinding[],
  mentions: Mentions,
): [FigureFinding, FigureFinding][] {
  const leadEnd = leadLength(text);
  const counts = figures.filter((f) => COUNTS.has(f.figureKind) && f.value !== null && !isModifier(f));
  const lead = counts.filter((f) => (f.end ?? 0) <= leadEnd);
  const pairs: [FigureFinding, FigureFinding][] = [];
  for (const l of lead)
    for (const b of counts) {
      // Figures with the same noun were compared as a group; here one of the two has no noun.
      if ((b.start ?? 0) < leadEnd || (l.group !== null && b.group !== null) || !disagree(l, b)) continue;
      const x = mentions.of(l, true);
      const y = mentions.of(b, true);
      // The shared head must be what happened ("displaced", "fled"), not a place both mention.
      const events = [...x.frame.head].filter((w) => y.frame.head.has(w) && !x.frame.names.has(w));
      if (events.length > 0 && !differentThings(text, x, y)) pairs.push([l, b]);
    }
  return pairs;
}

const COUNTS = new Set<FigureFinding['figureKind']>(['count']);
const LEAD_PARAGRAPH = 320;

/**
 * Characters of headline and standfirst: the first paragraph, and the second when it is short
 * too and enough paragraphs follow to be the body.
 */
function leadLength(text: string): number {
  const ends = [...text.matchAll(/\n\s*\n|\n/g)].map((m) => m.index + m[0].length);
  const [first, second] = ends;
  if (first === undefined || first > LEAD_PARAGRAPH) return 0;
  return second !== undefined && second - first <= LEAD_PARAGRAPH && ends.length >= 3 ? second : first;
}
