/**
 * Names: runs of capitalised words, titles stripped ("United Nations Secretary
 * General Antonio Guterres" -> "Antonio Guterres"), and an index of the people an
 * article names so surnames and pronouns resolve to the full name.
 */
import type { Token } from './tokens';

/** Capitalised words that start sentences or clauses rather than names. */
const NOT_NAME = new Set(
  (
    'the a an but and or so if in on at as by for from to of with when while after before since this that these ' +
    'those there here it he she they we i you his her their its our my your last next speaking asked according ' +
    'yet still then now also however meanwhile earlier later today yesterday tonight monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april june july august september october november ' +
    'december what why how who where which not no yes instead despite during although though because until ' +
    'unlike like even just only all both each every many most some such one two three other another more ' +
    'read watch click sign follow said says told added following among amid under over about through ' +
    'without within against regarding including given having being unless whether perhaps maybe indeed nor thus ' +
    'hence therefore moreover furthermore besides otherwise rather overall finally second again shortly continuing ' +
    'adding noting citing calling asking ' +
    // Auxiliaries of title-case headings ("Stadia Is Essentially A Beta"), never inside a name.
    'is are was were does did has have seems ' +
    // Interjections and stage words that open dialogue: "Ah Bartleby", "Enter Stuart Kaplan".
    'ah oh hey enter ' +
    // Pronouns and articles of the other languages a desk meets: "Il a dit :" names no one.
    'il elle ils elles nous vous je tu er sie wir ihr es der die das ein eine él ella ellos yo'
  ).split(' '),
);

/** Number words, which open sentences ("Fifty-one percent say") but never names. */
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion ' +
    'dozens hundreds thousands millions'
  ).split(' '),
);

/** Titles and roles stripped from the front of a name. */
const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice prime minister secretary ' +
    'general gen. senator sen. rep. representative congressman congresswoman gov. governor mayor judge justice ' +
    'chief ambassador chairman chairwoman chair director speaker leader spokesman spokeswoman spokesperson ' +
    'commissioner attorney foreign defense defence interior finance king queen prince princess pope rev. father ' +
    'sheikh ayatollah lt. col. capt. sgt. officer detective coach ceo executive democratic republican democrat ' +
    'gop libertarian candidate nominee presidential former rival deputy assistant acting majority minority whip ' +
    'press supreme sheriff chancellor premier councillor councilman councilwoman professor reverend pastor ' +
    'bishop cardinal archbishop state first lady host anchor agent manager founder chairperson commander admiral'
  ).split(' '),
);

/** Words that make a run an organisation or a place rather than a person. */
const NOT_PERSON = new Set(
  (
    'post times news department party committee campaign university institute council association foundation ' +
    'agency service bureau commission congress senate house court reuters cnn fox inc corp company group center ' +
    'centre network journal magazine club church army force police office ministry administration government ' +
    'union bank fund board republicans democrats americans street new north south east west united states ' +
    'kingdom los san santa las fort mount lake river island county city avenue square hall park beach valley bay ' +
    'coast carolina dakota jersey hampshire mexico york angeles francisco america american day security ' +
    'national federal international world global media tv radio press times tribune herald daily weekly review ' +
    'twitter facebook instagram youtube google white black republic nations ' +
    // Firms and departments: "Kotak Institutional Equities", "Head of Fundamental Research", "Dick Clark Productions".
    'research securities equities holdings capital partners productions records entertainment studios ' +
    'industries technologies systems solutions labs airlines airways motors investments management consulting ' +
    'strategy economics analytics markets affairs operations communications relations studies sciences services ' +
    'hospital school college academy museum library society alliance coalition federation ltd llc plc corporation ' +
    'limited'
  ).split(' '),
);

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'du',
  'dos',
  'del',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

const CAP = /^\p{Lu}/u;
const CLITIC = /[’'](?:s|ll|re|ve|d)$/i;
const ACRONYM = /^[A-Z]{3,5}$/;
/** Words of all-caps headlines and kickers, never acronyms. */
const CAPS_WORDS = new Set(
  'the and but for with from this that what when then than they she you his her its our all not yes how why'.split(' '),
);

/** True for a word that can be part of a name run. */
export function isNameWord(word: string): boolean {
  const c = word.charCodeAt(0);
  // Most words are ASCII: decide those without the Unicode test.
  const capital = c < 128 ? c >= 65 && c <= 90 : CAP.test(word);
  if (!capital) return false;
  // "That’s", "There’s": a contraction or possessive of an opener is still the opener.
  const bare = word.replace(CLITIC, '');
  // "WHO", "AND": an acronym is a name even when its letters spell a function word.
  const lower = bare.toLowerCase();
  // "Fifty-one percent say": a number is no name, hyphenated or not.
  if (NUMBER_WORDS.has(lower.split('-')[0] ?? '')) return false;
  return !NOT_NAME.has(lower) || (ACRONYM.test(bare) && !CAPS_WORDS.has(lower));
}

/** True for he, she, they, I, we, it, you. */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

/** True for a title or role word such as "President" or "Sen.". */
export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

const POSSESSIVE = /[’']s?$/;

/** Consecutive name words; `first` is the index of the first one in the tokens given. */
export type NameRun = { tokens: Token[]; possessive: boolean; first: number };

/**
 * Splits tokens into runs of name words joined by a single space (or a particle
 * such as "al" or "de"). A possessive ends its run and is flagged.
 */
export function nameRuns(text: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let run: Token[] = [];
  let first = 0;
  // A new array only after a run: most tokens are not names, and one array each was most of the garbage.
  const flush = (possessive: boolean): void => {
    if (!run.length) return;
    runs.push({ tokens: run, possessive, first });
    run = [];
  };
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    // Joined by nothing or one space; read by offset, as slicing every gap cost more than the runs.
    const gap = prev === undefined ? NaN : t.start - prev.end;
    const joined = gap <= 0 || (gap === 1 && text.charCodeAt(prev?.end ?? 0) === 32);
    if (!joined) flush(false);
    if (!run.length) first = k;
    if (
      isNameWord(t.text) ||
      (run.length > 0 && PARTICLES.has(t.text.toLowerCase()) && isNameWord(tokens[k + 1]?.text ?? ''))
    ) {
      const possessive = POSSESSIVE.test(t.text) && /[’']/.test(t.text.slice(-2));
      run.push(possessive ? { ...t, text: t.text.replace(POSSESSIVE, ''), end: t.end } : t);
      if (possessive) flush(true);
    } else flush(false);
  });
  flush(false);
  return runs;
}

/** A name run after title stripping. */
export type Name = {
  /** "Antonio Guterres", or "President Trump" when only a title and a surname are given. */
  text: string;
  /** The name without titles. */
  bare: string[];
  person: boolean;
};

const ADVERB_OPENER = /^\p{Lu}\p{Ll}+(?:ingly|edly|ally|ently|antly|ously|ately|ively|fully|lessly|ibly|ably)$/u;

/** Strips titles, keeps the last title with a lone surname ("President Trump"). */
export function nameOf(words: string[]): Name | null {
  // "Accordingly Turkey cried": an adverb opening the sentence is not the first name.
  if (words.length > 1 && ADVERB_OPENER.test(words[0] ?? '')) words = words.slice(1);
  // "said I.": a lone initial is no one's name.
  if (words.length === 1 && /^\p{Lu}\.$/u.test(words[0] ?? '')) return null;
  let last = -1;
  // A title word as the final word is a surname ("Charlie King"), so it never strips everything.
  words.forEach((w, k) => {
    if (isTitle(w) && k < words.length - 1) last = k;
  });
  const bare = words.slice(last + 1);
  // "Vice President" is no one, but "Mr. King" is a surname after a courtesy title.
  const courtesy = /^(mr|mrs|ms|miss|dr)\.?$/i.test(words[words.length - 2] ?? '');
  if (!bare.length || (words.every(isTitle) && !courtesy)) return null;
  const orgish = bare.some((w) => NOT_PERSON.has(w.toLowerCase())) || bare.every((w) => /^\p{Lu}[\p{Lu}.]+$/u.test(w));
  const title = last >= 0 ? words[last] : undefined;
  const text = bare.length === 1 && title ? `${title} ${bare[0]}` : bare.join(' ');
  return { text, bare, person: !orgish && (bare.length >= 2 || last >= 0) };
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside']);

/** "in Salem", "to Washington D.C.": a place, not a person. `k` indexes the run's first token. */
export function afterPlacePreposition(tokens: Token[], k: number): boolean {
  return k > 0 && PLACE_PREPOSITIONS.has(tokens[k - 1]?.text ?? '');
}
