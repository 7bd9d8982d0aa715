/**
 * What the story says a person is ("US Ambassador to the UN", "a Free Syrian
 * Army (FSA) commander") and which pronoun it uses for them. Both are read once
 * per name mention from a few tokens either side, so the cost stays linear.
 */
import { isCueWord } from './cues';
import { isNameWord, isTitle } from './names';
import { isAbbreviation, type Token } from './tokens';

/** he or she as the story shows it; unknown people match either. */
export type Gender = 'm' | 'f';

/** Courtesy titles say the gender but are not a role. */
const HONORIFICS: Record<string, Gender | null> = {
  mr: 'm',
  'mr.': 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  sir: 'm',
  dame: 'f',
  lord: 'm',
  lady: 'f',
  dr: null,
  'dr.': null,
};

const GENDERED: Record<string, Gender> = {
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
};

/** The gender a pronoun or courtesy title gives, if any. */
export function genderOf(word: string): Gender | null {
  const w = word.toLowerCase();
  return GENDERED[w] ?? HONORIFICS[w] ?? null;
}

/** Title words in front of the name, minus courtesy titles: "United Nations Secretary General". */
export function titleRole(words: string[], bare: string[]): string | null {
  const prefix = words.slice(0, words.length - bare.length).filter((w) => !(w.toLowerCase() in HONORIFICS));
  return prefix.length ? prefix.join(' ') : null;
}

const CLAUSE_WORDS = /^(who|whose|which|that|however|meanwhile|too|though|also|then|and|or|but|in|on|at|for)$/i;

/**
 * The appositive after a name: "Nikki Haley, US Ambassador to the UN, stated" or
 * "said Mustafa Sejari, a Free Syrian Army (FSA) commander." `end` is the name's end.
 */
export function appositiveRole(text: string, end: number): string | null {
  const m =
    /^,\s+([^,;:.“”"«»()\n]{2,90}?(?:\s*\([^()\n]{1,30}\)[^,;:.“”"«»()\n]{0,60})?)(?=,|\.(?:\s|$)|;|$|\s*[“”"—])/u.exec(
      text.slice(end, end + 200),
    );
  const role = m?.[1]?.trim();
  if (!role) return null;
  const words = role.split(/\s+/);
  const first = words[0] ?? '';
  if (CLAUSE_WORDS.test(first) || isCueWord(first) || /ly$/.test(first) || words.length > 14) return null;
  // "Smith, Jones and Brown said": another name, not a role.
  if (words.every((w) => /^\p{Lu}/u.test(w)) && !words.some(isTitle) && !/^[\p{Lu}.]{2,}$/u.test(first)) return null;
  if (words.length === 1 && !isTitle(first)) return null;
  // A verb right after the comma ("Smith, speaking on Monday,") is not a role either.
  if (/^\p{Ll}+(ing|ed)$/u.test(first)) return null;
  return role;
}

const ROLE_GLUE = new Set(['of', 'the', 'for', 'to', 'on', 'and', 'de']);

/**
 * The role before ", Name,": "Iran’s Foreign Minister, Mohammad Javad Zarif, said".
 * `tokens` are the range's tokens and `k` the name's first token.
 */
export function precedingRole(text: string, tokens: Token[], k: number): string | null {
  const name = tokens[k];
  const last = tokens[k - 1];
  if (!name || !last || !/^,\s*$/.test(text.slice(last.end, name.start)) || !isTitle(last.text)) return null;
  let j = k - 1;
  while (j > 0) {
    const t = tokens[j - 1];
    const next = tokens[j];
    if (!t || !next || !/^\s+$/.test(text.slice(t.end, next.start))) break;
    const w = t.text;
    if (/^(a|an|the)$/i.test(w)) {
      j--;
      break;
    }
    if (!isNameWord(w) && !ROLE_GLUE.has(w) && !isTitle(w)) break;
    if (isAbbreviation(w) && /\.$/.test(w) && !isTitle(w)) break;
    j--;
  }
  while (j < k - 1 && ROLE_GLUE.has(tokens[j]?.text ?? '')) j++;
  const first = tokens[j];
  return first && k - 1 - j >= 1 ? text.slice(first.start, last.end) : null;
}
