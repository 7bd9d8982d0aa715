/** Word tokens and sentence edges for the small windows around a quote. */

/** A word with its offsets in the text it came from. */
export type Token = { text: string; start: number; end: number };

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'u.s',
  'u.n',
  'u.k',
  'd.c',
  'e.g',
  'i.e',
  'vs',
  'no',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'mt',
  'ft',
  'pres',
  'supt',
  'det',
  'adm',
  'cmdr',
]);

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

/** True when `word` (without its full stop) is an abbreviation or an initial. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** Short parenthesised asides blanked out, same length: "(D-Wis.)", "(FSA)", ages. */
export function maskParens(slice: string): string {
  return slice.replace(/\([^()\n]{0,60}\)/g, (m) => ' '.repeat(m.length));
}

/** Words of `text.slice(from, to)` outside parentheses; abbreviations keep their full stop ("Mr.", "J."). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = maskParens(text.slice(from, to));
  for (const m of slice.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    let word = m[0];
    if (slice[(m.index ?? 0) + word.length] === '.' && isAbbreviation(word)) word += '.';
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** True when the character at `i` ends a sentence: . ! ? followed by space or end, not after an abbreviation. */
export function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"”’'»]/.test(next)) return false;
  if (ch !== '.') return true;
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1] ?? '')) j--;
  return !isAbbreviation(text.slice(j, i));
}

/** Start of the sentence holding `pos`, never before `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (endsSentence(text, i)) return i + 1;
  return floor;
}

/** End (exclusive, after the terminator) of the sentence holding `pos`, never past `ceiling`. */
export function sentenceEnd(text: string, pos: number, ceiling: number): number {
  for (let i = pos; i < ceiling; i++) if (endsSentence(text, i)) return i + 1;
  return ceiling;
}
