import { numeralValue, type Token } from './tokens';
import { readNumberWords } from './word-run';
import { SCALES } from './words';

const SUBUNITS = new Set(['cent', 'cents', 'pence', 'penny', 'p']);
const NO_SUBUNIT = new Set(['GBX', 'cent']);

/** A small whole number (1-99) at `k`, in digits or words. */
function cents(tokens: readonly Token[], k: number): { value: number; next: number } | undefined {
  const t = tokens[k];
  const read =
    t?.kind === 'num'
      ? { value: numeralValue(t.text), next: k + 1 }
      : t?.kind === 'word'
        ? readNumberWords(tokens, k)
        : undefined;
  if (!read || !Number.isInteger(read.value) || read.value < 1 || read.value > 99) return undefined;
  if ('fraction' in read && (read.fraction || read.ordinal || read.scaled)) return undefined;
  return { value: read.value, next: read.next };
}

/**
 * What may follow a money figure: a scale after the currency ("75 USD million") or the
 * smaller unit of a split amount ("3 dollars 50 cents", "thirteen dollars and forty-five
 * cents", "15 dollars 50"). A bare second number counts only when the currency was a
 * word after the first ("15 dollars 50.") and nothing follows it, so "$5 and 20 people" stays apart.
 */
export function moneyTail(
  tokens: readonly Token[],
  next: number,
  value: number,
  currency: string,
  wordAfter: boolean,
): { value: number; next: number } {
  const scale = SCALES[tokens[next]?.lower ?? ''];
  if (scale !== undefined && wordAfter && tokens[next]?.kind === 'word')
    return { value: value * scale, next: next + 1 };
  if (NO_SUBUNIT.has(currency) || !Number.isInteger(value)) return { value, next };
  const and = tokens[next]?.lower === 'and' ? 1 : 0;
  const part = cents(tokens, next + and);
  if (!part) return { value, next };
  const after = tokens[part.next];
  if (after && SUBUNITS.has(after.lower) && after.kind === 'word')
    return { value: value + part.value / 100, next: part.next + 1 };
  const open = !after || (after.kind === 'sym' && !['%', '/', '-', '$', '£', '€'].includes(after.text));
  return wordAfter && open ? { value: value + part.value / 100, next: part.next } : { value, next };
}
