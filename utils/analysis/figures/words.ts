/** Cardinal words below twenty. */
export const ONES: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words, also written after digits: "3.2 billion", "£1.2bn". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
};

/** Ordinal words and their value; the plural forms name fractions ("two-thirds"). */
const ORDINAL_BASE: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  nineth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
};

/** Every ordinal word, for quick membership tests. */
export const ORDINAL_WORDS: readonly string[] = Object.keys(ORDINAL_BASE);

/** Value of an ordinal word ("twelfth" → 12), or undefined. */
export function ordinalWord(lower: string): number | undefined {
  return ORDINAL_BASE[lower];
}

/** Denominator named by a fraction word: "thirds" → 3, "half" → 2, "quarters" → 4. */
export function fractionWord(lower: string): number | undefined {
  if (lower === 'half' || lower === 'halves') return 2;
  if (lower === 'quarter' || lower === 'quarters') return 4;
  if (lower === 'seconds' || lower === 'firsts') return undefined;
  if (lower.endsWith('s')) return ORDINAL_BASE[lower.slice(0, -1)];
  return undefined;
}

/** "dozen" and its abbreviations ("3 dzs"). */
export const DOZENS = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/** Scale ordinals: "two hundredth" is the 200th, "two hundredths" is 0.02. */
export const SCALE_ORDINALS = new Set(['hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth']);
