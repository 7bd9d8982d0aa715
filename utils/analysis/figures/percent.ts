import { readAmount } from './amount';
import type { Token } from './tokens';

/** "%", "per cent", "percentage points", "5pc" after the amount. */
export function readPercent(tokens: readonly Token[], j: number): { unit: string; next: number } | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  if (t.text === '%') return { unit: '%', next: j + 1 };
  if (t.lower === 'per' && tokens[j + 1]?.lower === 'cent') return { unit: '%', next: j + 2 };
  if (t.lower === 'pc' && !t.gap) return { unit: '%', next: j + 1 };
  if (t.lower === 'percentage' && /^points?$/.test(tokens[j + 1]?.lower ?? ''))
    return { unit: 'percentage points', next: j + 2 };
  if (t.lower === 'percent' || t.lower === 'percents' || t.lower === 'percentage') return { unit: '%', next: j + 1 };
  return undefined;
}

/** "per cent of twenty", "percent of 10": the percentage named before its number. */
export function percentOf(
  tokens: readonly Token[],
  i: number,
): { value: number; end: number; next: number } | undefined {
  const pct = readPercent(tokens, i);
  if (!pct || pct.unit !== '%' || tokens[i - 1]?.kind === 'num' || tokens[pct.next]?.lower !== 'of') return undefined;
  const amount = readAmount(tokens, pct.next + 1);
  if (!amount || amount === 'skip' || amount.ordinal) return undefined;
  const after = tokens[amount.next];
  // "percent of 10 people" is a share of something else, not a percentage of 10.
  if (after && (after.kind === 'word' || after.kind === 'num')) return undefined;
  const last = tokens[amount.next - 1];
  return last ? { value: amount.value, end: last.end, next: amount.next } : undefined;
}
