/**
 * Who said it: the subject or object of a speech verb in the few words around a
 * quote. Works on token windows only, so each quote costs a bounded amount.
 */
import { cueAt, DETERMINERS, firstCue, lastCue, TAKES_OBJECT, type Cue } from './cues';
import { afterPlacePreposition, isNameWord, isPronoun, nameOf, nameRuns, type Name } from './names';
import { maskParens, tokenize, type Token } from './tokens';

/** A speaker as found next to the cue, before surname or pronoun resolution. */
export type RawSpeaker =
  { kind: 'name'; name: Name } | { kind: 'pronoun'; word: string } | { kind: 'description'; text: string };

/**
 * Cue plus speaker; `near` is how many words separate the cue from the quote.
 * `weak`: the speaker is only the subject of a sentence with no speech verb,
 * to be trusted only when it names a person. `listener`: who was told ("he told
 * Benioff"), never the speaker.
 */
export type Attribution = { cue: string; speaker: RawSpeaker | null; near: number; weak?: boolean; listener?: Name };

/** Words allowed between a subject and its verb: "Smith later said", "he has said". */
const BETWEEN = new Set(
  (
    'also later then previously recently once again reportedly has had have would will was is were had been ' +
    'further repeatedly famously often never simply first earlier yesterday today subsequently quickly ' +
    'publicly privately flatly bluntly had once'
  ).split(' '),
);

/** "Smith allegedly told", "she quietly said": a lower-case adverb in -ly is skipped as BETWEEN words are. */
export const isAdverb = (word: string): boolean => /^\p{Ll}{3,}ly$/u.test(word) && !NOT_ADVERB.test(word);
const isBetween = (word: string): boolean => BETWEEN.has(word.toLowerCase()) || isAdverb(word);
/** Nouns and adjectives in -ly: "Scott's family has called" names the family. */
const NOT_ADVERB =
  /^(family|ally|assembly|rally|supply|reply|daily|weekly|monthly|quarterly|yearly|anomaly|homily|belly|bully|jelly|lily|early|elderly|friendly|lonely|holy|ugly|silly|fly)$/;

/** Plural nouns for people that a name may modify: "PR aides", "NASA scientists", "Trump supporters". */
const PEOPLE_NOUNS =
  /^(aides|officials|staff|staffers|lawmakers|supporters|critics|officers|executives|leaders|members|analysts|experts|scientists|researchers|engineers|employees|workers|fans|voters|residents|activists|investigators|prosecutors|lawyers|attorneys|sources|spokesmen|advisers|advisors|diplomats|negotiators|players|students|teachers|doctors|troops|soldiers|protesters|demonstrators|insiders|allies|donors|regulators|authorities|representatives|volunteers|organizers|organisers|economists|strategists|operatives|loyalists)$/;

const CLAUSE_OPENER = /^(which|where|and|but|as|while|when|because|whom)$/i;

const DEMONSTRATIVE = /^(this|that|these|those)$/i;

const PARTY_TAG = /^[RDI]-/;

const FUNCTION_WORD =
  /^(and|but|or|if|that|not|to|of|in|on|at|for|with|by|as|is|was|are|were|be|been|it|this|which|when|while|than|so|because)$/i;

/** Determiners that open a speaker description after the verb ("said a spokesman"); not "that". */
const OBJECT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'several',
  'some',
  'many',
]);

function nameFromTokens(tokens: Token[]): Name | null {
  return nameOf(tokens.map((t) => t.text));
}

/** The noun phrase ending at token k, back to its determiner: "the former senator". */
function description(text: string, tokens: Token[], k: number, floor: number): RawSpeaker | null {
  // "his plan and vowed", "released but said": a clause, not a noun phrase.
  if (FUNCTION_WORD.test(tokens[k]?.text ?? '')) return null;
  for (let j = k; j >= Math.max(floor, k - 5); j--) {
    const t = tokens[j];
    if (!t) break;
    if (j < k && /[^\s]/.test(text.slice(t.end, tokens[j + 1]?.start ?? t.end))) break;
    // "these experts", but not "This comes after police": a demonstrative opens a noun only right before it.
    if (DEMONSTRATIVE.test(t.text) && k - j > 1) break;
    if (DETERMINERS.has(t.text.toLowerCase()) || (j < k && /^\p{Lu}.*[’']s$/u.test(t.text))) {
      const last = tokens[k];
      return last ? { kind: 'description', text: text.slice(t.start, last.end) } : null;
    }
  }
  const t = tokens[k];
  // A bare plural such as "officials" or "sources" still says who.
  // "in which people say": so does one opening a clause.
  const opensClause = k === floor || CLAUSE_OPENER.test(tokens[k - 1]?.text ?? '');
  return t && opensClause && isGroupNoun(t.text) ? { kind: 'description', text: t.text } : null;
}

/** A bare group that speaks: "officials", "Rebels", "police". */
export function isGroupNoun(word: string): boolean {
  return (
    !FUNCTION_WORD.test(word) &&
    (/^\p{L}\p{Ll}+s$/u.test(word) ||
      /^(police|staff|military|government|army|media|public|clergy|people)$/i.test(word))
  );
}

/** A person-shaped name filling a whole comma-separated part, if any. */
function pureName(text: string, from: number, to: number): Name | null {
  const tokens = tokenize(text, from, to);
  if (!tokens.length || /[()]/.test(maskParens(text.slice(from, to)))) return null;
  const runs = nameRuns(text, tokens);
  // "Florida’s Rick Wilson": a possessive place before the name.
  if (runs.length === 2 && runs[0]?.possessive && runs[0].tokens.length === 1) runs.shift();
  const run = runs[0];
  // The run fills the part: "via USA Today" or "in NASA’s Science Mission Directorate" is no one's name.
  const from0 = run && runs.length === 1 && run.first === 0;
  if (!run || !from0 || run.first + run.tokens.length !== tokens.length) return null;
  if (PARTY_TAG.test(run.tokens[0]?.text ?? '')) return null;
  return nameFromTokens(run.tokens);
}

/** Subject of the cue at tokens[cueIndex], looking back no further than `floor` (a text offset). */
export function subjectBefore(text: string, tokens: Token[], cueIndex: number, floor: number): RawSpeaker | null {
  let k = cueIndex - 1;
  // "Smith later said", but not "via USA Today, said": an adverb is skipped only when nothing but space follows it.
  while (
    k >= 0 &&
    isBetween(tokens[k]?.text ?? '') &&
    cueIndex - k < 4 &&
    !/[^\s]/.test(text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0))
  )
    k--;
  const t = tokens[k];
  // "a comment that egregiously described…": a relative clause's subject is a thing, not a speaker.
  if (!t || t.start < floor || /^(that|which)$/.test(t.text)) return null;
  const cueWord = tokens[cueIndex]?.text ?? '';
  // "Blige sings to Clinton before asking her", "he outlined his plan and vowed": the sentence's subject speaks.
  const afterComma = /,\s*$/.test(text.slice(t.end, tokens[k + 1]?.start ?? t.end));
  if (
    (/ing$/.test(cueWord) && (afterComma || (!isNameWord(t.text) && !isPronoun(t.text)))) ||
    /^(and|but|or|then)$/.test(t.text)
  ) {
    const subject = sentenceSubject(text, tokens, floor, k);
    if (subject) return subject;
  }
  const gap = maskParens(text.slice(t.end, tokens[k + 1]?.start ?? t.end));
  if (gap.includes(',')) {
    // Appositive: "Nikki Haley, US Ambassador to the UN, stated" or "Iran's minister, Mohammad Javad Zarif, said".
    const end = t.end;
    const parts: { from: number; to: number }[] = [];
    let from = floor;
    for (let i = floor; i <= end; i++) {
      if (i === end || text[i] === ',') {
        parts.push({ from, to: i });
        from = i + 1;
      }
    }
    const names = parts.map((p) => pureName(text, p.from, p.to));
    const person = [...names].reverse().find((n) => n?.person) ?? names.find((n) => n);
    if (person) return { kind: 'name', name: person };
    if (t.text.toLowerCase() === 'who' || parts.length < 2) return null;
    const head = parts[parts.length - 2];
    if (!head) return null;
    const headTokens = tokens.filter((x) => x.start >= head.from && x.end <= head.to);
    return headTokens.length ? subjectAt(text, headTokens, headTokens.length - 1, floor) : null;
  }
  return subjectAt(text, tokens, k, floor);
}

/** Words that open a phrase whose names are not the subject: "In an interview with Fox, Trump said". */
const PREPOSITIONS = new Set(
  (
    'in on at with by of for from to about after during against like than via into over under without before ' +
    'between among toward towards through behind near across outside inside since despite unlike amid upon'
  ).split(' '),
);

/** "In the depths of the Great Recession," "Speaking to Fox," "Specifically,": an opener before the subject. */
function openerEnd(text: string, tokens: Token[], from: number, k: number): number {
  const first = tokens[from]?.text ?? '';
  // "Hours later," "Days earlier,": a time phrase.
  const time = /^(later|earlier|ago|after|before|afterwards?)$/.test(tokens[from + 1]?.text ?? '');
  if (!PREPOSITIONS.has(first.toLowerCase()) && !/^\p{Lu}\p{Ll}+(ing|ed|ly)$/u.test(first) && !time) return from;
  for (let j = from; j < k - 1; j++) {
    const t = tokens[j];
    if (t && text.slice(t.end, tokens[j + 1]?.start ?? t.end).includes(',')) return j + 1;
  }
  return from;
}

/**
 * First name or pronoun of the clause, for participles and second verbs. A
 * possessive ("China’s ambassador") is not the subject, nor is a name after a
 * speech verb ("Two people briefed on the talks said Trump…": what they said).
 */
function sentenceSubject(text: string, tokens: Token[], floor: number, k: number): RawSpeaker | null {
  const start = Math.max(
    0,
    tokens.findIndex((x) => x.start >= floor),
  );
  const first = openerEnd(text, tokens, start, k);
  for (let j = first; j < k; j++) {
    const t = tokens[j];
    if (!t || (j > first && cueAt(tokens, j))) break;
    if (isPronoun(t.text)) return { kind: 'pronoun', word: t.text };
    if (isNameWord(t.text)) {
      const run = nameRuns(text, tokens.slice(j, k))[0];
      const after = PREPOSITIONS.has(tokens[j - 1]?.text ?? '') || afterPlacePreposition(tokens, j);
      if (run?.possessive && j === first) return null;
      // "Former royal PR aides called it": a name before a plural noun only says whose aides they are.
      const next = run ? tokens[j + run.tokens.length] : undefined;
      const last = run?.tokens[run.tokens.length - 1];
      if (next && last && next.start - last.end === 1 && PEOPLE_NOUNS.test(next.text)) {
        const opener = tokens[first];
        return opener && j + run.tokens.length - first < 6
          ? { kind: 'description', text: text.slice(opener.start, next.end) }
          : null;
      }
      const name = run && !after && !run.possessive ? nameFromTokens(run.tokens) : null;
      if (name) return { kind: 'name', name };
      j += (run?.tokens.length ?? 1) - 1;
    }
  }
  return null;
}

function subjectAt(text: string, tokens: Token[], k: number, floor: number): RawSpeaker | null {
  const t = tokens[k];
  if (!t) return null;
  if (isPronoun(t.text)) {
    // "Lynch said she recalled": the name just before wins over any earlier mention.
    const said = k > 0 ? cueAt(tokens, k - 1) : null;
    const named = said ? subjectBefore(text, tokens, k - 1, floor) : null;
    return named?.kind === 'name' ? named : { kind: 'pronoun', word: t.text };
  }
  if (t.text.toLowerCase() === 'who') {
    const prev = tokens[k - 1];
    return prev ? subjectAt(text, tokens, k - 1, floor) : null;
  }
  if (isNameWord(t.text)) {
    const from = tokens.findIndex((x) => x.start >= floor);
    const runs = nameRuns(text, tokens.slice(Math.max(0, from), k + 1));
    const run = runs[runs.length - 1];
    // "the People’s Daily warned": one word after a possessive name is that name's paper, firm or team.
    const owner = runs[runs.length - 2];
    if (run?.tokens.length === 1 && owner?.possessive && owner.first + owner.tokens.length === run.first) {
      const first = owner.tokens[0];
      if (first) return { kind: 'description', text: text.slice(first.start, t.end) };
    }
    const name = run && !run.possessive ? nameFromTokens(run.tokens) : null;
    if (name) return { kind: 'name', name };
  }
  const floorIndex = tokens.findIndex((x) => x.start >= floor);
  return description(text, tokens, k, Math.max(0, floorIndex));
}

/** Words that end a speaker description: "a spokesperson when contacted by Reuters" is "a spokesperson". */
const DESCRIPTION_END = /^(who|that|which|in|on|at|when|while|after|before|during|via|by|for|to|from|with|as)$/;

/** Object of a verb-first attribution: "said Mr Smith", "according to Smith", "said he". */
export function objectAfter(text: string, tokens: Token[], k: number): RawSpeaker | null {
  const t = tokens[k];
  if (!t) return null;
  if (isPronoun(t.text)) return { kind: 'pronoun', word: t.text };
  // "said 9/11 widow Terry Strada", "said Clinton’s top aide Jake Sullivan", "said Republican party boss
  // Reince Priebus": descriptor words, a possessive or bare titles may come before the name.
  for (let j = k; j < k + 7; j++) {
    const w = tokens[j];
    // "9/11 widow Terry Strada": a slash or hyphen inside the descriptor is fine, punctuation is not.
    if (!w || (j > k && /[^\s/-]/.test(text.slice(tokens[j - 1]?.end ?? w.start, w.start)))) break;
    if (DETERMINERS.has(w.text.toLowerCase())) break;
    if (!isNameWord(w.text)) continue;
    const run = nameRuns(text, tokens.slice(j, j + 8))[0];
    if (!run || run.tokens[0]?.start !== w.start) break;
    if (run.possessive) {
      j += run.tokens.length - 1;
      continue;
    }
    const name = nameFromTokens(run.tokens);
    if (name) return { kind: 'name', name };
    // All titles ("Republican"): the name may still follow.
    j += run.tokens.length - 1;
  }
  const possessive = /^\p{Lu}.*[’']s?$/u.test(t.text) && /[’']/.test(t.text.slice(-2));
  if (!OBJECT_DETERMINERS.has(t.text.toLowerCase()) && !possessive) return null;
  // "said a former official who oversaw…": the noun phrase up to punctuation or a relative clause.
  let end = t;
  let j = k + 1;
  for (; j < k + 8; j++) {
    const b = tokens[j];
    if (!b || /[^\s]/.test(text.slice(end.end, b.start)) || DESCRIPTION_END.test(b.text)) break;
    end = b;
  }
  // "said a report from Kotak Institutional Equities": a document speaks for whoever issued it.
  if (DOCUMENT_HEAD.test(end.text) && /^(from|by)$/.test(tokens[j]?.text ?? '')) {
    const run = nameRuns(text, tokens.slice(j + 1, j + 7))[0];
    const issuer = run && run.first === 0 && !run.possessive ? nameFromTokens(run.tokens) : null;
    if (issuer) return { kind: 'name', name: issuer };
  }
  return end === t ? null : { kind: 'description', text: text.slice(t.start, end.end) };
}

/** Nouns for a document rather than someone who speaks: it speaks only for whoever issued it. */
const DOCUMENTS =
  'survey|study|report|letter|memo|statement|complaint|filing|document|lawsuit|poll|analysis|paper|ruling|order|indictment|email|post|tweet|video|note|release';
const DOCUMENT_HEAD = new RegExp(`^(?:${DOCUMENTS})s?$`, 'i');
/** A description naming a document anywhere: "the letter signed by seven physicians". */
export const DOCUMENT = new RegExp(`\\b(?:${DOCUMENTS})s?\\b`, 'i');

/** "told Benioff", "told Sen. Ted Cruz": the person a quote was said to. */
function listenerAfter(text: string, tokens: Token[], k: number): Name | null {
  const run = nameRuns(text, tokens.slice(k, k + 6))[0];
  return run && run.first === 0 ? nameFromTokens(run.tokens) : null;
}

/** Attribution in the words after a quote: `,” he said`, `,” said Smith`, `,” according to Smith`. */
export function attributionAfter(text: string, from: number, to: number, maxWords: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  const first = attributionAt(text, from, to, tokens, 0, maxWords);
  // "…deal” announced in October, said Derek Scissors": a participle first, the attribution after it.
  if (first && !first.speaker && first.cueLast !== undefined) {
    const later = attributionAt(text, from, to, tokens, first.cueLast + 1, maxWords);
    if (later?.speaker) return later;
  }
  return first;
}

function attributionAt(
  text: string,
  from: number,
  to: number,
  tokens: Token[],
  start: number,
  maxWords: number,
): (Attribution & { cueLast?: number }) | null {
  const cue: Cue | null = firstCue(tokens, start, maxWords);
  if (!cue) {
    // "” ― Karen Bobadilla": a dash and a name sign the quote.
    const dash = /^\s*[―—–-]\s*/.exec(text.slice(from, to));
    const name =
      dash && tokens[0]
        ? pureName(text, tokens[0].start, to - (/[.\s]+$/.exec(text.slice(from, to))?.[0].length ?? 0))
        : null;
    return name ? { cue: '', speaker: { kind: 'name', name }, near: 0 } : null;
  }
  // "said Smith", or a new clause after a comma: "… announced in October, said Derek Scissors".
  const clause =
    start > 0 &&
    cue.index > start &&
    /,/.test(text.slice(tokens[cue.index - 1]?.end ?? 0, tokens[cue.index]?.start ?? 0));
  if (cue.index === start || clause)
    return { cue: cue.text, speaker: objectAfter(text, tokens, cue.last + 1), near: cue.index, cueLast: cue.last };
  const speaker = subjectBefore(text, tokens, cue.index, start > 0 ? (tokens[start]?.start ?? from) : from);
  const listener = TAKES_OBJECT.has(cue.text.toLowerCase()) ? listenerAfter(text, tokens, cue.last + 1) : null;
  return { cue: cue.text, speaker, near: cue.index, ...(listener ? { listener } : {}) };
}

/** Attribution in the words before a quote: `Smith said:`, `said Smith,`, `Guterres said such an attack would`. */
export function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  const found = lastCue(tokens, tokens.length);
  if (!found) return null;
  let cue: Cue = found;
  const near = tokens.length - 1 - cue.last;
  const after = tokens.slice(cue.last + 1);
  const verbFirst = !TAKES_OBJECT.has(cue.text.toLowerCase());
  if (
    cue.text.toLowerCase().startsWith('according') ||
    (verbFirst && after.length && after.length <= 5 && after.every((t) => isNameWord(t.text)))
  ) {
    const speaker = objectAfter(text, tokens, cue.last + 1);
    if (speaker) return { cue: cue.text, speaker, near };
  }
  // "he said, adding": the subject belongs to the earlier verb.
  for (let guard = 0; guard < 3; guard++) {
    let k: number = cue.index - 1;
    while (k >= 0 && BETWEEN.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
    const earlier: Cue | null = k >= 0 ? cueAt(tokens, k) : null;
    if (!earlier) break;
    cue = { ...earlier, text: cue.text };
  }
  return { cue: cue.text, speaker: subjectBefore(text, tokens, cue.index, from), near };
}

/** The first name of a lead-in sentence ending in a colon, as a verbless attribution. */
export function leadSubject(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  const speaker = sentenceSubject(text, tokens, from, tokens.length);
  return speaker ? { cue: '', speaker, near: 0 } : null;
}
