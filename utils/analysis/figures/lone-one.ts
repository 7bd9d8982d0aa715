import type { FigureHit } from './hit';
import type { Token } from './tokens';
import { ordinalWord } from './words';

// "one" and "first"-like words are often pronouns or idioms ("the one who", "one of them").
const ONE_BEFORE = new Set([
  'the',
  'this',
  'that',
  'which',
  'each',
  'any',
  'every',
  'no',
  'some',
  'another',
  'no-one',
  // "number one", "No. one": a rank said as an idiom.
  'number',
]);
const ONE_AFTER = new Set([
  'of',
  'another',
  'who',
  'which',
  'that',
  'you',
  'is',
  'was',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'should',
  'might',
  'must',
  'will',
  'has',
  'had',
  'day',
  'way',
  'thing',
  'hand',
  'side',
  'or',
  'and',
  'point',
  'voice',
  // "one after the other" (one = one of them).
  'after',
  // "one with a 2.6GHz processor", "one at a time", "pull one off", "use one to turn lights on":
  // a preposition straight after "one" leaves it standing for a noun.
  'with',
  'at',
  'to',
  'off',
  'on',
  'in',
  'for',
  // "I have one myself", "one that’s stronger", "one doesn’t exist here".
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'themselves',
  'that’s',
  "that's",
  'doesn’t',
  "doesn't",
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
]);
// "including one last month": one of them, then when; "one last time" stays a count.
const SPANS = new Set(['week', 'weekend', 'month', 'year', 'night', 'season', 'summer', 'winter', 'spring', 'autumn']);
// "one user quipped", "One Washington-based trade expert said": "one" as "a certain", not a count.
const SPEECH = new Set(
  'said says quipped told wrote writes added noted argued asked explained tweeted commented posted replied warned joked'.split(
    ' ',
  ),
);

/** "one" opens a noun phrase of up to four words that is the subject of a speech verb. */
function oneSpeaker(tokens: readonly Token[], at: number): boolean {
  let words = 0;
  for (let k = at + 1; words <= 4; k += 1) {
    const token = tokens[k];
    if (token?.text === '-' && !token.gap) continue;
    // "One person died and two said": the phrase ends at its own verb or a conjunction.
    if (!token || token.kind !== 'word' || token.lower === 'and' || token.lower === 'or') return false;
    if (SPEECH.has(token.lower)) return words > 0;
    if (/ed$/.test(token.lower) && tokens[k - 1]?.text !== '-') return false;
    words += 1;
  }
  return false;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
// "a second" is one second before these; before a noun it is an ordinal ("a second time").
const AFTER_A_SECOND = new Set([
  'or',
  'and',
  'of',
  'in',
  'for',
  'to',
  'later',
  'ago',
  'before',
  'after',
  'too',
  'longer',
]);

// What befell people, or what they did, counted one by one in the news: "One person was killed", "One member voted against".
const CASUALTY = new Set(
  'killed dead died dies injured wounded hurt arrested missing detained hospitalized hospitalised shot stabbed rescued voted abstained'.split(
    ' ',
  ),
);

/** Token `at` opens the text or follows the end of a sentence (or a quotation mark closing one). */
function opensSentence(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !prev || (prev.kind === 'sym' && /^[.!?"“”'‘’:—]$/.test(prev.text));
}

/** A casualty or vote word within five words after "One". */
function casualtyAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 5; k += 1) if (CASUALTY.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "to another" or "to the other" within a few words after "one". */
function fromOneToAnother(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 4; k += 1) {
    if (tokens[k]?.lower !== 'to') continue;
    const next = tokens[k + 1]?.lower;
    return next === 'another' || (next === 'the' && tokens[k + 2]?.lower === 'other');
  }
  return false;
}

/** "one" standing for a noun: "the only one who", "one listing the facts", "one." */
function oneIsPronoun(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.lower ?? '';
  const next = tokens[at + 1];
  if (!next || next.kind !== 'word') return true;
  if (ONE_BEFORE.has(prev) || ONE_AFTER.has(next.lower) || oneSpeaker(tokens, at)) return true;
  if (next.lower === 'last' && SPANS.has(tokens[at + 2]?.lower ?? '')) return true;
  // "One campaign video featured...", "One chapter over": a capital "One" opening a sentence means
  // "a certain"; a casualty or a vote ("One person was killed", "One member voted against") counts.
  // In a title-case headline ("In One Debate Answer") it is a count like any other.
  if (tokens[at]?.text === 'One' && opensSentence(tokens, at) && !casualtyAfter(tokens, at)) return true;
  // "from one room to another", "from one machine to the other": each in turn, not a count.
  if (prev === 'from' && fromOneToAnother(tokens, at)) return true;
  // "the only one in the room", but "only one amendment" counts.
  if (prev === 'only' && tokens[at - 2]?.lower === 'the') return true;
  return next.lower.endsWith('ing') && DETERMINERS.has(tokens[at + 2]?.lower ?? '');
}

/**
 * True when a lone number word is not a figure: "one" as a pronoun or idiom, "a second" as a
 * moment, an ordinal word that is not read as an ordinal.
 */
export function skipLoneOne(
  tokens: readonly Token[],
  figure: { start: number; next: number; kind: FigureHit['figureKind'] },
): boolean {
  const word = tokens[figure.start];
  if (figure.next - figure.start !== 1 || word?.kind !== 'word') return false;
  if (word.lower === 'one') return oneIsPronoun(tokens, figure.start);
  if (word.lower === 'second') {
    const prev = tokens[figure.start - 1]?.lower ?? '';
    const next = tokens[figure.next];
    if (prev === 'a') return next?.kind !== 'word' || AFTER_A_SECOND.has(next.lower);
    return ['per', 'split', 'one'].includes(prev);
  }
  return ordinalWord(word.lower) !== undefined && figure.kind !== 'ordinal';
}
