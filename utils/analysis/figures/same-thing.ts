import type { FigureFinding } from '../types';
import type { Frame, Span } from './frames';

// Words that make a figure a point of comparison, not a second telling of the same figure:
// "down 16 percent from 436,219", "the previous 15-inch base", "up from 60 percent".
const COMPARE = new Set(
  (
    'from than compared versus previous previously prior earlier last ago former formerly originally initially ' +
    'up down rose fell grew dropped increased decreased doubled halved tripled jumped climbed declined plunged ' +
    'surged target goal forecast projected instead next another remaining remain remained still now final'
  ).split(' '),
);
// Joins between two figures of one sentence that set them side by side: "48% chose Clinton while 45%...".
const CONTRAST = /\b(?:while|whereas|but|and|or|compared|versus|vs|than|from|to|against|respectively)\b|[;:]/i;
// A rate is not a total: "$15 an hour", "3 per cent a year", "20 per head".
const RATE =
  /^\s*(?:\p{L}+\s+)?(?:per|a|an|each|every)\s+(?:year|month|week|day|hour|head|person|capita|game|match|night|share|unit)\b|^\s*(?:\p{L}+\s*)?\/|^\s*apiece\b/iu;
const BEFORE_CHARS = 40;
const AFTER_CHARS = 30;

/** Everything the comparison needs to know about one figure. */
export type Mention = {
  figure: FigureFinding;
  frame: Frame;
  /** Years and dates in its sentence. */
  times: string;
  /** Values of the other counts, sums and percentages in its sentence. */
  companions: Set<number>;
};

/** Figures that are one end of a range as written: "25−26 см", "16-18". */
export function isRangePart(text: string, f: FigureFinding): boolean {
  if (f.range) return true;
  const before = text.slice(Math.max(0, (f.start ?? 0) - 3), f.start ?? 0);
  const after = text.slice(f.end ?? 0, (f.end ?? 0) + 3);
  return /\d\s?[-–−—]\s?$/.test(before) || /^\s?[-–−—]\s?\d/.test(after);
}

/**
 * A slip of the keyboard: 80,000 for 800,000 (a zero more or less) or 21 for 12 (digits
 * swapped). Such pairs are compared even when far apart in value.
 */
export function misplacedZero(a: FigureFinding, b: FigureFinding): boolean {
  if (a.value === null || b.value === null || a.value <= 0 || b.value <= 0) return false;
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  if (Math.min(a.value, b.value) >= 100 && Math.abs(ratio - 10) < 1e-9) return true;
  const digits = (v: number): string => [...String(v)].sort().join('');
  return Number.isInteger(a.value) && a.value >= 10 && a.value !== b.value && digits(a.value) === digits(b.value);
}

function wordsNear(text: string, f: FigureFinding, clause: Span): string[] {
  const before = text.slice(Math.max(clause.start, (f.start ?? 0) - BEFORE_CHARS), f.start ?? 0);
  const after = text.slice(f.end ?? 0, Math.min(clause.end, (f.end ?? 0) + AFTER_CHARS));
  return `${before} ${after}`.toLowerCase().match(/\p{L}+/gu) ?? [];
}

const isComparison = (text: string, m: Mention): boolean =>
  wordsNear(text, m.figure, m.frame.clause).some((w) => COMPARE.has(w));
// "334 of the 865 delegates": the second is the whole the first is part of.
const PART_OF = /\d\s+(?:\p{L}+\s+)?of\s+(?:the\s+|those\s+|its\s+|their\s+)?$/u;
const isWhole = (text: string, f: FigureFinding): boolean =>
  PART_OF.test(text.slice(Math.max(0, (f.start ?? 0) - 30), f.start ?? 0));
const isRate = (text: string, m: Mention): boolean =>
  RATE.test(text.slice(m.figure.end ?? 0, (m.figure.end ?? 0) + AFTER_CHARS));
// "hadn't done it against 30 teams" and "did it against 28 teams" are not one statement.
const NEGATION = /\b(?:not|no|never|nor|without)\b|n['’]t\b/i;
const negated = (text: string, m: Mention): boolean =>
  NEGATION.test(text.slice(m.frame.clause.start, m.frame.clause.end));
const indefinite = (text: string, f: FigureFinding): boolean =>
  /\ban?\s+$/i.test(text.slice((f.start ?? 0) - 4, f.start ?? 0));

function shared<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  let n = 0;
  for (const v of x) if (y.has(v)) n += 1;
  return n;
}

/** Each side names someone the other does not: "48% chose Clinton" and "48% chose Rubio". */
function differentNames(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return shared(x, y) < x.size && shared(x, y) < y.size;
}

/**
 * Reasons two figures of one noun are explicitly different things: parts of a range, two
 * figures set side by side in one sentence, different years, a comparison or change, a rate
 * against a total, two of a kind ("a $15 wage", "a $12 wage"), or different people named.
 */
export function differentThings(text: string, a: Mention, b: Mention): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (isRangePart(text, fa) || isRangePart(text, fb)) return true;
  if (a.frame.sentence.start === b.frame.sentence.start) {
    const [first, second] = (fa.start ?? 0) < (fb.start ?? 0) ? [fa, fb] : [fb, fa];
    if (!misplacedZero(fa, fb) || CONTRAST.test(text.slice(first.end ?? 0, second.start ?? 0))) return true;
  }
  // A year or date on one side only is common (headlines carry none); two different ones are not.
  if (a.times && b.times && a.times !== b.times) return true;
  // Sentences whose other figures differ too describe different sets ("22 emails across seven
  // chains", "18 emails in eight chains"): a slip changes one figure, not all of them.
  if (a.companions.size > 0 && b.companions.size > 0 && shared(a.companions, b.companions) === 0) return true;
  if (isComparison(text, a) || isComparison(text, b)) return true;
  if (isWhole(text, fa) !== isWhole(text, fb)) return true;
  if (isRate(text, a) !== isRate(text, b)) return true;
  if (negated(text, a) !== negated(text, b)) return true;
  if (indefinite(text, fa) && indefinite(text, fb)) return true;
  return differentNames(a.frame.names, b.frame.names);
}

/**
 * Whether two figures of one noun describe the same thing: the same event or verb next to
 * each ("800,000 people have been displaced" / "700,000 people had fled") and most of their
 * nearby words in common; percentages, which answer many poll questions, need two words in
 * common. A misplaced zero is evidence enough when nothing around says otherwise.
 */
export function sameThing(text: string, a: Mention, b: Mention): boolean {
  if (differentThings(text, a, b)) return false;
  const x = a.frame;
  const y = b.frame;
  const common = shared(x.words, y.words);
  if (misplacedZero(a.figure, b.figure)) return common > 0 || x.words.size === 0 || y.words.size === 0;
  if (shared(x.head, y.head) === 0) return false;
  // One sentence pattern with one slot changed is a list or a contrast: "three reasons to be
  // optimistic", "four reasons to be pessimistic"; a retelling adds words on one side only.
  if (common >= 2 && common < x.words.size && common < y.words.size) return false;
  const needed = a.figure.figureKind === 'percent' ? 2 : 1;
  return common >= needed && common >= Math.min(x.words.size, y.words.size) / 2;
}
