import { isCapitalized, type Token } from './tokens';
import { ONES, SCALES } from './words';

// Capitalised words that may open a sentence before a figure without naming anything.
const CAP_OK = new Set(
  (
    'a an the and but or of in at by for to with from between about around over under almost nearly roughly ' +
    'approximately some only just exactly another those these its their his her our my your each every top up ' +
    'than since until after before where when while last first next more less fewer estimated then now today ' +
    'yesterday on i we they he she it all both some another additional further another even also another ' +
    'minus negative plus equals equal exceed surpass above below up down rose fell increased decreased was were is are ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
// "mid-2018", "pre-1990": prefixes that keep the number a figure.
const PREFIXES = new Set([
  'mid',
  'pre',
  'post',
  'late',
  'early',
  'over',
  'under',
  'sub',
  'top',
  'around',
  'about',
  'some',
]);
const STREET = new Set(
  'street st road rd avenue ave lane ln drive dr place square boulevard blvd way close crescent terrace court'.split(
    ' ',
  ),
);

/**
 * A number after a capitalised word that still reads as a count: after a possessive
 * ("Syria's 800,000 refugees"), with thousands grouping ("Idlib 800,000"), or with a
 * scale ("Gaza 2 million"). Model numbers ("Boeing 737", "Apollo 11") have none of these.
 */
/** "Boeing", and product names with an inner capital: "iPhone", "eBay". */
const hasCapital = (token: Token): boolean => token.kind === 'word' && token.text !== token.text.toLowerCase();

function countLike(tokens: readonly Token[], start: number, next: number, prev: Token): boolean {
  if (/['’]s$/.test(prev.text)) return true;
  const first = tokens[start];
  if (first?.kind === 'num' && /[,\u00a0\u202f ]/.test(first.text)) return true;
  return next - start > 1 && SCALES[tokens[next - 1]?.lower ?? ''] !== undefined;
}

/**
 * True when the number at tokens [start, next) is part of a name or an identifier rather
 * than a figure: "G20", "COVID-19", "Boeing 737", "Apollo 11", "10 Downing Street", "3D".
 * `measured` figures (with a unit, currency or percent) and possible years skip the
 * capitalised-word test, since "Idlib 2018" and "Brent $80" are figures.
 */
export function isIdentifier(tokens: readonly Token[], start: number, next: number, measured: boolean): boolean {
  const first = tokens[start];
  const prev = tokens[start - 1];
  if (!first) return false;
  if (first.kind === 'num' && prev && !first.gap && (prev.kind === 'word' || prev.kind === 'num')) return true;
  if (prev && (prev.text === '-' || prev.text === '‑') && !first.gap && !prev.gap) {
    const word = tokens[start - 2];
    // "COVID-19" is a name; "218-210" (a vote, a score) is two figures.
    if (word && word.kind === 'word' && !PREFIXES.has(word.lower)) return true;
  }
  const after = tokens[next];
  if (after && !after.gap && (after.kind === 'word' || after.kind === 'num')) return true;
  if (
    modelNumber(tokens, start, next) ||
    emergencyNumber(tokens, start, next) ||
    bondName(tokens, start, next) ||
    resolution(tokens, start, next) ||
    compoundName(tokens, next)
  )
    return true;
  // Tweet and database ids in markup or links: id="771156940076544000", /status/7711569400765.
  if (first.kind === 'num' && /^\d{13,}$/.test(first.text) && /^["'=/#:]$/.test(prev?.text ?? '')) return true;
  if (!measured && prev && nameBefore(tokens, start, next, prev)) return true;
  // A grouped number ("nr. 22,240,260") still counts, as after a name.
  if (first.kind === 'num' && /^\d+$/.test(first.text) && reference(tokens, start)) return true;
  // "86 Gansevoort St.", and "Eighth St.", "Fifth Avenue" as a whole.
  const wordName = first.kind === 'word' && isCapitalized(first);
  if (first.kind === 'num' || wordName) {
    for (let k = next; k < next + 4; k += 1) {
      const token = tokens[k];
      if (!isCapitalized(token)) break;
      if (STREET.has(token?.lower ?? '') && (k > next || wordName)) return true;
    }
  }
  return false;
}

/** Abbreviations that number a part of a text: "Nr. 4", "No. 5", "Art. 12", "Abs. 3", "p. 40". */
const PART_ABBREVIATIONS = new Set('no nr nos art abs para sec ch vol p pp'.split(' '));

/** "§ 68 SGB V", "Absatz 3 Nr. 4": a section, clause or page number names a part of a text, not an amount. */
function reference(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (prev?.text === '§' || prev?.text === '¶') return true;
  return prev?.text === '.' && !prev.gap && PART_ABBREVIATIONS.has(tokens[start - 2]?.lower ?? '');
}

const HYPHENS = new Set(['-', '‑', '–']);
const plainInteger = (token: Token | undefined): boolean => token?.kind === 'num' && /^\d{1,4}$/.test(token.text);
const NUMBER_WORDS = new Set(Object.keys(ONES));

/**
 * Model numbers: "Boeing Co. 787-10", "787-9 Dreamliner" (a variant after a hyphen, far
 * smaller than the model, so not a score), "A350-900" (the variant of a lettered model),
 * "five 787 Dreamliner sales", "roughly 400 737 Max jets" (a second bare number right
 * after a count names what is counted).
 */
function modelNumber(tokens: readonly Token[], start: number, next: number): boolean {
  const first = tokens[start];
  if (next - start !== 1 || !plainInteger(first) || !first) return false;
  const variant = (model: Token | undefined, v: Token | undefined): boolean =>
    model !== undefined &&
    v !== undefined &&
    Number(model.text) >= 100 &&
    Number(v.text) * 5 < Number(model.text) &&
    // "2010-11" is a season, not a model.
    !(Number(model.text) >= 1900 && Number(model.text) <= 2100 && v.text.length === 2);
  const link = tokens[next];
  if (link && HYPHENS.has(link.text) && !link.gap && plainInteger(tokens[next + 1]) && !tokens[next + 1]?.gap)
    if (variant(first, tokens[next + 1])) return true;
  const prev = tokens[start - 1];
  const model = tokens[start - 2];
  if (prev && HYPHENS.has(prev.text) && !prev.gap && !first.gap && model?.kind === 'num') {
    if (variant(model, first)) return true;
    // "A350-900": the model is glued to its letters.
    if (!model.gap && tokens[start - 3]?.kind === 'word') return true;
  }
  if (Number(first.text) >= 100 && first.gap && prev && (prev.kind === 'num' || NUMBER_WORDS.has(prev.lower)))
    return true;
  return false;
}

const SCREEN_WORDS = new Set(
  'tv tvs video videos resolution display displays screen screens monitor monitors footage streaming camera cameras run race'.split(
    ' ',
  ),
);

/** "4K Ultra HD", "a 4K TV", "the 5K run": a resolution or a race named by a digit and a capital K, not 4,000. */
function resolution(tokens: readonly Token[], start: number, next: number): boolean {
  const k = tokens[next - 1];
  if (next - start !== 2 || k?.text !== 'K' || k.gap || !/^\d$/.test(tokens[start]?.text ?? '')) return false;
  const after = tokens[next];
  return after !== undefined && (isCapitalized(after) || SCREEN_WORDS.has(after.lower));
}

/**
 * "2-Faktor-Authentifizierung", "Zwei-Faktor-Authentifizierung", "24-Stunden-Rennen": a number that
 * opens a compound of nouns names a kind of thing; "12-monatiger" (one hyphen) still counts months.
 */
function compoundName(tokens: readonly Token[], next: number): boolean {
  const [hyphen, noun, link, rest] = [tokens[next - 2], tokens[next - 1], tokens[next], tokens[next + 1]];
  return (
    hyphen !== undefined &&
    HYPHENS.has(hyphen.text) &&
    !hyphen.gap &&
    isCapitalized(noun) &&
    !noun?.gap &&
    link !== undefined &&
    HYPHENS.has(link.text) &&
    !link.gap &&
    rest?.kind === 'word' &&
    !rest.gap
  );
}

const BONDS = new Set(
  'treasury treasuries bond bonds note notes gilt gilts bund bunds jgb jgbs yield yields paper debt'.split(' '),
);

/** "the 10-year Treasury yield": a bond's name (its tenor), not a count of years. */
function bondName(tokens: readonly Token[], start: number, next: number): boolean {
  // The figure may end before "-year" or after it ("10-year" read with its unit).
  const year = tokens[next - 1]?.lower === 'year' && tokens[next - 2]?.text === '-' ? next - 1 : next + 1;
  if (tokens[year]?.lower !== 'year' || tokens[year - 1]?.text !== '-' || tokens[year - 1]?.gap) return false;
  return year - start <= 2 && BONDS.has(tokens[year + 1]?.lower ?? '');
}

const EMERGENCY = new Set(['911', '999', '112', '000']);
const CALL_AFTER = new Set([
  'call',
  'calls',
  'caller',
  'callers',
  'dispatcher',
  'dispatchers',
  'operator',
  'operators',
  'center',
  'centre',
  'system',
  'line',
  'emergency',
]);
const CALL_BEFORE = new Set([
  'dial',
  'dialed',
  'dialled',
  'dialing',
  'dialling',
  'call',
  'called',
  'calling',
  'phoned',
  'rang',
]);

/** An emergency number ("receiving 911 calls", "called 999") names a service; it counts nothing. */
function emergencyNumber(tokens: readonly Token[], start: number, next: number): boolean {
  if (next - start !== 1 || !EMERGENCY.has(tokens[start]?.text ?? '')) return false;
  return CALL_AFTER.has(tokens[next]?.lower ?? '') || CALL_BEFORE.has(tokens[start - 1]?.lower ?? '');
}

/**
 * A capitalised word before the number makes it a name ("Apollo 11", "Formula One"), unless
 * the number word is lower case ("Rubio five": a count after a name) or the capital only opens
 * the sentence on an adverb ("Fully 250 companies", "Roughly 40").
 */
function nameBefore(tokens: readonly Token[], start: number, next: number, prev: Token): boolean {
  // "… Timothy Weeks AP" / "Two hostages were released": a name does not run over a line break.
  if (tokens[start]?.line) return false;
  if (!hasCapital(prev) || CAP_OK.has(prev.lower) || countLike(tokens, start, next, prev)) return false;
  const first = tokens[start];
  if (first?.kind === 'word' && !isCapitalized(first)) return false;
  const before = tokens[start - 2];
  const opensSentence = !before || /^[.!?"“”'‘’:;—]$/.test(before.text);
  return !(opensSentence && prev.lower.endsWith('ly'));
}
