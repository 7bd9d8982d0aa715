/**
 * Words for the library's search: folded (lowercase, Latin accents off) so "Genève",
 * "GENEVE" and "geneve" meet. Pure: used by the index, the query and the highlighter.
 */

/** Words too common to narrow a search; leaving them out keeps the index a third smaller. */
const STOP_WORDS = new Set(
  (
    'the and that for with was were are has have had not but this from its his her their they them ' +
    'she him you our who will would been which there than then into also about said says after over ' +
    'when what more some could can out all one two most other such only any each very just'
  ).split(' '),
);

/** Longer tokens are cut: nobody types 40 letters, and the index stays small. */
const MAX_TOKEN = 24;

/** One character folded to one character, so offsets in folded text match the original. */
function foldChar(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  const lower = (base || ch).toLowerCase();
  return lower.length === ch.length ? lower : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
}

const foldCache = new Map<string, string>();

/** `text` lowercased with accents off, the same length as `text` (UTF-16 unit for unit). */
export function fold(text: string): string {
  // ASCII is by far the common case and needs no per-character work.
  if (!/[^ -~\t\n\r]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    let folded = foldCache.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch);
      if (foldCache.size < 5000) foldCache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** NOT_WORD for lowercased ASCII text, where letters and digits are just a-z and 0-9 (quicker). */
const NOT_ASCII_WORD = /[^a-z0-9]+/;
const ASCII = /^[ -~\t\n\r]*$/;
/** The longest stop word: longer words skip the set lookup. */
const LONGEST_STOP = Math.max(...[...STOP_WORDS].map((w) => w.length));

/** The distinct index words of a text: folded, at least two characters, no stop words. */
export function tokenize(text: string, into = new Set<string>()): Set<string> {
  // split makes only the words; matchAll made a match object for each.
  const words = ASCII.test(text) ? text.toLowerCase().split(NOT_ASCII_WORD) : fold(text).split(NOT_WORD);
  for (const word of words) {
    // One character counts only as a digit ("5"); stop words are never long.
    if (word.length < 2) {
      if (!(word >= '0' && word <= '9' && word.length === 1)) continue;
    } else if (word.length <= LONGEST_STOP && STOP_WORDS.has(word)) continue;
    into.add(word.length > MAX_TOKEN ? word.slice(0, MAX_TOKEN) : word);
  }
  return into;
}

/** The words of a typed query in order, stop words kept out (they are not in the index). */
export function queryTerms(query: string): string[] {
  return [...tokenize(query)];
}

/**
 * Where the query terms occur in `text` as word starts: [start, end) ranges, sorted and
 * merged. The highlighter renders them as <mark> around text nodes.
 */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (!terms.length || !text) return [];
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      const before = at > 0 ? folded[at - 1]! : ' ';
      if (!/[\p{L}\p{N}]/u.test(before)) ranges.push([at, at + term.length]);
      at = folded.indexOf(term, at + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** A window of `text` around its first match, for a result row; whole text when short. */
export function snippetAround(text: string, terms: readonly string[], width = 160): string {
  const first = matchRanges(text, terms)[0];
  if (!first) return '';
  const from = Math.max(0, first[0] - Math.floor(width / 3));
  const start = from === 0 ? 0 : text.indexOf(' ', from) + 1 || from;
  const end = Math.min(text.length, start + width);
  const cut = end < text.length ? text.lastIndexOf(' ', end) : end;
  const body = text.slice(start, cut > start ? cut : end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
