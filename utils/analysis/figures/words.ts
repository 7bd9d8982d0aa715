import type { Token } from './tokens';

/** Cardinal words below twenty. */
export const ONES: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words, also written after digits: "3.2 billion", "£1.2bn". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
};

/** Ordinal words and their value; the plural forms name fractions ("two-thirds"). */
const ORDINAL_BASE: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  nineth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
};

/** Value of an ordinal word ("twelfth" → 12), or undefined. */
export function ordinalWord(lower: string): number | undefined {
  return ORDINAL_BASE[lower];
}

/** Denominator named by a fraction word: "thirds" → 3, "half" → 2, "quarters" → 4. */
export function fractionWord(lower: string): number | undefined {
  if (lower === 'half' || lower === 'halves') return 2;
  if (lower === 'quarter' || lower === 'quarters') return 4;
  if (lower === 'seconds' || lower === 'firsts') return undefined;
  if (lower.endsWith('s')) return ORDINAL_BASE[lower.slice(0, -1)];
  return undefined;
}

/** What a run of number words came to. */
export type WordNumber = {
  value: number;
  /** Index after the last token used. */
  next: number;
  /** The run ends with an ordinal word ("twenty-first"). */
  ordinal: boolean;
  /** The run ends with a fraction ("two-thirds", "one and a half"). */
  fraction: boolean;
  /** The run used a scale word (hundred, thousand, million...). */
  scaled: boolean;
};

const isNumberWord = (lower: string | undefined): boolean =>
  lower !== undefined &&
  (ONES[lower] !== undefined || TENS[lower] !== undefined || lower === 'hundred' || SCALES[lower] !== undefined);

/**
 * Reads number words from `i`: "eight hundred", "twenty-one", "a dozen", "two-thirds",
 * "one and a half", "three hundred and six", "twenty-fifth". Undefined when none start there.
 */
export function readNumberWords(tokens: readonly Token[], i: number): WordNumber | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let used = false;
  let scaled = false;
  let last: 'ones' | 'tens' | 'hundred' | 'scale' | null = null;
  // The ones-and-tens group being built ("two hundred and *fifty-four* hundredths").
  let group = 0;
  // Set when "and" follows a scale: "two million and three fifths" is a fraction of a million.
  let scaleBeforeAnd = 0;
  let lastScale = 1;
  const first = tokens[j];
  // "a hundred", "an eighth", "a dozen", "a half": the article stands for one.
  if (first && (first.lower === 'a' || first.lower === 'an')) {
    const next = tokens[j + 1]?.lower;
    if (next === undefined || !(next === 'hundred' || next === 'dozen' || SCALES[next] !== undefined)) return undefined;
    current = 1;
    group = 1;
    j += 1;
    last = 'ones';
    used = true;
  }
  for (; j < tokens.length; j += 1) {
    const token = tokens[j];
    if (!token) break;
    const w = token.lower;
    if (token.kind !== 'word' && token.kind !== 'sym') break;
    if (ONES[w] !== undefined) {
      if (last === 'ones' || (last === 'tens' && (ONES[w] ?? 0) >= 10)) break;
      current += ONES[w] ?? 0;
      group += ONES[w] ?? 0;
      last = 'ones';
    } else if (TENS[w] !== undefined) {
      if (last === 'ones' || last === 'tens') break;
      current += TENS[w] ?? 0;
      group += TENS[w] ?? 0;
      last = 'tens';
    } else if (w === 'hundred' && used) {
      current = (current || 1) * 100;
      group = 0;
      last = 'hundred';
      scaled = true;
    } else if (SCALES[w] !== undefined && w.length > 3 && (used || last === 'ones')) {
      // "three lakh crore": a scale after a scale multiplies what came before.
      if (current === 0 && total > 0) total *= SCALES[w] ?? 1;
      else total += (current || 1) * (SCALES[w] ?? 1);
      lastScale = SCALES[w] ?? 1;
      current = 0;
      group = 0;
      last = 'scale';
      scaled = true;
    } else if ((w === 'dozen' || w === 'dozens') && (used || current === 1)) {
      current = current - group + (group || 1) * 12;
      group = 0;
      last = 'scale';
      scaled = true;
    } else if (w === '-' && last === 'tens' && ONES[tokens[j + 1]?.lower ?? ''] !== undefined) {
      continue;
    } else if (w === 'and' && used && (last === 'hundred' || last === 'scale') && isNumberWord(tokens[j + 1]?.lower)) {
      scaleBeforeAnd = last === 'scale' ? lastScale : 0;
      group = 0;
      continue;
    } else {
      break;
    }
    used = true;
  }
  if (!used && current === 0) return undefined;
  let value = total + current;
  let ordinal = false;
  let fraction = false;
  const after = tokens[j];
  // "one and a half", "five and a quarter"
  if (after?.lower === 'and' && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'one')) {
    const word = tokens[j + 2]?.lower ?? '';
    const den = fractionWord(word) ?? (word === 'second' ? undefined : ordinalWord(word));
    if (den !== undefined) {
      value += (last === 'scale' ? lastScale : 1) / den;
      j += 3;
      fraction = true;
    }
  } else if (after) {
    const hyphen = after.text === '-' && !after.gap ? 1 : 0;
    const word = tokens[j + hyphen];
    const den = word ? fractionWord(word.lower) : undefined;
    const ord = word ? ordinalWord(word.lower) : undefined;
    const single = word && value === 1 && den === undefined && ord !== undefined && ord > 2 && hyphen && !word.gap;
    if (word && (single || (den !== undefined && (!hyphen || !word.gap)))) {
      const part = group / (den ?? ord ?? 1);
      value = scaleBeforeAnd && current === group ? total + part * scaleBeforeAnd : value - group + part;
      j += hyphen + 1;
      fraction = true;
    } else if (word && ord !== undefined && last === 'tens' && ord < 10 && !hyphen === word.gap) {
      // "twenty-first", "one hundred twenty fifth"
      value += ord;
      j += hyphen + 1;
      ordinal = true;
    } else if (word && ord !== undefined && (value === 1 || (last === 'hundred' && ord < 100)) && !hyphen) {
      // "one third" is a fraction; "one hundred first" an ordinal
      if (value === 1 && ord > 2) {
        value = 1 / ord;
        fraction = true;
      } else {
        value += ord;
        ordinal = true;
      }
      j += 1;
    }
  }
  // "five point five", "two hundred point zero three"
  if (!fraction && !ordinal && tokens[j]?.lower === 'point') {
    let digits = '';
    let k = j + 1;
    for (let d = ONES[tokens[k]?.lower ?? '']; d !== undefined && d < 10; d = ONES[tokens[k]?.lower ?? '']) {
      digits += String(d);
      k += 1;
    }
    if (digits) {
      value = Number(`${value}.${digits}`);
      j = k;
    }
  }
  // "three quarters billion"
  const scaleAfter = fraction ? SCALES[tokens[j]?.lower ?? ''] : undefined;
  if (scaleAfter !== undefined && tokens[j]?.kind === 'word') {
    value *= scaleAfter;
    j += 1;
    scaled = true;
  }
  return { value, next: j, ordinal, fraction, scaled };
}
