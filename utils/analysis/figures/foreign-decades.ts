import { hit, type FigureHit } from './hit';
import { wordsLanguage } from './languages';

/** The tens words of each language whose figures are read, twenties first, as its decades are named. */
const TENS: Readonly<Record<string, readonly string[]>> = {
  it: ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'],
  es: ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
  pt: ['vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'],
  fr: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante-dix', 'quatre-vingt', 'quatre-vingt-dix'],
  de: ['zwanziger', 'dreißiger', 'vierziger', 'fünfziger', 'sechziger', 'siebziger', 'achtziger', 'neunziger'],
};

/** "anni Sessanta", "los años ochenta", "anos noventa", "les années soixante", "die Sechzigerjahre", "den achtziger Jahren". */
const patterns = new Map<string, RegExp>();

function patternFor(lang: string): RegExp | null {
  const tens = TENS[lang];
  if (!tens) return null;
  const cached = patterns.get(lang);
  if (cached) return cached;
  // Longest first, so "quatre-vingt-dix" is not read as "quatre-vingt".
  const words = [...tens].sort((a, b) => b.length - a.length).join('|');
  const source =
    lang === 'de'
      ? `(?<![\\p{L}])(${words})(?: ?jahre[n]?)(?![\\p{L}])`
      : `(?<![\\p{L}])(?:anni|años|anos|années) (${words})(?![\\p{L}-])`;
  const made = new RegExp(source, 'giu');
  patterns.set(lang, made);
  return made;
}

/**
 * Decades named in words in French, German, Spanish, Portuguese and Italian: kind year, the
 * decade's first year as value and its ten years as range, as "the 1960s" is read in English.
 */
export function findForeignDecades(text: string, lang: string | null): FigureHit[] {
  const code = wordsLanguage(lang);
  const pattern = code ? patternFor(code) : null;
  const tens = code ? TENS[code] : undefined;
  if (!pattern || !tens) return [];
  const hits: FigureHit[] = [];
  for (const m of text.matchAll(pattern)) {
    const index = tens.indexOf((m[1] ?? '').toLowerCase());
    if (index < 0) continue;
    const first = 1920 + 10 * index;
    const start = m.index ?? 0;
    hits.push(hit(start, start + m[0].length, 'year', first, { range: [first, first + 9], unit: 'decade' }));
  }
  return hits;
}
