import type { Token } from './tokens';

/**
 * Number words, scale words and percent words of the languages whose figures are read, each
 * mapped to the English word the readers know ("zwei" → two, "Mio." → million, "milhões" →
 * million). The articles that also mean one (ein, un, une, uno, um) are left out: they are
 * far more often "a" than a count.
 */
const LEXICONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: {
    zwei: 'two',
    drei: 'three',
    vier: 'four',
    fünf: 'five',
    sechs: 'six',
    sieben: 'seven',
    acht: 'eight',
    neun: 'nine',
    zehn: 'ten',
    elf: 'eleven',
    zwölf: 'twelve',
    zwanzig: 'twenty',
    dreißig: 'thirty',
    vierzig: 'forty',
    fünfzig: 'fifty',
    hundert: 'hundred',
    tausend: 'thousand',
    tsd: 'thousand',
    mio: 'million',
    million: 'million',
    millionen: 'million',
    mrd: 'billion',
    milliarde: 'billion',
    milliarden: 'billion',
    prozent: 'percent',
    hälfte: 'half',
  },
  fr: {
    deux: 'two',
    trois: 'three',
    quatre: 'four',
    cinq: 'five',
    six: 'six',
    sept: 'seven',
    huit: 'eight',
    dix: 'ten',
    onze: 'eleven',
    douze: 'twelve',
    vingt: 'twenty',
    trente: 'thirty',
    quarante: 'forty',
    cinquante: 'fifty',
    cent: 'hundred',
    mille: 'thousand',
    million: 'million',
    millions: 'million',
    milliard: 'billion',
    milliards: 'billion',
    md: 'billion',
    mds: 'billion',
    moitié: 'half',
  },
  es: {
    dos: 'two',
    tres: 'three',
    cuatro: 'four',
    cinco: 'five',
    seis: 'six',
    siete: 'seven',
    ocho: 'eight',
    nueve: 'nine',
    diez: 'ten',
    once: 'eleven',
    doce: 'twelve',
    veinte: 'twenty',
    treinta: 'thirty',
    cuarenta: 'forty',
    cincuenta: 'fifty',
    cien: 'hundred',
    mil: 'thousand',
    millón: 'million',
    millones: 'million',
    millardo: 'billion',
    millardos: 'billion',
    'mil millones': 'billion',
    'por ciento': 'percent',
    mitad: 'half',
  },
  pt: {
    dois: 'two',
    duas: 'two',
    três: 'three',
    quatro: 'four',
    cinco: 'five',
    seis: 'six',
    sete: 'seven',
    oito: 'eight',
    nove: 'nine',
    dez: 'ten',
    onze: 'eleven',
    doze: 'twelve',
    vinte: 'twenty',
    trinta: 'thirty',
    quarenta: 'forty',
    cinquenta: 'fifty',
    cem: 'hundred',
    mil: 'thousand',
    milhão: 'million',
    milhões: 'million',
    mi: 'million',
    bilhão: 'billion',
    bilhões: 'billion',
    bi: 'billion',
    'por cento': 'percent',
    metade: 'half',
  },
  it: {
    due: 'two',
    tre: 'three',
    quattro: 'four',
    cinque: 'five',
    sette: 'seven',
    otto: 'eight',
    nove: 'nine',
    dieci: 'ten',
    undici: 'eleven',
    dodici: 'twelve',
    venti: 'twenty',
    trenta: 'thirty',
    quaranta: 'forty',
    cinquanta: 'fifty',
    cento: 'hundred',
    mille: 'thousand',
    mila: 'thousand',
    milione: 'million',
    milioni: 'million',
    mln: 'million',
    miliardo: 'billion',
    miliardi: 'billion',
    mld: 'billion',
    mrd: 'billion',
    'per cento': 'percent',
    metà: 'half',
  },
};

/**
 * The articles that mean one, read as "a" before a scale word only: "eine Milliarde Euro",
 * "un milliard", "un millón", "um milhão", "un miliardo" are a thousand million each.
 */
const ARTICLES = new Set(['ein', 'eine', 'einer', 'un', 'une', 'uno', 'una', 'um', 'uma']);
const SCALE_WORDS = new Set(['thousand', 'million', 'billion']);

/** Scale abbreviations written with a full stop: "Mio.", "Mrd.", "Tsd.". */
const ABBREVIATIONS = new Set(['mio', 'mrd', 'tsd', 'md', 'mds', 'mln', 'mld']);

/** The primary subtag of a language tag ("de-AT" → "de"), if its figures' words are known. */
export function wordsLanguage(lang: string | null): string | null {
  const primary = lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  return LEXICONS[primary] ? primary : null;
}

/** The token with `lower` set to `english`, spanning `last` too when two words were one. */
function translated(first: Token, last: Token, english: string): Token {
  return {
    kind: first.kind,
    text: first.text,
    lower: english,
    start: first.start,
    end: last.end,
    gap: first.gap,
    line: first.line,
  };
}

/**
 * The tokens with the number, scale and percent words of `lang` read as their English
 * equivalents (the text is kept as written), so one set of readers handles "fünf Mio. Euro",
 * "deux millions", "5 mil millones" and "30 por cento". Two-word entries ("mil millones",
 * "per cento") become one token. Other languages' tokens are returned as they are.
 */
export function readInEnglish(tokens: Token[], lang: string | null): Token[] {
  const lexicon = LEXICONS[wordsLanguage(lang) ?? ''];
  if (!lexicon) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    const pair = token.kind === 'word' && next?.kind === 'word' ? lexicon[`${token.lower} ${next.lower}`] : undefined;
    if (pair && next) {
      out.push(translated(token, next, pair));
      i += 1;
      continue;
    }
    const article = ARTICLES.has(token.lower) && SCALE_WORDS.has(lexicon[next?.lower ?? ''] ?? '');
    const english = token.kind === 'word' ? (article ? 'a' : lexicon[token.lower]) : undefined;
    // "5,3 Mio. Euro": the abbreviation's full stop is part of it, so the currency follows the scale.
    const stop = english && ABBREVIATIONS.has(token.lower) && next?.text === '.' && !next.gap ? next : undefined;
    out.push(english ? translated(token, stop ?? token, english) : token);
    if (stop) i += 1;
  }
  return out;
}
