/**
 * Descriptions that stand for a person the story named before: "the senator"
 * after "Sen. Ted Cruz". Read from the name index, a bounded look back.
 */
import { mentionIndexBefore, PRONOUN_LOOKBACK, type NameIndex } from './people';
import { sentenceEnd, sentenceStart } from './tokens';

/** Abbreviated titles by the role noun a later description uses: "Sen. Ted Cruz" … "the senator". */
const ROLE_FORMS: Record<string, RegExp> = {
  senator: /\b(sen\.?|senator)(\s|$)/i,
  governor: /\b(gov\.?|governor)(\s|$)/i,
  congressman: /\b(rep\.?|congressman|representative)(\s|$)/i,
  congresswoman: /\b(rep\.?|congresswoman|representative)(\s|$)/i,
  president: /\b(pres\.?|president)(\s|$)/i,
};

/**
 * "the senator", "the Republican nominee": the latest person before `pos` whose role holds
 * the description's last word, when the description is short and definite.
 */
export function resolveDescription(description: string, index: NameIndex, pos: number): string | null {
  const words = description.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words[0] !== 'the' || words.length < 2 || words.length > 5 || head.length < 4) return null;
  const form = ROLE_FORMS[head] ?? new RegExp(`\\b${head.replace(/[^a-z-]/g, '')}(\\s|$)`, 'i');
  const from = mentionIndexBefore(index.mentions, pos);
  for (let k = from; k >= 0 && k > from - PRONOUN_LOOKBACK; k--) {
    const name = index.mentions[k]?.name ?? '';
    const role = index.roles.get(name) ?? '';
    // "Vice President Joe Biden" is not "the president".
    const at = role.search(form);
    if (at >= 0 && !/\bvice[\s-]*$/i.test(role.slice(0, at))) return name;
  }
  return null;
}

/** How far (characters) "the 56-year-old" reaches back to the last person named. */
const AGE_REACH = 600;

/**
 * "Jose Mourinho has agreed a deal … Negotiations with Mourinho's representatives … The 56-year-old
 * said": the last person named before `pos`, when the sentence that names them names no one else.
 */
export function lastNamedAlone(text: string, index: NameIndex, pos: number): string | null {
  const k = mentionIndexBefore(index.mentions, pos);
  const m = index.mentions[k];
  if (!m || pos - m.pos > AGE_REACH) return null;
  const from = sentenceStart(text, m.pos, Math.max(0, m.pos - 300));
  const to = sentenceEnd(text, m.pos, Math.min(pos, m.pos + 300));
  for (let j = k - 1; j >= 0; j--) {
    const other = index.mentions[j];
    if (!other || other.pos < from) break;
    if (other.name !== m.name) return null;
  }
  const next = index.mentions[k + 1];
  return next && next.pos < to && next.name !== m.name ? null : m.name;
}
