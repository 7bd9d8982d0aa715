import { readNumberWords } from './word-run';
import { numeralValue, type Token } from './tokens';
import { SCALES } from './words';

const SIGNS = new Set(['-', '−', '+']);

/** Tokens at `k` that touch each other and spell a signed integer exponent: "-3", "+14", "--23". */
function exponent(tokens: readonly Token[], k: number): { power: number; next: number } | undefined {
  let negative = false;
  while (SIGNS.has(tokens[k]?.text ?? '') && !tokens[k]?.gap) {
    if (tokens[k]?.text !== '+') negative = !negative;
    k += 1;
  }
  const num = tokens[k];
  if (num?.kind !== 'num' || num.gap || !/^\d{1,3}$/.test(num.text)) return undefined;
  return { power: negative ? -Number(num.text) : Number(num.text), next: k + 1 };
}

/**
 * Scientific notation written against a number at `next`: "1.3e6", "12.32e+14",
 * "1.3x10^6", "2.48×10−5", "1.1^23". Returns the new value and where it ends.
 */
export function readScientific(
  tokens: readonly Token[],
  next: number,
  value: number,
): { value: number; next: number } | undefined {
  const after = tokens[next];
  if (!after || after.gap) return undefined;
  if (after.text === 'e' || after.text === 'E') {
    const e = exponent(tokens, next + 1);
    return e ? { value: value * 10 ** e.power, next: e.next } : undefined;
  }
  if (after.text === 'x' || after.text === '×') {
    const ten = tokens[next + 1];
    if (ten?.text !== '10' || ten.gap) return undefined;
    const caret = tokens[next + 2]?.text === '^' && !tokens[next + 2]?.gap ? 1 : 0;
    const e = exponent(tokens, next + 2 + caret);
    return e ? { value: value * 10 ** e.power, next: e.next } : undefined;
  }
  if (after.text === '^') {
    const e = exponent(tokens, next + 1);
    return e ? { value: value ** e.power, next: e.next } : undefined;
  }
  return undefined;
}

const scaleOf = (token: Token | undefined): number | undefined =>
  token?.kind === 'word'
    ? token.lower === 'hundred'
      ? 100
      : token.lower.length > 3
        ? SCALES[token.lower]
        : undefined
    : undefined;

/**
 * Carries on a number written as digits and scale words: "4 thousand 3 hundred and 21",
 * "6 crore and two hundred". `scale` is the last scale read. "and" joins only below a
 * thousand, or number words, so "3 million and 500 were hurt" stays two figures.
 */
export function continueScaled(
  tokens: readonly Token[],
  next: number,
  value: number,
  scale: number,
): { value: number; next: number } {
  for (;;) {
    const t = tokens[next];
    const s2 = scaleOf(tokens[next + 1]);
    if (t?.kind === 'num' && s2 !== undefined && s2 < scale && Number.isInteger(numeralValue(t.text))) {
      value += numeralValue(t.text) * s2;
      scale = s2;
      next += 2;
      continue;
    }
    if (t?.lower !== 'and') return { value, next };
    const n = tokens[next + 1];
    if (n?.kind === 'num' && scale <= 1000 && !scaleOf(tokens[next + 2])) {
      const v = numeralValue(n.text);
      return Number.isInteger(v) && v > 0 && v < scale ? { value: value + v, next: next + 2 } : { value, next };
    }
    const run = n?.kind === 'word' ? readNumberWords(tokens, next + 1) : undefined;
    if (run && !run.fraction && !run.ordinal && run.value < scale) return { value: value + run.value, next: run.next };
    return { value, next };
  }
}
