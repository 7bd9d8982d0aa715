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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_ONLY = /^\p{Lu}$/u;

/**
 * UTF-16 length of the letter or digit at `i`, 0 when there is none. ASCII is
 * decided by code, the rest by one precompiled test: the hand scan is three
 * times faster than matchAll over the same pattern, and tokenizing is most of
 * the finder's time.
 */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0; // NaN: past the end
  const cp = s.codePointAt(i) ?? 0;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** ’ ' . - join two runs of letters into one word ("don’t", "U.S", "al-Assad"). */
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 45;

/** True when `word` (without its full stop) is an abbreviation or an initial. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length <= 2 && UPPER_ONLY.test(word));
}

/** Short parenthesised asides blanked out, same length: "(D-Wis.)", "(FSA)", ages. */
export function maskParens(slice: string): string {
  return slice.includes('(') ? slice.replace(/\([^()\n]{0,60}\)/g, (m) => ' '.repeat(m.length)) : slice;
}

/**
 * Words of `text.slice(from, to)` outside parentheses; abbreviations keep their full stop ("Mr.", "J.").
 * A word is what `[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*` matches.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = maskParens(text.slice(from, to));
  const n = slice.length;
  let i = 0;
  while (i < n) {
    let k = wordCharAt(slice, i);
    if (!k) {
      i++;
      continue;
    }
    const begin = i;
    i += k;
    for (;;) {
      while (i < n && (k = wordCharAt(slice, i))) i += k;
      if (i + 1 < n && isJoiner(slice.charCodeAt(i)) && (k = wordCharAt(slice, i + 1))) {
        i += 1 + k;
        continue;
      }
      break;
    }
    let word = slice.slice(begin, i);
    if (slice.charCodeAt(i) === 46 && isAbbreviation(word)) word += '.';
    const start = from + begin;
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
