/**
 * Speakers of quotes in French, German, Spanish, Portuguese and Italian: a
 * speech cue right beside the quote and a person's name right beside the cue
 * ("», a déclaré Gérald Darmanin", „…“, sagte Merkel, Según Pedro Sánchez, "…").
 * Deliberately narrow: a name is two or more capitalised words, or the surname
 * of a full name the article gave earlier; anything less leaves the speaker
 * unknown rather than guessed.
 */
import type { Lexicon } from './lexicons';
import { tokenize, type Token } from './tokens';

/** Full names an article gives, by surname, in one pass over the text. */
export type ForeignNames = Map<string, string>;

/** What was found beside one quote: the cue, and a name or a pronoun to resolve. */
export type ForeignAttribution = { cue: string; name: string | null; pronoun: boolean; near: number };

const CAP = /^\p{Lu}/u;
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'do',
  'van',
  'von',
  'der',
  'le',
  'la',
  'du',
]);
/** How many words of a description ("le ministre de l’Intérieur,") may stand between a cue and the name. */
const DESCRIPTION = 8;

const lower = (t: Token | undefined): string => (t?.text ?? '').toLowerCase();
const joinedBySpace = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && text[a.end] === ' ';

/** Capitalised, not a sentence opener, and (German) not a noun after its article. */
function nameWord(lex: Lexicon, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !CAP.test(t.text) || lex.notName.has(t.text.toLowerCase()) || lex.titles.has(t.text.toLowerCase()))
    return false;
  return !lex.articles.has(lower(tokens[k - 1])) || lex.titles.has(lower(tokens[k - 1]));
}

/** The name run starting at token k (titles already skipped), as words; particles may join it. */
function runAt(text: string, lex: Lexicon, tokens: Token[], k: number): string[] {
  if (!nameWord(lex, tokens, k)) return [];
  const words = [tokens[k]?.text ?? ''];
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || !prev || !joinedBySpace(text, prev, t)) break;
    const particle = PARTICLES.has(t.text.toLowerCase()) && CAP.test(tokens[j + 1]?.text ?? '');
    if (!particle && !(CAP.test(t.text) && !lex.notName.has(t.text.toLowerCase()))) break;
    words.push(t.text);
  }
  return words.slice(0, 4);
}

/** A person's full name from a run: two or more words, or a surname the article gave in full. */
function personName(words: string[], names: ForeignNames): string | null {
  if (words.length >= 2) return words.join(' ');
  return words.length === 1 ? (names.get(words[0] ?? '') ?? null) : null;
}

/** Full names (two to four capitalised words) by surname, first mention wins. */
export function foreignNames(text: string, lex: Lexicon): ForeignNames {
  const names: ForeignNames = new Map();
  const tokens = tokenize(text, 0, text.length);
  for (let k = 0; k < tokens.length; k++) {
    const run = runAt(text, lex, tokens, k);
    if (run.length >= 2) {
      const surname = run[run.length - 1] ?? '';
      if (!names.has(surname)) names.set(surname, run.join(' '));
    }
    k += Math.max(0, run.length - 1);
  }
  return names;
}

/** The cue at token k: the word itself, or an inverted "dit-il" / "a-t-elle". */
function cueAt(lex: Lexicon, tokens: Token[], k: number): { text: string; pronoun: boolean } | null {
  const w = lower(tokens[k]);
  if (lex.cues.has(w) || lex.according.has(w)) return { text: tokens[k]?.text ?? w, pronoun: false };
  const parts = w.split('-');
  const last = parts[parts.length - 1] ?? '';
  if (parts.length >= 2 && lex.pronouns.has(last) && (lex.cues.has(parts[0] ?? '') || lex.between.has(parts[0] ?? '')))
    return { text: tokens[k]?.text ?? w, pronoun: true };
  return null;
}

/** The name after a cue, past titles and a short lowercase description ("a déclaré le ministre, Jean Dupont"). */
function nameAfter(text: string, lex: Lexicon, tokens: Token[], k: number, names: ForeignNames): string | null {
  for (let j = k; j < Math.min(tokens.length, k + DESCRIPTION); j++) {
    const t = tokens[j];
    if (!t) break;
    // A sentence end or a clause with its own verb stops the search.
    if (j > k && /[.;:!?]/.test(text.slice(tokens[j - 1]?.end ?? t.start, t.start))) break;
    const run = runAt(text, lex, tokens, j);
    if (run.length) return personName(run, names);
    if (CAP.test(t.text) && !lex.titles.has(lower(t)) && !lex.articles.has(lower(tokens[j - 1]))) return null;
  }
  return null;
}

/** The name ending right before token `k` (past auxiliaries): "Merkel sagte", "Jean Dupont a déclaré". */
function nameBefore(text: string, lex: Lexicon, tokens: Token[], k: number, names: ForeignNames): string | null {
  let j = k - 1;
  while (j >= 0 && lex.between.has(lower(tokens[j])) && k - j < 4) j--;
  let first = j;
  while (first > 0 && tokens[first - 1] && joinedBySpace(text, tokens[first - 1] as Token, tokens[first] as Token)) {
    if (!nameWord(lex, tokens, first - 1) && !PARTICLES.has(lower(tokens[first - 1]))) break;
    first--;
  }
  while (first <= j && !nameWord(lex, tokens, first)) first++;
  if (first > j) return null;
  const run = runAt(text, lex, tokens, first);
  return run.length === j - first + 1 ? personName(run, names) : null;
}

/** Attribution in the words after the closing mark: `», a déclaré X`, `“, so Merkel`, `", dijo él`. */
export function foreignAfter(
  text: string,
  lex: Lexicon,
  close: number,
  to: number,
  names: ForeignNames,
): ForeignAttribution | null {
  const tokens = tokenize(text, close, to);
  const comma = /^[\s»”"“’']*,/.test(text.slice(close, tokens[0]?.start ?? to));
  for (let k = 0; k < Math.min(tokens.length, 4); k++) {
    if (k > 0 && !lex.between.has(lower(tokens[k - 1])) && !nameWord(lex, tokens, k - 1)) break;
    const afterCommaOnly = lex.afterCommaOnly.has(lower(tokens[k]));
    const cue = afterCommaOnly
      ? k === 0 && comma
        ? { text: tokens[k]?.text ?? '', pronoun: false }
        : null
      : cueAt(lex, tokens, k);
    if (!cue) continue;
    if (cue.pronoun) return { cue: cue.text, name: null, pronoun: true, near: k };
    if (lex.pronouns.has(lower(tokens[k + 1]))) return { cue: cue.text, name: null, pronoun: true, near: k };
    const name = k > 0 ? nameBefore(text, lex, tokens, k, names) : null;
    return { cue: cue.text, name: name ?? nameAfter(text, lex, tokens, k + 1, names), pronoun: false, near: k };
  }
  return null;
}

/** Attribution in the words before the opening mark: `Merkel sagte: „`, `Selon Jean Dupont, «`. */
export function foreignBefore(
  text: string,
  lex: Lexicon,
  from: number,
  open: number,
  names: ForeignNames,
): ForeignAttribution | null {
  const tokens = tokenize(text, from, open);
  const leadIn = /[:,]\s*$/.test(text.slice(from, open));
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 4); k--) {
    const w = lower(tokens[k]);
    if (lex.according.has(w)) {
      const name = nameAfter(text, lex, tokens, k + 1, names);
      return name ? { cue: tokens[k]?.text ?? w, name, pronoun: false, near: tokens.length - 1 - k } : null;
    }
    const cue = leadIn ? cueAt(lex, tokens, k) : null;
    if (!cue) continue;
    if (cue.pronoun || lex.pronouns.has(lower(tokens[k + 1])) || lex.pronouns.has(lower(tokens[k - 1])))
      return { cue: cue.text, name: null, pronoun: true, near: tokens.length - 1 - k };
    const name = nameBefore(text, lex, tokens, k, names) ?? nameAfter(text, lex, tokens, k + 1, names);
    return { cue: cue.text, name, pronoun: false, near: tokens.length - 1 - k };
  }
  return null;
}

/** The attribution either side of one quote: a name beats a pronoun, and after the quote beats before it. */
export function foreignAttribution(
  text: string,
  lex: Lexicon,
  w: { open: number; close: number; preStart: number; postEnd: number },
  names: ForeignNames,
): ForeignAttribution | null {
  const after = foreignAfter(text, lex, w.close, w.postEnd, names);
  if (after?.name) return after;
  const before = foreignBefore(text, lex, w.preStart, w.open, names);
  if (before?.name) return before;
  return after ?? before;
}
