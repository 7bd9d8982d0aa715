import type { FigureChange } from '../types';
import type { Token } from './tokens';

const RISE = new Set(
  'rose rise rises rising risen up increase increased increases increasing grew grow grows growing grown gain gains gained jumped jump jumps climbed climb climbs soared soar surged surge boosted raised'.split(
    ' ',
  ),
);
const FALL = new Set(
  'fell fall falls falling fallen down decrease decreased decreases decreasing dropped drop drops declined decline declines shrank shrink shrunk cut cuts slumped slump plunged plunge lost slid slide tumbled reduced lower lowered'.split(
    ' ',
  ),
);
// Nouns after the figure: "a 5% rise", "a £2bn cut".
const RISE_NOUNS = new Set(['rise', 'increase', 'gain', 'jump', 'surge', 'hike', 'boost', 'growth']);
const FALL_NOUNS = new Set(['fall', 'drop', 'decline', 'decrease', 'cut', 'slump', 'reduction', 'loss']);
// Words that may sit between the verb and the figure without changing what it says.
const BETWEEN = new Set([
  'by',
  'a',
  'an',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'more',
  'than',
  'over',
  'just',
  'roughly',
]);

/**
 * Whether the figure at tokens [start, next) is a change rather than a level: "rose 5%",
 * "fell by half", "up 3 points", "a 5% rise". "rose to 5%" is a level, so "to" stops the search.
 */
export function changeAround(tokens: readonly Token[], start: number, next: number): FigureChange | null {
  for (let k = start - 1; k >= Math.max(0, start - 4); k -= 1) {
    const w = tokens[k]?.lower ?? '';
    if (RISE.has(w)) return 'rise';
    if (FALL.has(w)) return 'fall';
    if (!BETWEEN.has(w)) break;
  }
  const after = tokens[next]?.lower ?? '';
  if (RISE_NOUNS.has(after)) return 'rise';
  if (FALL_NOUNS.has(after)) return 'fall';
  return null;
}

// Where a clause ends when reading back for its verb.
const CLAUSE_END = new Set(['.', ';', '!', '?', ':']);

/**
 * A verb of change in the clause before token `at`, within `reach` tokens: "rose by 37
 * percent, from 0.90 percent to 1.23 percent" has one before its "from".
 */
export function changeVerbBefore(tokens: readonly Token[], at: number, reach = 12): boolean {
  for (let k = at - 1; k >= Math.max(0, at - reach); k -= 1) {
    const token = tokens[k];
    if (!token || CLAUSE_END.has(token.text)) return false;
    if (RISE.has(token.lower) || FALL.has(token.lower)) return true;
  }
  return false;
}
