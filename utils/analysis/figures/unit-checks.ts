import type { Token } from './tokens';

// Words that put a bare "C" or "F" in the weather or the kitchen: "it's 30 C outside", "highs of 90F".
const WARMTH = new Set(
  (
    'temperature temperatures degree degrees heat heatwave hot hotter hottest cold colder coldest warm warmer ' +
    'warmest cool cooler chilly freezing frost weather forecast thermometer thermostat celsius fahrenheit ' +
    'centigrade highs lows mercury oven outside boiling'
  ).split(' '),
);
// How far a cue may sit from the figure, within its sentence.
const REACH = 12;

const endsSentence = (t: Token | undefined): boolean => t?.kind === 'sym' && /[.!?;]/.test(t.text);

/** Another temperature in the same sentence: "38C (100F)", "-18 °C". */
const isTemperatureMark = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === '°') return true;
  return (t.text === 'C' || t.text === 'F') && !t.gap && tokens[k - 1]?.kind === 'num';
};

/**
 * Whether the letter unit at `i` ("C", "F") sits among words about warmth. Without one,
 * "the 13F filing", "a Boeing 777F" and "a 5 C grade" are names and grades, not temperatures.
 */
export function warmthNear(tokens: readonly Token[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = i + step, n = 0; n < REACH && k >= 0 && k < tokens.length; k += step, n += 1) {
      const t = tokens[k];
      if (endsSentence(t)) break;
      if (WARMTH.has(t?.lower ?? '') || isTemperatureMark(tokens, k)) return true;
    }
  }
  return false;
}

/** "40C" is Celsius unless a slash follows ("14.7C/ per security" is a mangled cent sign). */
export function celsiusLetter(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  return !(after?.text === '/' && !after.gap);
}

// Straight double quotes before each token index, found once per text so the check stays linear.
const quoteIndex = new WeakMap<readonly Token[], number[]>();

/**
 * Whether the straight quote at `i` after a number is an inch mark ('a 9" plate'), not the close
 * of a quotation ('he said "we paid 10"'): an even number of quotes before it means none is open.
 */
export function inchMark(tokens: readonly Token[], i: number): boolean {
  let quotes = quoteIndex.get(tokens);
  if (!quotes) {
    quotes = [];
    for (let k = 0; k < tokens.length; k += 1) if (tokens[k]?.text === '"') quotes.push(k);
    quoteIndex.set(tokens, quotes);
  }
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo % 2 === 0;
}
