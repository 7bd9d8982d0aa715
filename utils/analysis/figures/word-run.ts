import type { Token } from './tokens';
import { DOZENS, fractionWord, ONES, ordinalWord, SCALE_ORDINALS, SCALES, TENS } from './words';

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
  /** The run is only a denominator ("twenty-fifths"): its number is in the run before it ("three twenty-fifths"). */
  denominator: number | null;
};

/** Where the cardinal part of a run stopped, for the fraction and ordinal endings. */
type RunState = {
  j: number;
  total: number;
  current: number;
  /** The ones-and-tens group being built ("two hundred and *fifty-four* hundredths"). */
  group: number;
  last: 'ones' | 'tens' | 'hundred' | 'scale' | null;
  lastScale: number;
  /** Set when "and" follows a scale: "two million and three fifths" is a fraction of a million. */
  scaleBeforeAnd: number;
  sawAnd: boolean;
  /** The last tens word and whether "and" came just before it ("hundred and thirty fifths"). */
  tens: number;
  andBeforeTens: boolean;
  scaled: boolean;
};

const isNumberWord = (lower: string | undefined): boolean =>
  lower !== undefined &&
  (ONES[lower] !== undefined || TENS[lower] !== undefined || lower === 'hundred' || SCALES[lower] !== undefined);

/** The cardinal words from `i`: "eight hundred", "twenty-one", "a dozen", "three hundred and six". */
function readCardinal(tokens: readonly Token[], i: number): RunState | undefined {
  const s: RunState = {
    j: i,
    total: 0,
    current: 0,
    group: 0,
    last: null,
    lastScale: 1,
    scaleBeforeAnd: 0,
    sawAnd: false,
    tens: 0,
    andBeforeTens: false,
    scaled: false,
  };
  let used = false;
  const first = tokens[i];
  const second = tokens[i + 1]?.lower;
  // "a hundred", "a dozen": the article stands for one; "hundred thousand dollars" too.
  if (first && (first.lower === 'a' || first.lower === 'an')) {
    if (second === undefined || !(second === 'hundred' || DOZENS.has(second) || SCALES[second] !== undefined))
      return undefined;
    s.current = 1;
    s.group = 1;
    s.j += 1;
    s.last = 'ones';
    used = true;
  } else if (first?.lower === 'hundred' && second && SCALES[second] !== undefined && second.length > 3) {
    s.current = 1;
    used = true;
  }
  for (; s.j < tokens.length; s.j += 1) {
    const token = tokens[s.j];
    if (!token || (token.kind !== 'word' && token.kind !== 'sym')) break;
    const w = token.lower;
    if (ONES[w] !== undefined) {
      if (s.last === 'ones' || (s.last === 'tens' && (ONES[w] ?? 0) >= 10)) break;
      s.current += ONES[w] ?? 0;
      s.group += ONES[w] ?? 0;
      s.last = 'ones';
    } else if (TENS[w] !== undefined) {
      if (s.last === 'ones' || s.last === 'tens') break;
      s.current += TENS[w] ?? 0;
      s.group += TENS[w] ?? 0;
      s.tens = TENS[w] ?? 0;
      s.andBeforeTens = tokens[s.j - 1]?.lower === 'and';
      s.last = 'tens';
    } else if (w === 'hundred' && used) {
      s.current = (s.current || 1) * 100;
      s.group = 0;
      s.last = 'hundred';
      s.scaled = true;
    } else if (SCALES[w] !== undefined && w.length > 3 && (used || s.last === 'ones')) {
      // "three lakh crore": a scale after a scale multiplies what came before.
      if (s.current === 0 && s.total > 0) s.total *= SCALES[w] ?? 1;
      else s.total += (s.current || 1) * (SCALES[w] ?? 1);
      s.lastScale = SCALES[w] ?? 1;
      s.current = 0;
      s.group = 0;
      s.last = 'scale';
      s.scaled = true;
    } else if (DOZENS.has(w) && (used || s.current === 1)) {
      s.current = s.current - s.group + (s.group || 1) * 12;
      s.group = 0;
      s.last = 'scale';
      s.scaled = true;
    } else if (w === '-' && s.last === 'tens' && ONES[tokens[s.j + 1]?.lower ?? ''] !== undefined) {
      continue;
    } else if (
      w === 'and' &&
      used &&
      (s.last === 'hundred' || s.last === 'scale') &&
      isNumberWord(tokens[s.j + 1]?.lower)
    ) {
      s.scaleBeforeAnd = s.last === 'scale' ? s.lastScale : 0;
      s.group = 0;
      s.sawAnd = true;
      continue;
    } else {
      break;
    }
    used = true;
  }
  return used || s.current !== 0 ? s : undefined;
}

/**
 * Reads number words from `i`: "eight hundred", "twenty-one", "a dozen", "two-thirds",
 * "one and a half", "three hundred and six", "twenty-fifth", "fifty-four hundredths",
 * "five point seven". Undefined when none start there.
 */
export function readNumberWords(tokens: readonly Token[], i: number): WordNumber | undefined {
  const s = readCardinal(tokens, i);
  if (!s) return undefined;
  let { j } = s;
  let value = s.total + s.current;
  let ordinal = false;
  let fraction = false;
  let denominator: number | null = null;
  // The fraction after "and" in "two million and three fifths", which a smaller scale may follow.
  let part: number | null = null;
  let scaled = s.scaled;
  // "five-and-a-half years": "five and a half" written as one hyphenated word.
  const joined = (k: number, word: string): boolean =>
    tokens[k]?.text === '-' && !tokens[k]?.gap && tokens[k + 1]?.lower === word;
  const half =
    joined(j, 'and') && (joined(j + 2, 'a') || joined(j + 2, 'one')) && tokens[j + 4]?.text === '-'
      ? fractionWord(tokens[j + 5]?.lower ?? '')
      : undefined;
  if (half !== undefined && !tokens[j + 5]?.gap)
    return {
      value: value + (s.last === 'scale' ? s.lastScale : 1) / half,
      next: j + 6,
      ordinal,
      fraction: true,
      scaled,
      denominator,
    };
  const after = tokens[j];
  if (after?.lower === 'and' && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'one')) {
    // "one and a half", "one billion and a half million"
    const word = tokens[j + 2]?.lower ?? '';
    const den = fractionWord(word) ?? (word === 'second' ? undefined : ordinalWord(word));
    const smaller = SCALES[tokens[j + 3]?.lower ?? ''];
    if (den !== undefined && smaller !== undefined && smaller < s.lastScale) {
      value += smaller / den;
      j += 4;
      return { value, next: j, ordinal, fraction: true, scaled: true, denominator };
    }
    if (den !== undefined) {
      value += (s.last === 'scale' ? s.lastScale : 1) / den;
      j += 3;
      fraction = true;
    }
  } else if (after) {
    // A hyphen written tight ("two-thirds") or spaced on both sides ("one - fourth").
    const hyphen = after.text === '-' && (!after.gap || tokens[j + 1]?.gap === true) ? 1 : 0;
    const word = tokens[j + hyphen];
    const lower = word?.lower ?? '';
    const den = fractionWord(lower) ?? (s.last === 'tens' && lower === 'firsts' ? 1 : undefined);
    const ord = ordinalWord(lower);
    const single = value === 1 && den === undefined && ord !== undefined && ord > 2 && hyphen === 1;
    if (word && (single || den !== undefined)) {
      let d = den ?? ord ?? 1;
      let numerator = value;
      // "thirty fifths" is 35ths: the tens word belongs to the denominator, unless "and" tied it to a hundred.
      if (den !== undefined && s.last === 'tens' && d < 10 && !s.andBeforeTens) {
        d += s.tens;
        numerator = value - s.tens;
      }
      if (numerator === 0) {
        // Alone, "twenty fifths" is 20/5; after another run ("three twenty-fifths") it is the denominator 25.
        denominator = d;
        value /= den ?? ord ?? 1;
      } else if (s.scaleBeforeAnd && s.current === s.group) {
        part = s.group / d;
        value = s.total + part * s.scaleBeforeAnd;
      }
      // "two hundred and fifty-four hundredths" is 200.54; "one hundred and thirty fifths" is 130/5.
      else if (s.sawAnd && s.group > 0 && s.group < d) value = value - s.group + s.group / d;
      else value = numerator / d;
      j += hyphen + 1;
      fraction = true;
    } else if (word && ord !== undefined && SCALE_ORDINALS.has(lower) && !hyphen) {
      // "two hundredth", "three trillionth"
      value *= ord;
      j += 1;
      ordinal = true;
    } else if (word && ord !== undefined && s.last === 'tens' && ord < 10 && !hyphen === word.gap) {
      // "twenty-first", "one hundred twenty fifth"
      value += ord;
      j += hyphen + 1;
      ordinal = true;
    } else if (word && ord !== undefined && (value === 1 || (s.last === 'hundred' && ord < 100)) && !hyphen) {
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
  if (!fraction && !ordinal && tokens[j]?.lower === 'point') {
    const decimals = pointDigits(tokens, j + 1);
    if (decimals) {
      value = Number(`${value}.${decimals.digits}`);
      j = decimals.next;
    }
  }
  // "three quarters billion"; "one billion and three quarters million" adds a fraction of the smaller scale.
  const scaleAfter = fraction ? SCALES[tokens[j]?.lower ?? ''] : undefined;
  if (scaleAfter !== undefined && tokens[j]?.kind === 'word') {
    value = part !== null && scaleAfter < s.lastScale ? s.total + part * scaleAfter : value * scaleAfter;
    j += 1;
    scaled = true;
  }
  return { value, next: j, ordinal, fraction, scaled, denominator };
}

/** Digits after "point": "zero three", "seventy-one", "eleven". */
function pointDigits(tokens: readonly Token[], k: number): { digits: string; next: number } | undefined {
  const first = tokens[k]?.lower ?? '';
  if (TENS[first] !== undefined || (ONES[first] ?? 0) >= 10) {
    const run = readCardinal(tokens, k);
    return run && run.current < 100 ? { digits: String(run.current), next: run.j } : undefined;
  }
  let digits = '';
  for (let d = ONES[tokens[k]?.lower ?? '']; d !== undefined && d < 10; d = ONES[tokens[k]?.lower ?? '']) {
    digits += String(d);
    k += 1;
  }
  return digits ? { digits, next: k } : undefined;
}
