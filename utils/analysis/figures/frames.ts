/**
 * The words around a figure that say what it is about: its sentence, its clause, the content
 * words nearest to it (its frame) and the names in its sentence. Consistency checks compare
 * two figures' frames to decide whether they tell the same thing.
 */

/** Character span of a sentence or clause. */
export type Span = { start: number; end: number };

/** What the text around one figure says, for comparing with another figure. */
export type Frame = {
  sentence: Span;
  clause: Span;
  /** Content words of the clause nearest the figure, normalised ("fled" → "displace"). */
  words: Set<string>;
  /** The nearest content word on each side of the figure and its noun: the verb or event it goes with. */
  head: Set<string>;
  /** Capitalised names in the sentence ("Clinton", "Varlamov"). */
  names: Set<string>;
};

// "Mr." and "U.S." do not end a sentence.
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gov|Sen|Rep|Gen|Col|Lt|No|vs|Inc|Co|Corp|Ltd)|\b\p{Lu})\.$/u;
const SENTENCE_END = /[.!?\n]/;
const MAX_SENTENCE = 400;
// Where a clause stops: punctuation, and words that join two different statements.
const CLAUSE_PUNCT = /[,;:()[\]"“”—–]/;
const CLAUSE_WORDS = /^(?:while|whereas|but|and|or|compared|versus|vs|than|respectively|when|including)$/i;
const NEAR = 5;

/** Reporting verbs, auxiliaries and other words that say nothing about what is counted. */
export const FRAME_STOP = new Set(
  (
    'the and for that this with from have has had having been being were was are is be will would could should ' +
    'can may might must also some into over after before when where what while other these those such only just ' +
    'very most many much each both about than more them they their there which who whom whose his her its our ' +
    'your said says say saying told tell tells according reported reports report added noted stated per cent ' +
    'percent people then now later all total another one same new not did does doing got get gets least ' +
    'nearly almost around roughly approximately estimated under fewer less close just '
  ).split(' '),
);

// Words for one news event, so "800,000 displaced" and "700,000 fled" are the same event.
const EVENTS: Record<string, string> = {};
for (const [event, words] of [
  [
    'displace',
    'displaced displace displacing displacement fled flee flees fleeing uprooted evacuated evacuate refugees',
  ],
  ['kill', 'killed kill kills killing dead died die dies dying death deaths fatalities perished lives'],
  ['injure', 'injured injure injuring injuries wounded hurt'],
  ['arrest', 'arrested arrest arrests arresting detained detain detention'],
  ['missing', 'missing unaccounted'],
] as const)
  for (const w of words.split(' ')) EVENTS[w] = event;

/** "fled" → "displace", "delegates" → "delegate": one spelling per event or word. */
export function normalise(word: string): string {
  const w = word.toLowerCase();
  const event = EVENTS[w];
  if (event) return event;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The sentence holding [start, end), not cut at "Mr." or "U.S.". */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && start - s < MAX_SENTENCE) {
    const c = text[s - 1] ?? '';
    if (SENTENCE_END.test(c) && (c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, s - 6), s)))) break;
    s -= 1;
  }
  let e = end;
  while (e < text.length && e - end < MAX_SENTENCE) {
    const c = text[e] ?? '';
    if (SENTENCE_END.test(c) && (c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, e - 5), e + 1)))) break;
    e += 1;
  }
  return { start: s, end: e };
}

type Word = { text: string; start: number; end: number };

function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  for (const m of text
    .slice(span.start, span.end)
    .matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|\p{L}|\p{N}|[,;:()[\]"“”—–]/gu))
    out.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}

const isBreak = (w: Word): boolean => CLAUSE_PUNCT.test(w.text) || CLAUSE_WORDS.test(w.text);
const isContent = (w: string): boolean => /^\p{L}{3,}/u.test(w) && !FRAME_STOP.has(w.toLowerCase());

/**
 * The frame of the figure at [start, end) whose counted noun is `noun`: its clause, the content
 * words within a few words of it in that clause, and the names in its sentence.
 */
export function frameOf(
  text: string,
  start: number,
  end: number,
  noun: string | null,
  known: ReadonlySet<string> = new Set(),
): Frame {
  const sentence = sentenceAround(text, start, end);
  const words = wordsIn(text, sentence);
  const first = words.findIndex((w) => w.end > start);
  let last = words.findIndex((w) => w.start >= end);
  if (last < 0) last = words.length;
  const nounKey = noun ? normalise(noun) : null;
  // The counted noun right after the figure belongs to it, not to the clause around it.
  if (nounKey && words[last] && normalise(words[last]?.text ?? '') === nounKey) last += 1;
  let lo = first;
  while (lo > 0 && !isBreak(words[lo - 1] as Word)) lo -= 1;
  let hi = last;
  while (hi < words.length && !isBreak(words[hi] as Word)) hi += 1;
  const clause = { start: words[lo]?.start ?? start, end: words[hi - 1]?.end ?? end };
  const frame = new Set<string>();
  const head = new Set<string>();
  const take = (from: number, step: number, stop: number): void => {
    let seen = 0;
    for (let k = from; k !== stop && seen < NEAR; k += step) {
      const w = words[k]?.text ?? '';
      if (!isContent(w)) continue;
      const key = normalise(w);
      if (key === nounKey) continue;
      if (seen === 0) head.add(key);
      frame.add(key);
      seen += 1;
    }
  };
  take(first - 1, -1, lo - 1);
  take(last, 1, hi);
  return { sentence, clause, words: frame, head, names: namesIn(words, known) };
}

// Capitalised words that open sentences without naming anyone.
const STARTERS = new Set(
  (
    'the a an in on at but and so yet it he she they we i this that these those there here some many most ' +
    'officials authorities police witnesses residents analysts experts critics reports data figures ' +
    'estimates overall meanwhile however still only just about nearly almost more less after before when ' +
    'while if as for with by from of to one two three mr mrs ms dr'
  ).split(' '),
);
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * Names in a sentence: capitalised words; the opening word only when the article also writes
 * it capitalised inside a sentence (`known`), since headlines and openings capitalise anything.
 */
function namesIn(words: readonly Word[], known: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  words.forEach((w, i) => {
    if (!/^\p{Lu}\p{L}+$/u.test(w.text)) return;
    const lower = w.text.toLowerCase();
    if (NOT_NAMES.has(lower) || STARTERS.has(lower)) return;
    if (i === 0 && !known.has(lower)) return;
    names.add(lower);
  });
  return names;
}

/** Capitalised words the text uses after a lower-case word: names, not sentence openings. */
export function namesInside(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/[\p{Ll},] (\p{Lu}\p{L}+)/gu)) names.add((m[1] ?? '').toLowerCase());
  return names;
}

/** Whether most letters of the text are Latin ones, the script the frame words are written for. */
export function latinScript(text: string): boolean {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters === 0 || latin / letters > 0.5;
}
