import type { Token } from './tokens';

// Words after the figure that make it a length: "1.8m tall", "2m away", "the 100m final", "48m in length".
const LENGTH_AFTER = new Set(
  (
    'tall high long wide deep thick away across underground underwater sprint hurdles freestyle backstroke ' +
    'breaststroke butterfly relay dash race final'
  ).split(' '),
);
// Nouns for a length, before or after it: "a height of 48m", "outreach is 48m", "2m in diameter".
const LENGTH_NOUNS = new Set(
  (
    'height length width depth breadth thickness diameter radius distance altitude elevation reach outreach ' +
    'span wingspan metre metres meter meters'
  ).split(' '),
);
// Other lengths written beside it: "1m is equal to 10 dm", "12 m 2 dm", "1 m x 1 m".
const LENGTH_UNITS = new Set(['km', 'cm', 'mm', 'dm', 'ft', 'feet', 'foot', 'inches', 'x', '×']);
const BEFORE = 5;
const AFTER = 3;
// Another length unit may sit a little further on: "1m is equal to 10 dm".
const UNITS_AFTER = 6;

/**
 * Whether the "m" after the number at `numberIndex` (`afterM` is the token after the "m") means metres: only when the
 * words around it speak of a length. Elsewhere "2.3m" is 2.3 million, as newspapers write it,
 * also at the end of a sentence ("the population reached 2.3m.").
 */
export function metresByContext(tokens: readonly Token[], numberIndex: number, afterM: number): boolean {
  for (let k = afterM; k < afterM + UNITS_AFTER && k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!t || (t.kind === 'sym' && /[.!?;]/.test(t.text))) break;
    if (LENGTH_UNITS.has(t.lower)) return true;
    if (k < afterM + AFTER && (LENGTH_AFTER.has(t.lower) || LENGTH_NOUNS.has(t.lower))) return true;
  }
  // News style never opens a sentence with digits ("1m is equal to..." is about the unit), so a
  // sentence-opening "1m" keeps its metre reading; in a news sentence it follows other words.
  const previous = tokens[numberIndex - 1];
  if (!previous || (previous.kind === 'sym' && /[.!?]/.test(previous.text))) return true;
  for (let k = numberIndex - 1; k >= numberIndex - BEFORE && k >= 0; k -= 1) {
    const t = tokens[k];
    if (!t || (t.kind === 'sym' && /[.!?;]/.test(t.text))) break;
    if (LENGTH_NOUNS.has(t.lower) || LENGTH_UNITS.has(t.lower)) return true;
  }
  return false;
}
