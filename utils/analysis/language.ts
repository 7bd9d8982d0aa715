/**
 * The article's language, read from its own words: pages often declare the
 * template's language ("en-US" on a German story) or none at all, while a few
 * hundred function words tell the languages the finders have rules for apart.
 */

/** Languages whose quote marks, speech cues and non-name words the finders know. */
export const RULE_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

/** Words frequent in one of the languages and rare in the others. */
const FUNCTION_WORDS: Record<RuleLanguage, string> = {
  en: 'the and of with that was said have this from which were would their been has',
  fr: 'les est une et pour dans pas qui avec sur aux été mais cette sont au du il elle nous leur',
  de: 'der die und das ist nicht mit sich auf für eine den dem von auch wird werden ein zu im',
  es: 'el los las y por para más pero fue muy sus también ha hay como esta este lo',
  pt: 'os do dos das não em uma ao pelo pela são foi também muito isso seu sua ele às',
  it: 'il gli della delle di non è sono nel alla anche più questo stato degli ha ci si',
};

const WORD_LANGUAGE = new Map<string, RuleLanguage[]>();
for (const lang of RULE_LANGUAGES)
  for (const w of FUNCTION_WORDS[lang].split(' ')) WORD_LANGUAGE.set(w, [...(WORD_LANGUAGE.get(w) ?? []), lang]);

/** How much text is read: enough for a clear majority, bounded on huge pages. */
const SAMPLE = 6_000;
/** Hits the winner needs, and how far ahead of the runner-up it must be. */
const MIN_HITS = 8;
const LEAD = 2;

const primary = (declared: string | null): string | null => {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
};

/** Letters of any script but Latin: text mostly in them is in none of the rule languages. */
const OTHER_SCRIPT = /(?!\p{Script=Latin})\p{L}/gu;

/**
 * The article's language as a primary tag ("en", "de", "ru"...), or null when
 * neither the words nor the page say. A clear majority of function words wins
 * over the page's declaration; text mostly in another script keeps the
 * declared tag, or "und" when there is none.
 */
export function articleLanguage(text: string, declared: string | null): string | null {
  const sample = text.slice(0, SAMPLE);
  const other = sample.match(OTHER_SCRIPT)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const tag = primary(declared);
  if (letters && other > letters / 3) return tag && !(RULE_LANGUAGES as readonly string[]).includes(tag) ? tag : 'und';
  const hits = new Map<RuleLanguage, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? [])
    for (const lang of WORD_LANGUAGE.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= MIN_HITS && best[1] >= LEAD * (second?.[1] ?? 0)) return best[0];
  return tag;
}

/**
 * Which speaker rules fit a language: the English rules (also for text whose
 * language is unknown), the narrower rules of the other rule languages, or
 * none, so quotes are listed without speakers.
 */
export function speakerRules(lang: string | null): 'en' | 'foreign' | 'none' {
  if (lang === null || lang === 'en') return 'en';
  return (RULE_LANGUAGES as readonly string[]).includes(lang) ? 'foreign' : 'none';
}
