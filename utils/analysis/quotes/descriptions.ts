/**
 * Descriptions that stand for a person the story named before: "the senator"
 * after "Sen. Ted Cruz". Read from the name index, a bounded look back.
 */
import { mentionIndexBefore, PRONOUN_LOOKBACK, type NameIndex } from './people';

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
