import type { Amount } from './amount';
import { amountWith } from './amount-shape';
import { isWord, numeralValue, type Token } from './tokens';
import { readNumberWords } from './word-run';
import { SCALES } from './words';

const TIME_NOUNS = new Set([
  'years',
  'year',
  'months',
  'month',
  'weeks',
  'week',
  'days',
  'day',
  'hours',
  'hour',
  'minutes',
  'games',
  'matches',
  'attempts',
  'tries',
]);
const NOT_BEFORE_AND = new Set(['between', 'from']);

/** A plain number (digits or words, no fraction) at `k`: the other half of a ratio. */
function plainNumber(tokens: readonly Token[], k: number): { value: number; next: number } | undefined {
  const t = tokens[k];
  if (t?.kind === 'num') {
    const v = numeralValue(t.text);
    return Number.isFinite(v) && !['/', '.', ':'].includes(tokens[k + 1]?.text ?? '')
      ? { value: v, next: k + 1 }
      : undefined;
  }
  const run = readNumberWords(tokens, k);
  return run && !run.fraction && !run.ordinal ? { value: run.value, next: run.next } : undefined;
}

/**
 * A ratio after the amount: "one in five", "9 out of 10", "1 over 3" (the last only where
 * nothing follows, since "$2000 over 3 years" is not a ratio). "5 in 10 years" is a time.
 */
export function readRatio(tokens: readonly Token[], amount: Amount): Amount | undefined {
  if (amount.scaled || amount.fraction || amount.ordinal || amount.value <= 0) return undefined;
  const j = amount.next;
  const link = tokens[j]?.lower;
  const skip = link === 'out' && isWord(tokens, j + 1, 'of') ? 2 : link === 'in' || link === 'over' ? 1 : 0;
  if (!skip) return undefined;
  const den = plainNumber(tokens, j + skip);
  if (!den || den.value === 0 || !Number.isInteger(amount.value)) return undefined;
  const after = tokens[den.next];
  if (link !== 'over' && den.value <= amount.value) return undefined;
  if (link === 'over' && after && (after.kind === 'word' || after.kind === 'num')) return undefined;
  if (link === 'in' && (TIME_NOUNS.has(after?.lower ?? '') || (den.value >= 1900 && den.value <= 2100)))
    return undefined;
  return amountWith(amount, { value: amount.value / den.value, next: den.next, fraction: true, bare: false });
}

/**
 * Word fractions that span two runs: "three twenty-firsts", "one twenty-fifth",
 * "twenty and three fifths", "two thirds of a million". `run` is the first run read at `i`.
 */
export function extendWordFraction(tokens: readonly Token[], i: number, amount: Amount): Amount {
  const j = amount.next;
  if (!amount.fraction && !amount.ordinal) {
    const second = readNumberWords(tokens, j);
    if (second?.denominator)
      return amountWith(amount, { value: amount.value / second.denominator, next: second.next, fraction: true });
    if (second?.ordinal && amount.value === 1 && tokens[i]?.kind === 'word' && second.value > 2)
      return amountWith(amount, { value: 1 / second.value, next: second.next, fraction: true });
    if (isWord(tokens, j, 'and') && !NOT_BEFORE_AND.has(tokens[i - 1]?.lower ?? '')) {
      const part = readNumberWords(tokens, j + 1);
      if (part?.fraction && !part.denominator && part.value < 1)
        return amountWith(amount, { value: amount.value + part.value, next: part.next, fraction: true });
    }
  }
  // "two thirds of a million"
  if (amount.fraction && amount.value < 1 && isWord(tokens, j, 'of') && isWord(tokens, j + 1, 'a', 'one')) {
    const scale = SCALES[tokens[j + 2]?.lower ?? ''];
    if (scale !== undefined && (tokens[j + 2]?.lower.length ?? 0) > 3)
      return amountWith(amount, { value: amount.value * scale, next: j + 3, scaled: true });
  }
  return amount;
}

/** "a twenty-first" is one twenty-first; "a twenty-first-century idea" is not a figure. */
export function articleFraction(tokens: readonly Token[], i: number): Amount | undefined {
  if (!isWord(tokens, i, 'a', 'an')) return undefined;
  const run = readNumberWords(tokens, i + 1);
  if (!run?.ordinal || run.value <= 2 || run.next - i < 3 || tokens[run.next]?.text === '-') return undefined;
  return {
    start: i,
    next: run.next,
    value: 1 / run.value,
    scaled: false,
    ordinal: false,
    fraction: true,
    bare: false,
    mSuffix: false,
  };
}
