import { amountWith } from './amount-shape';
import { continueScaled, readScientific } from './notation';
import { articleFraction, extendWordFraction, readRatio } from './ratios';
import { isWord, numeralValue, type Token } from './tokens';
import { readNumberWords } from './word-run';
import { DOZENS, fractionWord, ordinalWord, SCALES } from './words';

/** A number as written, before what it measures is known. Indices are token indices. */
export type Amount = {
  start: number;
  next: number;
  value: number;
  /** A scale word or suffix multiplied it ("1.5m", "three million"). */
  scaled: boolean;
  ordinal: boolean;
  fraction: boolean;
  /** Plain digits with no grouping, sign, scale or fraction: could be a year. */
  bare: boolean;
  /** Written against a lower-case "m", which is million or metre depending on what follows. */
  mSuffix: boolean;
};

// Suffixes written against the digits: "10k", "£1.2bn", "€10B", "$2.174T".
const TIGHT_SUFFIX: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  MM: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  m: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
  T: 1e12,
};
const SPACED_SUFFIX = new Set(['k', 'K', 'M']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const UNICODE_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 0.2,
  '⅙': 1 / 6,
  '⅛': 0.125,
};
const HALF_BEFORE = new Set([
  'a',
  'than',
  'about',
  'nearly',
  'almost',
  'over',
  'by',
  'around',
  'roughly',
  'and',
  'one',
  'just',
  'only',
  // "die Hälfte", "der Hälfte", "la moitié", "la mitad", "a metade", "la metà".
  'die',
  'der',
  'la',
]);

// Ordinals before "half" that make it a part of a period ("the first half of the year").
const HALF_PERIOD = new Set(['first', 'second', 'latter', 'final']);
// Units told as "a year and a half": the amount is one and a half of them.
const ONE_AND_A_HALF_UNITS = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'decade',
  'century',
  'mile',
  'dozen',
  'inch',
  'foot',
  'kilometre',
  'kilometer',
  'metre',
  'meter',
  'litre',
  'liter',
  'pound',
  'season',
  'term',
]);

// Events named by their date, which read as fractions: "since 9/11", "the 7/7 bombings".
const SLASH_NAMES = new Set(['9/11', '7/7']);

/** "2022/23", "2019/2020", "2010-11": a season or financial year, the second year right after the first. */
export function isSeason(first: number, second: number): boolean {
  return first >= 1900 && first <= 2100 && (second === first + 1 || second === (first + 1) % 100);
}

/** `5/8`-style fraction at `i`; null when it is an identifier such as 24/7. */
function slashFraction(tokens: readonly Token[], i: number): { value: number; next: number } | null | undefined {
  const slash = tokens[i + 1];
  const den = tokens[i + 2];
  if (slash?.text !== '/' || slash.gap || den?.kind !== 'num' || den.gap) return undefined;
  const a = numeralValue(tokens[i]?.text ?? '');
  const b = numeralValue(den.text);
  // "the 2022/23 season": two years, read as a span by the range reader.
  if (isSeason(a, b)) return undefined;
  if (!(a < b && b <= 100 && Number.isInteger(a) && Number.isInteger(b))) return null;
  if (SLASH_NAMES.has(`${a}/${b}`)) return null;
  return { value: a / b, next: i + 3 };
}

/** Digits at `i` with their grouping, fraction, ordinal suffix and scale. */
function readDigits(tokens: readonly Token[], i: number): Amount | 'skip' | undefined {
  const token = tokens[i];
  const alone = UNICODE_FRACTIONS[token?.text ?? ''];
  if (alone !== undefined)
    return {
      start: i,
      next: i + 1,
      value: alone,
      scaled: false,
      ordinal: false,
      fraction: true,
      bare: false,
      mSuffix: false,
    };
  if (token?.kind !== 'num') return undefined;
  // "021" or the "00" of "5,00" is a code or a foreign decimal, not a count.
  if (/^0\d/.test(token.text)) return 'skip';
  const base: Amount = {
    start: i,
    next: i + 1,
    value: 0,
    scaled: false,
    ordinal: false,
    fraction: false,
    bare: false,
    mSuffix: false,
  };
  const frac = slashFraction(tokens, i);
  if (frac === null) return 'skip';
  if (frac) return amountWith(base, { value: frac.value, next: frac.next, fraction: true });
  let value = numeralValue(token.text);
  let next = i + 1;
  let fraction = false;
  // "2 1/2", "10 1/2 miles", "2½"
  // "1-1/2 year": the hyphen joins a whole number and its fraction, as a space does.
  const hyphened =
    tokens[next]?.text === '-' && !tokens[next]?.gap && tokens[next + 1]?.kind === 'num' && !tokens[next + 1]?.gap;
  const mixed =
    tokens[next]?.kind === 'num' ? slashFraction(tokens, next) : hyphened ? slashFraction(tokens, next + 1) : undefined;
  if (mixed && Number.isInteger(value)) {
    value += mixed.value;
    next = mixed.next;
    fraction = true;
  } else if (UNICODE_FRACTIONS[tokens[next]?.text ?? ''] !== undefined && !tokens[next]?.gap) {
    value += UNICODE_FRACTIONS[tokens[next]?.text ?? ''] ?? 0;
    next += 1;
    fraction = true;
  }
  const after = tokens[next];
  const sci = fraction ? undefined : readScientific(tokens, next, value);
  if (sci) return amountWith(base, { value: sci.value, next: sci.next });
  if (after && !after.gap && after.kind === 'word' && ORDINAL_SUFFIX.has(after.lower) && !fraction)
    return amountWith(base, { value, next: next + 1, ordinal: true });
  // "2.33 k" at the end of a phrase: a spaced suffix only where nothing else could follow.
  const spacedSuffix =
    after?.gap === true && SPACED_SUFFIX.has(after.text) && !['word', 'num'].includes(tokens[next + 1]?.kind ?? '');
  if (after && (!after.gap || spacedSuffix) && after.kind === 'word' && TIGHT_SUFFIX[after.text] !== undefined) {
    // "24703m2" is square metres: leave the letters for the unit reader.
    if (tokens[next + 1] && !tokens[next + 1]?.gap && tokens[next + 1]?.kind !== 'sym')
      return amountWith(base, { value, next, bare: false });
    return amountWith(base, {
      value: value * (TIGHT_SUFFIX[after.text] ?? 1),
      next: next + 1,
      scaled: true,
      mSuffix: after.text === 'm',
    });
  }
  const scaleWord = after?.lower ?? '';
  const scale = scaleWord === 'hundred' ? 100 : DOZENS.has(scaleWord) ? 12 : SCALES[scaleWord];
  if (after && after.kind === 'word' && scale !== undefined) {
    // "3 million and a half"
    if (
      isWord(tokens, next + 1, 'and') &&
      isWord(tokens, next + 2, 'a') &&
      isWord(tokens, next + 3, 'half', 'quarter')
    ) {
      const part = tokens[next + 3]?.lower === 'half' ? 0.5 : 0.25;
      return amountWith(base, { value: (value + part) * scale, next: next + 4, scaled: true, fraction: true });
    }
    const more = fraction || scale === 12 ? undefined : continueScaled(tokens, next + 1, value * scale, scale);
    return amountWith(base, {
      value: more?.value ?? value * scale,
      next: more?.next ?? next + 1,
      scaled: true,
      fraction,
    });
  }
  const bare = !fraction && /^\d{4}$/.test(token.text);
  return amountWith(base, { value, next, fraction, bare });
}

/** Number words at `i`, with the special cases of "half" and "a third of". */
function readWords(tokens: readonly Token[], i: number): Amount | undefined {
  const token = tokens[i];
  if (token?.kind !== 'word') return undefined;
  const base: Amount = {
    start: i,
    next: i + 1,
    value: 0,
    scaled: false,
    ordinal: false,
    fraction: true,
    bare: false,
    mSuffix: false,
  };
  const w = token.lower;
  // "Big Machine have twice denied", "won the Champions League twice": how many times.
  if (w === 'twice' || w === 'thrice') return amountWith(base, { value: w === 'twice' ? 2 : 3, fraction: false });
  // Everything but the last line below is a fraction.
  const scaleAfter = (j: number, value: number): Amount => {
    const scale = SCALES[tokens[j]?.lower ?? ''] ?? (tokens[j]?.lower === 'dozen' ? 12 : undefined);
    return scale
      ? amountWith(base, { value: value * scale, next: j + 1, scaled: true })
      : amountWith(base, { value, next: j });
  };
  if (w === 'quarter' && SCALES[tokens[i + 1]?.lower ?? '']) return scaleAfter(i + 1, 0.25);
  // "the first half of next year", "the second half of the season": a part of a period, not an amount.
  if (w === 'half' && HALF_PERIOD.has(tokens[i - 1]?.lower ?? '')) return undefined;
  // "a year and a half", "an hour and a half": one and a half of the unit.
  if ((w === 'a' || w === 'an') && ONE_AND_A_HALF_UNITS.has(tokens[i + 1]?.lower ?? ''))
    if (isWord(tokens, i + 2, 'and') && isWord(tokens, i + 3, 'a') && isWord(tokens, i + 4, 'half'))
      return amountWith(base, { value: 1.5, next: i + 5 });
  if (w === 'half') {
    // "half a million", "half a dozen"; a bare "half" only where it reads as an amount.
    if (isWord(tokens, i + 1, 'a', 'an') && scaleAfter(i + 2, 0.5).scaled) return scaleAfter(i + 2, 0.5);
    if (SCALES[tokens[i + 1]?.lower ?? '']) return scaleAfter(i + 1, 0.5);
    if (HALF_BEFORE.has(tokens[i - 1]?.lower ?? '') || isWord(tokens, i + 1, 'of'))
      return amountWith(base, { value: 0.5, next: i + 1, start: tokens[i - 1]?.lower === 'a' ? i - 1 : i });
    return undefined;
  }
  if ((w === 'a' || w === 'an' || w === 'one') && tokens[i + 1]) {
    const word = tokens[i + 1]?.lower ?? '';
    const den = word === 'quarter' || word === 'half' ? fractionWord(word) : ordinalWord(word);
    const follower = tokens[i + 2];
    const free =
      !follower || follower.kind === 'sym' || ['of', 'than', 'million', 'billion', 'trillion'].includes(follower.lower);
    if (den !== undefined && (den > 2 || word === 'half') && free) return scaleAfter(i + 2, 1 / den);
  }
  const ord = ordinalWord(w);
  if (ord !== undefined) return amountWith(base, { value: ord, next: i + 1, ordinal: true, fraction: false });
  const run = readNumberWords(tokens, i);
  if (!run) return undefined;
  return amountWith(base, {
    value: run.value,
    next: run.next,
    scaled: run.scaled,
    ordinal: run.ordinal,
    fraction: run.fraction,
  });
}

/** Currency signs a minus may follow: "$-50.8bn". */
const SIGNED_AFTER = new Set(['$', '€', '£', '¥']);

/** The number starting at token `i`, "skip" for an identifier that must not be read, or undefined. */
export function readAmount(tokens: readonly Token[], i: number): Amount | 'skip' | undefined {
  const read = readDigits(tokens, i) ?? articleFraction(tokens, i) ?? readWords(tokens, i);
  if (!read || read === 'skip') return read;
  const words = tokens[read.start]?.kind === 'word' ? extendWordFraction(tokens, read.start, read) : read;
  const amount = readRatio(tokens, words) ?? words;
  const prev = tokens[i - 1];
  const sign = prev !== undefined && (prev.text === '-' || prev.text === '−') && !tokens[i]?.gap;
  // A sign touching the digits: "-5", "−9.2", "$-50.8bn" (the sign after the currency); "minus five", "negative one".
  if (sign && (prev.gap || i === 1 || SIGNED_AFTER.has(tokens[i - 2]?.text ?? '')) && tokens[i - 2]?.kind !== 'num')
    return amountWith(amount, { start: i - 1, value: -amount.value, bare: false });
  // "minus-5 yards"
  if (sign && !prev.gap && tokens[i - 2]?.lower === 'minus')
    return amountWith(amount, { start: i - 2, value: -amount.value, bare: false });
  // "plus or minus 4 points" is a margin of error, not a negative figure.
  const margin = prev?.lower === 'minus' && tokens[i - 2]?.lower === 'or' && tokens[i - 3]?.lower === 'plus';
  if (prev && !margin && (prev.lower === 'minus' || prev.lower === 'negative'))
    return amountWith(amount, { start: i - 1, value: -amount.value, bare: false });
  return amount;
}

/** A vague figure: "thousands of", "tens of thousands", "dozens", "several hundred". */
export type Vague = {
  start: number;
  next: number;
  value: number;
  /** "tens of thousands" is 10,000-100,000: a plural power of ten spans one order of magnitude; else null. */
  range: [number, number] | null;
};
const POWER_OF_TEN = (n: number): boolean => Number.isInteger(Math.log10(n));
const span = (value: number): [number, number] | null => (POWER_OF_TEN(value) ? [value, value * 10] : null);
const VAGUE: Readonly<Record<string, number>> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
const FEW = new Set(['several', 'few', 'many', 'some']);

/** Reads a vague figure at `i`; value is its order of magnitude. */
export function readVague(tokens: readonly Token[], i: number): Vague | undefined {
  const w = tokens[i]?.lower ?? '';
  if (FEW.has(w) || (w === 'a' && tokens[i + 1]?.lower === 'few')) {
    const j = w === 'a' ? i + 2 : i + 1;
    const scale =
      tokens[j]?.lower === 'hundred' ? 100 : tokens[j]?.lower === 'dozen' ? 12 : SCALES[tokens[j]?.lower ?? ''];
    if (scale !== undefined && (tokens[j]?.lower.length ?? 0) > 3)
      return { start: i, next: j + 1, value: scale, range: null };
    return undefined;
  }
  // "a couple of big name US politicians", "a couple hours": about two; "a couple who" is a pair of people.
  if (w === 'a' && isWord(tokens, i + 1, 'couple')) {
    const after = tokens[i + 2]?.lower ?? '';
    return after === 'of' || /[^s]s$/.test(after) ? { start: i, next: i + 2, value: 2, range: null } : undefined;
  }
  const magnitude = VAGUE[w];
  if (magnitude === undefined) return undefined;
  const hasOf = isWord(tokens, i + 1, 'of');
  if ((w === 'tens' || w === 'scores') && !hasOf) return undefined;
  const inner = hasOf ? VAGUE[tokens[i + 2]?.lower ?? ''] : undefined;
  // "tens of thousands", "hundreds of millions"
  if (inner !== undefined && inner > magnitude)
    return { start: i, next: i + 3, value: magnitude * inner, range: span(magnitude * inner) };
  return { start: i, next: i + 1, value: magnitude, range: span(magnitude) };
}
