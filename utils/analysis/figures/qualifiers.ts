import type { Token } from './tokens';

// Longest phrases first so "no more than" wins over "more than".
const BEFORE = [
  'greater than or equal to',
  'less than or equal to',
  'more than or equal to',
  'at least or equal to',
  'equal to or more than',
  'equal to or less than',
  'equal to or greater than',
  'bigger or equal than',
  'higher or equal than',
  'lower or equal than',
  'smaller or equal than',
  'less or equal than',
  'no more than',
  'no less than',
  'no fewer than',
  'not more than',
  'not less than',
  'in excess of',
  'as many as',
  'as much as',
  'as few as',
  'as little as',
  'upwards of',
  'just over',
  'just under',
  'well over',
  'well under',
  'close to',
  'an estimated',
  'more than',
  'less than',
  'fewer than',
  'greater than',
  'higher than',
  'lower than',
  'larger than',
  'bigger than',
  'smaller than',
  'up to',
  'at least',
  'at most',
  'equal to',
  'equals to',
  'nearly',
  'almost',
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'over',
  'under',
  'above',
  'below',
  'exceeding',
  'exceeds',
  'exceed',
  'surpass',
  'surpassing',
  'estimated',
  'barely',
  'exactly',
  'precisely',
  'equals',
  'equaling to',
  'between',
  'from',
  '> =',
  '< =',
  '>=',
  '<=',
  '≥',
  '≤',
  '>',
  '<',
  '~',
].map((phrase) => phrase.split(' '));

const AFTER = [
  'or more',
  'or less',
  'or fewer',
  'or greater',
  'or over',
  'or above',
  'and more',
  'and above',
  'or so',
].map((phrase) => phrase.split(' '));

// The phrases by their last word, longest first as above: a figure tries only those that can end before it.
const BEFORE_BY_LAST = new Map<string, string[][]>();
for (const words of BEFORE) {
  const last = words[words.length - 1] ?? '';
  BEFORE_BY_LAST.set(last, [...(BEFORE_BY_LAST.get(last) ?? []), words]);
}

/** A qualifier and the token index where it starts (before) or ends (after). */
export type QualifierMatch = { qualifier: string; index: number };

const joined = (words: string[]): string => words.join(' ').replace('> =', '>=').replace('< =', '<=');

/** The qualifier ending just before token `i`: "more than", "nearly", "up to"... */
export function qualifierBefore(tokens: readonly Token[], i: number): QualifierMatch | undefined {
  for (const words of BEFORE_BY_LAST.get(tokens[i - 1]?.lower ?? '') ?? []) {
    const start = i - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k += 1) ok = tokens[start + k]?.lower === words[k];
    if (ok) return { qualifier: joined(words), index: start };
  }
  return undefined;
}

/** A qualifier written after the figure ("500 or more"); `index` is the token after it. */
export function qualifierAfter(tokens: readonly Token[], i: number): QualifierMatch | undefined {
  for (const words of AFTER) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k += 1) ok = tokens[i + k]?.lower === words[k];
    // "200 or greater than 190" compares two figures; "or greater" is not about the first.
    if (ok && tokens[i + words.length]?.lower !== 'than') return { qualifier: joined(words), index: i + words.length };
  }
  const dash = tokens[i];
  if (dash?.text === '-' && !dash.gap && (tokens[i + 1]?.lower === 'plus' || tokens[i + 1]?.lower === 'odd'))
    return { qualifier: tokens[i + 1]?.lower === 'plus' ? 'or more' : 'about', index: i + 2 };
  if (dash?.text === '+' && !dash.gap) return { qualifier: 'or more', index: i + 1 };
  return undefined;
}

/** Qualifiers that make the figure a lower bound, for consumers that compare intervals. */
export const LOWER_BOUND = new Set([
  'more than',
  'over',
  'above',
  'at least',
  'greater than',
  'higher than',
  'larger than',
  'bigger than',
  'exceeding',
  'exceeds',
  'exceed',
  'surpass',
  'surpassing',
  'in excess of',
  'upwards of',
  'no less than',
  'no fewer than',
  'not less than',
  'just over',
  'well over',
  'or more',
  'or greater',
  'or over',
  'or above',
  'and more',
  'and above',
  '>',
  '>=',
  '≥',
  'greater than or equal to',
  'more than or equal to',
  'at least or equal to',
  'equal to or more than',
  'equal to or greater than',
  'bigger or equal than',
  'higher or equal than',
]);

// Words that follow a number without being what it counts.
const NOT_NOUNS = new Set(
  (
    'a an the of in on at to for from by with as and or but nor than then so that this these those it its is are ' +
    'was were be been being has have had will would could should can may might must do does did not no per ' +
    'each every all some any into onto over under about after before since until during between against ' +
    'among through across via who whom whose which what when where why how he she they we you i his her ' +
    'their our your my me him them us up down out off more less most least times percent cent said says say ' +
    'last next ago earlier later before rise increase gain jump surge hike fall drop decline decrease cut slump reduction ' +
    // The same little words of the other languages read ("deux millions de personnes", "dois dos cinco").
    'de des du di del della dei degli delle da das dos der die den dem und et la le les il lo gli el los las'
  ).split(' '),
);

/** What a count counts: the plain lower-case word after it ("800,000 people" → "people"). */
export function countedNoun(tokens: readonly Token[], i: number): string | null {
  let j = i;
  if (tokens[j]?.lower === 'of') {
    j += 1;
    if (['the', 'their', 'his', 'her', 'its', 'our', 'those', 'these'].includes(tokens[j]?.lower ?? '')) j += 1;
  }
  // "500 new cases", "3,210 shooting victims": the count is of the noun after the modifier.
  if (
    isNoun(tokens[j]) &&
    (MODIFIERS.has(tokens[j]?.lower ?? '') || /ing$/.test(tokens[j]?.lower ?? '')) &&
    isNoun(tokens[j + 1])
  )
    j += 1;
  const token = tokens[j];
  return token && isNoun(token) ? token.text.replace(/['’]s$/, '') : null;
}

const MODIFIERS = new Set(
  'new additional extra further confirmed suspected reported registered total young old small large major senior former active separate local foreign'.split(
    ' ',
  ),
);

/** A plain lower-case word that could name what a figure counts. */
function isNoun(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.gap &&
    token.text === token.lower &&
    !NOT_NOUNS.has(token.lower) &&
    token.lower.length >= 2
  );
}
