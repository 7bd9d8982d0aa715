import { hit, type FigureHit } from './hit';
import type { Token } from './tokens';

const DASHES = new Set(['-', '–']);
const INTEGER = /^\d{1,3}$/;

/**
 * A score or a vote written N-M with the winner first ("beat Chile 3-0", "won 6-4, 7-6 (5)",
 * "passed 218-210", "a 4-4 ruling"): one figure as written, with no single value, and a
 * tie-break in brackets kept with it. A rising pair ("5-10") is a range and is left to the
 * range reader, unless another set follows it ("3-6, 6-3"); a model number ("787-9", "737-800") is left to the name rules: the second
 * part of a score is never a fifth of the first.
 */
export function readScore(tokens: readonly Token[], i: number): { hit: FigureHit; next: number } | undefined {
  const a = tokens[i];
  const dash = tokens[i + 1];
  const b = tokens[i + 2];
  if (a?.kind !== 'num' || b?.kind !== 'num' || !DASHES.has(dash?.text ?? '') || dash?.gap || b.gap) return undefined;
  if (!INTEGER.test(a.text) || !INTEGER.test(b.text)) return undefined;
  const high = Number(a.text);
  const low = Number(b.text);
  // "beat Bautista-Agut 3-6, 6-3, 7-6 (0)": a lost set is rising, yet another set after it makes it a score.
  const setFollows =
    tokens[i + 3]?.text === ',' &&
    tokens[i + 4]?.kind === 'num' &&
    DASHES.has(tokens[i + 5]?.text ?? '') &&
    tokens[i + 6]?.kind === 'num' &&
    high <= 7 &&
    low <= 7;
  if ((low > high && !setFollows) || (high >= 100 && low * 5 < high)) return undefined;
  // Glued to a word or another number on either side, it is a name or a code ("A-6-4", "6-4-2").
  const before = tokens[i - 1];
  if (before && !a.gap && (before.kind !== 'sym' || DASHES.has(before.text))) return undefined;
  const after = tokens[i + 3];
  // "1-1/2" is a whole number and a fraction, not a score of 1-1.
  if (
    after &&
    !after.gap &&
    (after.kind !== 'sym' || DASHES.has(after.text) || after.text === '%' || after.text === '/')
  )
    return undefined;
  let next = i + 3;
  let end = b.end;
  // "7-6 (5)": the tie-break belongs to the set score.
  if (tokens[next]?.text === '(' && tokens[next + 1]?.kind === 'num' && tokens[next + 2]?.text === ')') {
    end = tokens[next + 2]?.end ?? end;
    next += 3;
  }
  return { hit: hit(a.start, end, 'count', null, { unit: 'score' }), next };
}
