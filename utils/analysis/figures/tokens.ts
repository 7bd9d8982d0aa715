/** A piece of article text: a numeral, a word or one other non-space character. */
export type Token = {
  kind: 'num' | 'word' | 'sym';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one (true for the first token). */
  gap: boolean;
  /** A line break stands in that whitespace: the token opens a line (true for the first token). */
  line: boolean;
};

// Numerals: 1,234,567.89 (comma groups in threes, or Indian lakh groups 12,34,567), 1 234 567 with narrow/no-break spaces, 12.5, .08.
// Plain spaces group thousands ("40 000 people") except before a capitalised name: "roughly 400 737 Max jets" is two numbers.
// Every alternative is a plain sequence of bounded repeats, so matching stays linear; the two whose groups
// must be followed by a comma repeat at most six times, else a run like 11,11,11,… is rescanned from every digit.
// "1.111,11" on an English page: dots grouping thousands and a comma before one or two decimals
// can only be the continental notation, so it is read as such whatever the page language.
const TOKEN =
  /(\d{1,3}(?:\.\d{3}){1,6},\d{1,2}(?![\d.,]\d)|\d{1,2}(?:,\d{2}){1,6},\d{3}(?:\.\d+)?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:[\u202f\u00a0\u2009]\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3})+(?:\.\d+)?(?! ?\d)(?! \p{Lu})|\d+(?:\.\d+)?|\.\d+|[½⅓⅔¼¾⅕⅙⅛])|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

// The same for pages that write 1.234.567,89 and 2,5 (German, French, Spanish...).
const TOKEN_DECIMAL_COMMA =
  /(\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?|[½⅓⅔¼¾⅕⅙⅛])|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

const CONTINENTAL = /^\d{1,3}(?:\.\d{3})+,\d{1,2}$/;

/** "1.234,5" written the English way, so every reader downstream sees one notation. */
function toEnglish(raw: string): string {
  const [whole = '', decimals] = raw.split(',');
  const grouped = whole.replace(/[.\u202f\u00a0 ]/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/**
 * Splits `text` into tokens in one left-to-right pass. With `decimalComma` (the page
 * language writes 2,5 for two and a half) numerals are read that way and stored in
 * English notation; offsets still point at the text as written.
 */
export function tokenize(text: string, decimalComma = false): Token[] {
  const tokens: Token[] = [];
  let last = -1;
  for (const match of text.matchAll(decimalComma ? TOKEN_DECIMAL_COMMA : TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const kind = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'sym';
    const written = kind === 'num' && (decimalComma || CONTINENTAL.test(raw)) ? toEnglish(raw) : raw;
    // Each character of whitespace is looked at once, so the pass stays linear.
    let line = last < 0;
    for (let k = Math.max(0, last); k < start && !line; k += 1) line = text.charCodeAt(k) === 10;
    tokens.push({
      kind,
      text: written,
      lower: written.toLowerCase(),
      start,
      end: start + raw.length,
      gap: start !== last,
      line,
    });
    last = start + raw.length;
  }
  return tokens;
}

/** Value of a numeral token: grouping separators dropped. */
export function numeralValue(text: string): number {
  const plain = Number(text);
  // Most numerals have no grouping mark and read as they stand: no copy of the text needed.
  return Number.isNaN(plain) ? Number(text.replace(/[,\u202f\u00a0 ]/g, '')) : plain;
}

/** True for a word written with a capital first letter. */
export function isCapitalized(token: Token | undefined): boolean {
  // Compared with the word's own lower case: a word read in English ("zwei" as two) keeps its spelling.
  const first = token?.text[0] ?? '';
  return token?.kind === 'word' && first !== first.toLowerCase();
}

/** The token at `i` is `word` (lower-case comparison). */
export function isWord(tokens: readonly Token[], i: number, ...words: string[]): boolean {
  const token = tokens[i];
  return token !== undefined && words.includes(token.lower);
}
