import type { Token } from './tokens';
import { celsiusLetter, inchMark, warmthNear } from './unit-checks';

/** A unit as it may be written after a number. */
type UnitEntry = {
  /** Token texts in order, lower-case unless `exact`. */
  words: string[];
  unit: string;
  /** Compare token text case-sensitively ("C" is Celsius, "c" is not). */
  exact?: boolean;
  /** Only when written against the number: "20C", "5m", "3t". */
  tight?: boolean;
  /** Only when one of these words follows ("2 in thick"). */
  before?: readonly string[];
  /** Only when the words around the unit at token `i` allow it. */
  check?: (tokens: readonly Token[], i: number) => boolean;
};

const entries: UnitEntry[] = [];
const add = (unit: string, forms: string[], extra: Omit<UnitEntry, 'words' | 'unit'> = {}): void => {
  for (const form of forms) entries.push({ words: form.match(/[\p{L}]+|\d+|\S/gu) ?? [], unit, ...extra });
};
const SIZE_WORDS = ['thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'diameter', 'of'];

add('km', ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers']);
add('m', ['metre', 'metres', 'meter', 'meters']);
add('m', ['m'], { exact: true, tight: true });
add('cm', ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters']);
add('mm', ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters']);
add('dm', ['dm', 'decimetre', 'decimetres', 'decimeter', 'decimeters']);
add('nm', ['nanometre', 'nanometres', 'nanometer', 'nanometers']);
add('mi', ['mile', 'miles', 'mi']);
add('ft', ['foot', 'feet', 'ft']);
add('in', ['inch', 'inches']);
add('in', ['in'], { before: [...SIZE_WORDS, '', '.', ',', ')'] });
add('in', ['″'], { exact: true });
add('in', ['"'], { exact: true, check: inchMark });
add('yd', ['yard', 'yards', 'yd', 'yds']);
add('nmi', ['nautical mile', 'nautical miles']);
add('acre', ['acre', 'acres']);
add('ha', ['hectare', 'hectares', 'ha']);
add('km²', ['km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers']);
add('m²', ['m2', 'm²', 'sq m', 'square metre', 'square metres', 'square meter', 'square meters']);
// "4km^2", "4 km squared": the power written out or with a caret.
for (const [base, square, cube] of [
  ['km', 'km²', 'km³'],
  ['m', 'm²', 'm³'],
  ['cm', 'cm²', 'cm³'],
  ['mi', 'mi²', 'mi³'],
  ['ft', 'ft²', 'ft³'],
] as const) {
  add(square, [`${base}^2`, `${base} squared`]);
  add(cube, [`${base}^3`, `${base} cubed`]);
}
add('mi²', ['sq mi', 'square mile', 'square miles']);
add('ft²', ['sq ft', 'square foot', 'square feet']);
add('km³', ['km3', 'cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers']);
add('m³', ['m3', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters']);
add('ft³', ['cubic foot', 'cubic feet']);
add('kg', ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes']);
add('g', ['gram', 'grams', 'gramme', 'grammes']);
add('g', ['g'], { exact: true, tight: true });
add('mg', ['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes']);
add('µg', ['µg', 'μg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes']);
add('lb', ['lb', 'lbs', 'pound', 'pounds']);
add('oz', ['oz', 'ounce', 'ounces']);
add('st', ['stone']);
add('t', ['tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonnes']);
add('t', ['t'], { exact: true, tight: true });
add('ton', ['ton', 'tons']);
add('l', ['litre', 'litres', 'liter', 'liters']);
add('l', ['l', 'L'], { exact: true, tight: true });
add('l', ['L'], { exact: true });
add('ml', ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters']);
add('cl', ['cl', 'centilitre', 'centilitres']);
add('gal', ['gallon', 'gallons', 'gal']);
add('barrel', ['barrel', 'barrels', 'bbl']);
add('pint', ['pint', 'pints']);
add('cup', ['cup', 'cups']);
add('tbsp', ['tablespoon', 'tablespoons', 'tbsp']);
add('tsp', ['teaspoon', 'teaspoons', 'tsp']);
add('fps', ['fps', 'frames per second', 'frames a second']);
add('mph', ['mph', 'miles an hour', 'miles per hour', 'mile an hour', 'mile per hour']);
add('km/h', [
  'km/h',
  'kph',
  'kmph',
  'km/hr',
  'kmh',
  'kilometres per hour',
  'kilometers per hour',
  'kilometres an hour',
  'kilometers an hour',
]);
add('m/s', ['m/s', 'metres per second', 'meters per second']);
add('knot', ['knot', 'knots']);
add('°C', [
  '°C',
  '° C',
  '° Celsius',
  '° centigrade',
  'degrees Celsius',
  'degree Celsius',
  'degrees C',
  'deg C',
  'deg celsius',
  'degrees centigrade',
  'celsius',
  'centigrade',
  // Common misspellings, harmless to accept after a number.
  'degrees celcius',
  'celcius',
]);
add('°C', ['C'], { exact: true, tight: true, check: celsiusLetter });
add('°C', ['C'], { exact: true, check: warmthNear });
add('°F', [
  '°F',
  '° F',
  '° Fahrenheit',
  'degrees Fahrenheit',
  'degree Fahrenheit',
  'degrees F',
  'deg F',
  'deg fahrenheit',
  'fahrenheit',
  'degrees farenheit',
  'farenheit',
]);
add('°F', ['F'], { exact: true, check: warmthNear });
add('K', ['kelvin', 'kelvins']);
add('°', ['°', 'degree', 'degrees']);
add('rad', ['rad', 'radian', 'radians']);
add('kWh', ['kWh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours']);
add('MWh', ['MWh', 'megawatt hour', 'megawatt hours', 'megawatt-hours']);
add('GWh', ['GWh', 'gigawatt hours', 'gigawatt-hours']);
add('Wh', ['Wh', 'watt hour', 'watt hours']);
add('W', ['W'], { exact: true });
add('W', ['watt', 'watts']);
add('kW', ['kW', 'kilowatt', 'kilowatts']);
add('MW', ['MW', 'megawatt', 'megawatts']);
add('GW', ['GW', 'gigawatt', 'gigawatts']);
add('V', ['V'], { exact: true });
add('V', ['volt', 'volts']);
add('eV', ['eV', 'electronvolt', 'electronvolts']);
add('kcal', ['kcal', 'calories', 'calorie', 'cal']);
add('Hz', ['Hz', 'hertz']);
add('kHz', ['kHz', 'kilohertz']);
add('MHz', ['MHz', 'megahertz']);
add('GHz', ['GHz', 'gigahertz']);
add('KB', ['KB', 'kB', 'kilobyte', 'kilobytes']);
add('MB', ['MB'], { exact: true });
add('MB', ['megabyte', 'megabytes']);
add('GB', ['GB', 'gigabyte', 'gigabytes']);
add('TB', ['TB', 'terabyte', 'terabytes']);
add('EB', ['EB', 'exabyte', 'exabytes']);
add('byte', ['byte', 'bytes']);
add('Mb', ['mb', 'Mb'], { exact: true });
add('Mb', ['megabit', 'megabits']);
add('Gb', ['Gb', 'gigabit', 'gigabits']);
add('bit', ['bit', 'bits']);
for (const entry of entries) if (!entry.exact) entry.words = entry.words.map((w) => w.toLowerCase());

const byFirst = new Map<string, UnitEntry[]>();
for (const entry of entries) {
  const key = (entry.words[0] ?? '').toLowerCase();
  const list = byFirst.get(key) ?? [];
  list.push(entry);
  byFirst.set(key, list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

/** A unit found after a number. */
export type UnitMatch = { unit: string; next: number };

const tokenIs = (token: Token | undefined, word: string, exact: boolean): boolean =>
  token !== undefined && (exact ? token.text === word : token.lower === word);

/**
 * The unit starting at token `i`, if any. `tight` says the unit touches the number
 * ("5km"); single-letter units need that, so "5 m" and "a 5 C grade" are not read as units.
 */
export function readUnit(tokens: readonly Token[], i: number, tight: boolean): UnitMatch | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  for (const entry of byFirst.get(first.lower) ?? []) {
    if (entry.tight && !tight) continue;
    let ok = true;
    for (let k = 0; k < entry.words.length && ok; k += 1) {
      const token = tokens[i + k];
      const word = entry.words[k] ?? '';
      // Symbols inside a unit ("km/h", "km2") must touch; words may be spaced ("square metres").
      ok = tokenIs(token, word, entry.exact === true) && (k === 0 || !(token?.gap && token.kind !== 'word'));
    }
    if (!ok) continue;
    const next = i + entry.words.length;
    const after = tokens[next];
    // "5 m" or "20C" must not run into more letters or digits ("24703m212", "5 Cs").
    if (after && !after.gap && (after.kind === 'word' || after.kind === 'num')) continue;
    // "24703 L-202" is a part number.
    if (after?.text === '-' && !after.gap && tokens[next + 1]?.kind === 'num') continue;
    if (entry.before && !entry.before.includes(tokens[next]?.lower ?? '')) continue;
    if (entry.check && !entry.check(tokens, i)) continue;
    return { unit: entry.unit, next };
  }
  return bracketed(tokens, i);
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** A unit in brackets after the number, as tables and specifications write it: "20 (kg)". */
function bracketed(tokens: readonly Token[], i: number): UnitMatch | undefined {
  const close = CLOSING[tokens[i]?.text ?? ''];
  if (!close || tokens[i + 1]?.gap) return undefined;
  const inner = readUnit(tokens, i + 1, true);
  return inner && tokens[inner.next]?.text === close ? { unit: inner.unit, next: inner.next + 1 } : undefined;
}

// The smaller unit of a compound measure and how many make one of the larger: "5 ft 2 in", "11 st 4 lb".
const COMPOUND: Readonly<Record<string, [string, number]>> = { ft: ['in', 12], lb: ['oz', 16], st: ['lb', 14] };

/** "5 feet 2 inches", "5 ft and 2 in": the second part added to the first, in the first's unit. */
export function readCompound(
  tokens: readonly Token[],
  next: number,
  unit: string,
  value: number,
): { value: number; next: number } | undefined {
  const part = COMPOUND[unit];
  if (!part) return undefined;
  const k = tokens[next]?.lower === 'and' ? next + 1 : next;
  const num = tokens[k];
  if (num?.kind !== 'num') return undefined;
  // After feet, "in" is inches whatever follows ("12 ft 2 in more or less").
  const small =
    part[0] === 'in' && tokens[k + 1]?.lower === 'in'
      ? { unit: 'in', next: k + 2 }
      : readUnit(tokens, k + 1, !tokens[k + 1]?.gap);
  if (small?.unit !== part[0]) return undefined;
  return { value: value + Number(num.text.replace(/,/g, '')) / part[1], next: small.next };
}
