import type { Token } from './tokens';

/** Currency symbols written before (or after) the amount. */
const SYMBOLS: Readonly<Record<string, string>> = {
  '£': 'GBP',
  $: 'USD',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₿': 'BTC',
  '₺': 'TRY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  '₴': 'UAH',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  元: 'CNY',
};

/** Letters joined to "$" that name a dollar: US$, C$, HK$, A$... */
const DOLLAR_PREFIX: Readonly<Record<string, string>> = {
  us: 'USD',
  usd: 'USD',
  c: 'CAD',
  ca: 'CAD',
  cad: 'CAD',
  hk: 'HKD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  nzd: 'NZD',
  s: 'SGD',
  sg: 'SGD',
  r: 'BRL',
  mex: 'MXN',
  mxn: 'MXN',
  nt: 'TWD',
};
/** Of those, the ones that are also ordinary words, so they count only when touching "$". */
const TIGHT_PREFIX = new Set(['a', 's', 'r', 'ca', 'au', 'nt']);

/** ISO codes used as words before or after an amount ("USD 200", "20 EUR"). */
const CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RMB',
  'CHF',
  'AUD',
  'CAD',
  'HKD',
  'NZD',
  'SGD',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'ZAR',
  'BRL',
  'MXN',
  'RUB',
  'TRY',
  'KRW',
  'PLN',
  'BTC',
  'NGN',
  'KES',
  'AED',
  'SAR',
  'ILS',
  'TWD',
  'THB',
]);

// Lower-case spellings that are not English words, as in "20 usd".
const LOWER_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'chf', 'aud', 'cad', 'hkd', 'inr']);

/** Currency words after an amount, with an optional national adjective before them. */
const WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  pence: 'GBX',
  penny: 'GBX',
  p: 'GBX',
  cent: 'cent',
  cents: 'cent',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  franc: 'CHF',
  francs: 'CHF',
  rupee: 'INR',
  rupees: 'INR',
  peso: 'MXN',
  pesos: 'MXN',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  lira: 'TRY',
  won: 'KRW',
  rand: 'ZAR',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  shekel: 'ILS',
  shekels: 'ILS',
  naira: 'NGN',
  riyal: 'SAR',
  riyals: 'SAR',
  dirham: 'AED',
  dirhams: 'AED',
  markka: 'FIM',
  marks: 'DEM',
  guilders: 'NLG',
  pesetas: 'ESP',
  bitcoin: 'BTC',
  bitcoins: 'BTC',
  zloty: 'PLN',
};
const ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  us: { dollar: 'USD', dollars: 'USD' },
  american: { dollar: 'USD', dollars: 'USD' },
  canadian: { dollar: 'CAD', dollars: 'CAD' },
  australian: { dollar: 'AUD', dollars: 'AUD' },
  zealand: { dollar: 'NZD', dollars: 'NZD' },
  kong: { dollar: 'HKD', dollars: 'HKD' },
  singapore: { dollar: 'SGD', dollars: 'SGD' },
  swiss: { franc: 'CHF', francs: 'CHF' },
  french: { franc: 'FRF', francs: 'FRF' },
  chinese: { yuan: 'CNY' },
  japanese: { yen: 'JPY' },
  indian: { rupee: 'INR', rupees: 'INR' },
  turkish: { lira: 'TRY' },
  mexican: { peso: 'MXN', pesos: 'MXN' },
  finnish: { markka: 'FIM' },
  dutch: { guilders: 'NLG' },
  swedish: { krona: 'SEK', kronor: 'SEK' },
  south: {},
};
/** Currency words that are ordinary words too, so they need a scale or a touching amount. */
const AMBIGUOUS_WORDS = new Set(['pound', 'pounds', 'p', 'won', 'marks', 'rand']);

/** A currency read next to an amount; `next`/`start` are token indices; `scale` for "MUSD" (millions of dollars). */
export type CurrencyMatch = { currency: string; start: number; next: number; scale?: number };

/** "USD", "usd", "RMB", and the finance desk's "MUSD"/"MEUR" (millions). */
function codeOf(token: Token): { currency: string; scale?: number } | undefined {
  const t = token.text;
  if (CODES.has(t) || LOWER_CODES.has(t)) return { currency: token.lower === 'rmb' ? 'CNY' : t.toUpperCase() };
  if (t.length === 4 && t.startsWith('M') && CODES.has(t.slice(1))) return { currency: t.slice(1), scale: 1e6 };
  return undefined;
}

const MONEY_SCALE = new Set(['m', 'bn', 'k', 'million', 'billion']);

/** Currency written before the amount at token `i`: "£", "US$", "c $", "USD", "€". */
export function currencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  const code = prev.kind === 'word' ? codeOf(prev) : undefined;
  if (code) return { ...code, start: i - 1, next: i };
  const touching = !tokens[i]?.gap && prev.kind === 'word';
  // "$US55,931,000", "$A82,615,680": the country's letters after the dollar sign.
  if (touching && tokens[i - 2]?.text === '$' && !prev.gap && DOLLAR_PREFIX[prev.lower])
    return { currency: DOLLAR_PREFIX[prev.lower] ?? 'USD', start: i - 2, next: i };
  // "PS2.7m": a pound sign lost in transcoding to "PS".
  // A decimal or a scale tells it from a name ("PS4").
  if (
    touching &&
    prev.text === 'PS' &&
    (/[.,]/.test(tokens[i]?.text ?? '') || MONEY_SCALE.has(tokens[i + 1]?.lower ?? ''))
  )
    return { currency: 'GBP', start: i - 1, next: i };
  const symbol = SYMBOLS[prev.text];
  if (symbol === undefined) return undefined;
  const letters = tokens[i - 2];
  if (prev.text === '$' && letters?.kind === 'word') {
    const prefixed = DOLLAR_PREFIX[letters.lower];
    if (prefixed && (!prev.gap || !TIGHT_PREFIX.has(letters.lower))) {
      // "u.s $": the pre-tokenised spelling of US$
      if (letters.lower === 's' && tokens[i - 3]?.text === '.' && tokens[i - 4]?.lower === 'u')
        return { currency: 'USD', start: i - 4, next: i };
      return { currency: prefixed, start: i - 2, next: i };
    }
  }
  return { currency: symbol, start: i - 1, next: i };
}

/**
 * Currency written after the amount ending before token `i`: "20 euros", "50p",
 * "125 million Australian dollars", "10 €", "115USD". `scaled` allows the ambiguous words
 * ("361 million pounds"), as does a touching amount ("50p").
 */
export function currencyAfter(tokens: readonly Token[], i: number, scaled: boolean): CurrencyMatch | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const symbol = SYMBOLS[token.text];
  if (symbol !== undefined && token.text !== '$') return { currency: symbol, start: i, next: i + 1 };
  if (token.text === '$' && !tokens[i + 1]?.kind.startsWith('n')) return { currency: 'USD', start: i, next: i + 1 };
  if (token.kind !== 'word') return undefined;
  const coded = codeOf(token);
  if (coded) return { ...coded, start: i, next: i + 1 };
  const adjective = ADJECTIVES[token.lower];
  if (adjective) {
    const skip = token.lower === 'south' || token.lower === 'new' || token.lower === 'hong' ? 1 : 0;
    const noun = tokens[i + 1 + skip];
    const code = noun ? adjective[noun.lower] : undefined;
    if (code) return { currency: code, start: i, next: i + 2 + skip };
  }
  if ((token.lower === 'new' || token.lower === 'hong') && tokens[i + 1] && ADJECTIVES[tokens[i + 1]?.lower ?? '']) {
    const code = ADJECTIVES[tokens[i + 1]?.lower ?? '']?.[tokens[i + 2]?.lower ?? ''];
    if (code) return { currency: code, start: i, next: i + 3 };
  }
  const code = WORDS[token.lower];
  if (code === undefined) return undefined;
  // Pence are a small "p": "67P" is a comet, "PS4" a console.
  if (token.lower === 'p' && (token.gap || token.text !== 'p')) return undefined;
  if (AMBIGUOUS_WORDS.has(token.lower) && token.lower !== 'p' && !scaled) return undefined;
  return { currency: code, start: i, next: i + 1 };
}
