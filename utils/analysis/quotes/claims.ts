/**
 * Claims: reported speech without quotation marks, with its source.
 * "Rebels say the result will be bloodshed", "The attack killed 12, police said",
 * "According to officials, the toll rose". Only paragraphs with no quotation
 * marks at all are read, so a claim never overlaps a direct quote.
 */
import { cueAt, DETERMINERS, type Cue } from './cues';
import { isGroupNoun, objectAfter, subjectBefore, type Attribution, type RawSpeaker } from './speakers';
import { sentenceEnd, tokenize, type Token } from './tokens';
import { countWords } from '../text';

/** One claim before its speaker is resolved; `start`/`end` hold the reported words. */
export type ClaimDraft = { start: number; end: number; attribution: Attribution; verb: number };

/** Verbs that report a statement; narrower than quote cues ("called", "praised" report no content). */
const CLAIM_VERBS = new Set(
  (
    'say says said claim claims claimed argue argues argued insist insists insisted warn warns warned ' +
    'maintain maintains maintained contend contends contended allege alleges alleged assert asserts asserted ' +
    'told tells acknowledged admitted predicted predicts announced announces reported reports ' +
    'saying claiming arguing insisting warning adding noting explaining'
  ).split(' '),
);

/** Words after the verb that show it does not introduce a clause: "said in a statement", "told reporters". */
const NOT_CLAUSE =
  /^(in|on|at|to|during|after|before|for|with|of|about|from|by|last|this|earlier|later|so|no|yes|nothing|something|anything|goodbye|hello|thanks|it)$/i;
/** Time words between a verb and its clause: "said Monday the plan…". */
const TIME =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|repeatedly|also|again|previously|then|now)$/i;
const CLAUSE_VERB =
  /^(would|will|was|is|had|has|could|can|did|does|may|might|should|must|planned|plans|expects|expected|needed|needs|wanted|wants)$/;
const FIRST_PERSON = /^(i|we|you)$/i;
const MARKS = /[“”"«»„]/;
const MIN_WORDS = 5;
/** How deep into its sentence a claim's verb may stand, past openers and appositives. */
const LEAD_REACH = 40;
/** Sentences longer than this are skipped: tables, lists and run-on text, not reported speech. */
const MAX_SENTENCE = 600;

/** Verbs that report what a person, study or poll holds without being speech verbs. */
const HOLDS = new Set(
  (
    'noted notes added adds explained explains suggested suggests believes believe believed thinks think ' +
    'found finds shows show showed estimates estimated stressed emphasized emphasised conceded concedes ' +
    'confirmed confirms wrote writes testified indicated indicates concluded concludes revealed reveals ' +
    'stated states acknowledges pledged promised noting'
  ).split(' '),
);
/**
 * Verbs that state a position whose content is their object: "Trump wants to junk exemptions",
 * "the NAACP called for a moratorium", "Graham urged Republicans to join". The words after the verb
 * are the claim; only after a subject that is a name, a pronoun or a group.
 */
const POSITION = new Set(
  (
    'wants want plans urged urges urging agreed agrees cited citing criticized criticised questioned promising ' +
    'vowed vows proposed proposes demanded demands denied denies rejected rejects accused accuses blamed blames'
  ).split(' '),
);
/** "called for", "calls on", "pointed out": a verb form and the particles that make it a position. */
const FOR_ON = /^(for|on)$/;
const PARTICLE: Record<string, RegExp> = {
  called: FOR_ON,
  calls: FOR_ON,
  calling: FOR_ON,
  pointed: /^out$/,
  points: /^out$/,
};
const CLAIM_WORDS = new Set([...CLAIM_VERBS, ...HOLDS, ...POSITION, 'called', 'calls', 'pointed', 'according']);
const WORD = /[A-Za-z]+/g;
/** Any word a claim needs, as a whole word: most paragraphs have none and are never tokenized. */
function mayClaim(text: string): boolean {
  for (const m of text.matchAll(WORD)) if (CLAIM_WORDS.has(m[0].toLowerCase())) return true;
  return false;
}
/** Forms of HOLDS that are as often nouns ("the notes", "two shows"): verbs only right after a name or pronoun. */
const NOUN_TOO = /^(notes|adds|shows|show|states|finds|estimates|thinks)$/;

function positionCue(tokens: Token[], k: number): Cue | null {
  const t = tokens[k];
  if (!t || DETERMINERS.has((tokens[k - 1]?.text ?? '').toLowerCase())) return null;
  if (POSITION.has(t.text)) return { index: k, last: k, text: t.text };
  const particle = tokens[k + 1]?.text ?? '';
  if (Object.hasOwn(PARTICLE, t.text) && PARTICLE[t.text]?.test(particle))
    return { index: k, last: k + 1, text: `${t.text} ${particle}` };
  return null;
}

function claimCue(tokens: Token[], k: number): Cue | null {
  const position = positionCue(tokens, k);
  if (position) return position;
  const cue = cueAt(tokens, k);
  const word = cue?.text.toLowerCase() ?? '';
  if (cue) return word.startsWith('according') || CLAIM_VERBS.has(word) || HOLDS.has(word) ? cue : null;
  const t = tokens[k];
  const w = t?.text ?? '';
  if (!t || !HOLDS.has(w) || DETERMINERS.has((tokens[k - 1]?.text ?? '').toLowerCase())) return null;
  const before = tokens[k - 1]?.text ?? '';
  if (
    NOUN_TOO.test(w) &&
    !/^\p{Lu}/u.test(before) &&
    !/^(he|she|it|they|also|poll|survey|study|data|report)$/.test(before)
  )
    return null;
  return { index: k, last: k, text: w };
}

function trimClause(text: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  while (e > start && /[\s.!?,;:]/.test(text[e - 1] ?? '')) e--;
  let s = start;
  while (s < e && /[\s,]/.test(text[s] ?? '')) s++;
  return { start: s, end: e };
}

const wordCount = (tokens: Token[], from: number, to: number): number =>
  tokens.filter((t) => t.start >= from && t.end <= to).length;

/** "according to officials", ", said officials": a bare group noun counts as a source here. */
function objectOrGroup(text: string, tokens: Token[], k: number): RawSpeaker | null {
  const w = tokens[k]?.text ?? '';
  return objectAfter(text, tokens, k) ?? (isGroupNoun(w) ? { kind: 'description', text: w } : null);
}

/** Sentence openers before a bare subject: "But critics say", "Still, experts say". */
const OPENER = /^(but|and|yet|still|however|now|meanwhile|instead|so|though|although|while|because)$/i;
const GROUP_REACH = 9;
const TITLE = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)$/;
/** Words that may stand before a group noun: "Foreign policy", "Federal and state", "labor-policy". */
const MODIFIER =
  /^(?!(?:is|was|are|were|be|been|has|have|had|that|which|who|it|this|not|if|when|while|to|in|on|at|for|with|by|as|said|says|say|after|before|during|from|of|since|until|about|over|under|into|than|the|a|an)$)[\p{L}-]+$/iu;
const TAIL_OPEN = /^(on|of|from|at|in|with|for|to|across|around|inside|within)$/;
const NOT_TAIL =
  /^(is|was|are|were|be|been|has|have|had|that|which|who|it|this|not|if|when|while|said|says|say)$|[^\p{L}.-]/iu;
const GROUP_BETWEEN = /^(also|have|has|had|now|long|repeatedly|widely|privately|publicly|generally|often)$/i;

/**
 * "Foreign policy analysts said", "But critics say", "Federal and state officials said": a noun
 * phrase that opens the sentence and ends in a plural group noun speaks for the group. Only for
 * claims, whose content is checked by the editor against the group, never a named speaker.
 */
function groupSubject(text: string, tokens: Token[], k: number): RawSpeaker | null {
  let last = k - 1;
  while (last > 0 && GROUP_BETWEEN.test(tokens[last]?.text ?? '')) last--;
  // The phrase: words joined by spaces (or "Mr. "), back to the sentence start or a comma.
  let first = last;
  while (first > 0 && last - first < GROUP_REACH) {
    const prev = tokens[first - 1];
    const gap = text.slice(prev?.end ?? 0, tokens[first]?.start ?? 0);
    if (!prev || !(/^[\s/-]+$/.test(gap) || (/^\.\s+$/.test(gap) && TITLE.test(prev.text)))) break;
    first--;
  }
  if (OPENER.test(tokens[first]?.text ?? '')) first++;
  // Modifiers, the group noun, then at most a prepositional tail: "Experts on North Korea".
  let head = -1;
  for (let j = first; j <= last; j++) {
    const w = tokens[j]?.text ?? '';
    if (head < 0 && isGroupNoun(w) && !(j === last && /^\p{Lu}/u.test(w) && j > first)) head = j;
    else if (head < 0 ? !MODIFIER.test(w) : j === head + 1 ? !TAIL_OPEN.test(w) : NOT_TAIL.test(w)) return null;
  }
  if (head < 0 || (head > first && /^(and|of)$/i.test(tokens[head - 1]?.text ?? ''))) return null;
  return { kind: 'description', text: text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0) };
}

/** "Rebels say (that) the result will be bloodshed": subject, verb, clause; the first verb that has all three. */
function leadingClaim(text: string, tokens: Token[], s: number, e: number): ClaimDraft | null {
  for (let k = 1; k < Math.min(tokens.length, LEAD_REACH); k++) {
    const cue = claimCue(tokens, k);
    if (!cue || cue.text.toLowerCase().startsWith('according')) continue;
    const claim = claimAt(text, tokens, s, e, k, cue);
    // "urged Republicans to “vote your conscience” and said he…": the next verb may still hold one.
    if (claim && !MARKS.test(text.slice(claim.start, claim.end))) return claim;
  }
  return null;
}

const NOT_OBJECT =
  /^(by|during|and|or|but|that|which|who|in|at|on|as|from|with|it|them|this|these|those|him|her|for|of|don|doesn|didn|won|is|was|are|were)$/;
/** Reporting verbs that as often take a plain object: "acknowledged the crowd", "announced the arrest". */
const OBJECT_TOO =
  /^(acknowledged|acknowledges|admitted|admits|announced|announces|predicted|predicts|reported|reports)$/;

/** Sources that report findings: "one study found Trump would raise taxes", "Polling averages show Clinton ahead". */
const FINDING_SOURCE =
  /\b(polls?|polling|study|studies|survey|surveys|analysis|analyses|report|reports|data|documents|records|averages?|research|statistics|audit|review|figures|estimates)$/i;
const CLAUSE_PRONOUN = /^(he|she|they|it|there)$/;

/**
 * A clause after a verb that needs "that" before one: "she acknowledged it was unlikely" (a
 * pronoun then its verb), or anything a study or poll is said to find or show.
 */
function clauseFollows(tokens: Token[], j: number, speaker: RawSpeaker): boolean {
  const next = tokens[j]?.text ?? '';
  if (CLAUSE_PRONOUN.test(next))
    return CLAUSE_VERB.test(tokens[j + 1]?.text ?? '') || /^(has|had|were|are|did)$/.test(tokens[j + 1]?.text ?? '');
  return speaker.kind === 'description' && FINDING_SOURCE.test(speaker.text) && !NOT_OBJECT.test(next);
}

const isPosition = (cue: Cue): boolean =>
  POSITION.has(cue.text) || (/ /.test(cue.text) && !/^according/i.test(cue.text));

/** The claim whose verb is tokens[k], if its subject speaks and a clause of its own follows. */
function claimAt(text: string, tokens: Token[], s: number, e: number, k: number, cue: Cue): ClaimDraft | null {
  const speaker = subjectBefore(text, tokens, k, s) ?? groupSubject(text, tokens, k);
  if (!speaker || (speaker.kind === 'pronoun' && FIRST_PERSON.test(speaker.word))) return null;
  let j = cue.last + 1;
  if (isPosition(cue)) {
    // "wants to junk exemptions": the object is the claim; a bare noun or "it" says too little.
    if (speaker.kind === 'description' && !isGroupNoun(speaker.text.split(/\s+/).pop() ?? '')) return null;
    const next = tokens[j]?.text ?? '';
    // "rejected by the council" is passive; "savings plans that" and "plans don't" are nouns.
    if (NOT_OBJECT.test(next) || (/^plans?$/.test(cue.text) && next !== 'to')) return null;
    const from = tokens[j]?.start;
    if (from === undefined) return null;
    const clause = trimClause(text, from, e);
    if (wordCount(tokens, clause.start, clause.end) < MIN_WORDS) return null;
    return { ...clause, attribution: { cue: cue.text, speaker, near: 0 }, verb: tokens[k]?.start ?? s };
  }
  const that = tokens.slice(j, j + 8).findIndex((t) => t.text === 'that');
  // "added a note of caution", "found ways", "Polls show a close contest": without "that" these take an object.
  const holds =
    (HOLDS.has(cue.text.toLowerCase()) && !CLAIM_VERBS.has(cue.text.toLowerCase())) ||
    OBJECT_TOO.test(cue.text.toLowerCase());
  if (holds && that !== 0 && !clauseFollows(tokens, j, speaker)) return null;
  if (that >= 0 && that <= 4) {
    j += that + 1;
  } else {
    if (/^(told|tells)$/i.test(cue.text)) return null;
    while (TIME.test(tokens[j]?.text ?? '')) j++;
    const next = tokens[j];
    // "said it would": "it" opens the clause when a verb follows; "said it" alone says nothing.
    const itClause = next?.text === 'it' && CLAUSE_VERB.test(tokens[j + 1]?.text ?? '');
    if (
      !next ||
      (NOT_CLAUSE.test(next.text) && !itClause) ||
      /^[,;:]/.test(text.slice(tokens[j - 1]?.end ?? 0).trimStart())
    )
      return null;
  }
  const from = tokens[j]?.start;
  if (from === undefined) return null;
  const clause = trimClause(text, from, e);
  if (wordCount(tokens, clause.start, clause.end) < MIN_WORDS) return null;
  return { ...clause, attribution: { cue: cue.text, speaker, near: 0 }, verb: tokens[k]?.start ?? s };
}

/** "The attack killed 12 people, police said." and "…, according to the ministry." */
function trailingClaim(text: string, tokens: Token[], s: number, e: number): ClaimDraft | null {
  const comma = text.lastIndexOf(',', e - 1);
  // ", said politicians have “vilified” educators": a quote after the comma is no attribution tail.
  if (comma <= s || MARKS.test(text.slice(comma, e))) return null;
  const after = tokens.filter((t) => t.start > comma);
  // ", according to a new Washington Post-ABC News national poll" names its source at length.
  const reach = after[0]?.text === 'according' ? 20 : 8;
  if (!after.length || after.length > reach) return null;
  for (let k = 0; k < after.length; k++) {
    const cue = claimCue(after, k);
    // ", saying the queen had gained weight" reports what follows, not what came before.
    if (!cue || /ing$/.test(cue.text)) continue;
    const speaker =
      k === 0 || cue.text.toLowerCase().startsWith('according')
        ? objectOrGroup(text, after, cue.last + 1)
        : subjectBefore(text, after, k, comma + 1);
    if (!speaker || (speaker.kind === 'pronoun' && FIRST_PERSON.test(speaker.word))) return null;
    const clause = trimClause(text, s, comma);
    if (wordCount(tokens, clause.start, clause.end) < MIN_WORDS) return null;
    return { ...clause, attribution: { cue: cue.text, speaker, near: 0 }, verb: after[k]?.start ?? comma };
  }
  return null;
}

/** "Lenox was a juggernaut, Mr. Clarke said, until it failed.": the sentence around its attribution. */
function middleClaim(text: string, tokens: Token[], s: number, e: number): ClaimDraft | null {
  for (let k = 1; k < tokens.length - 1; k++) {
    const verb = tokens[k];
    if (
      !verb ||
      !CLAIM_VERBS.has(verb.text) ||
      DETERMINERS.has(tokens[k - 1]?.text.toLowerCase() ?? '') ||
      !/^\s*,/.test(text.slice(verb.end, tokens[k + 1]?.start ?? e))
    )
      continue;
    const comma = text.lastIndexOf(',', verb.start);
    if (comma <= s || wordCount(tokens, comma, verb.start) > 8) continue;
    const speaker = subjectBefore(text, tokens, k, comma + 1) ?? groupSubject(text, tokens, k);
    if (!speaker || (speaker.kind === 'pronoun' && FIRST_PERSON.test(speaker.word))) continue;
    const clause = trimClause(text, s, e);
    if (wordCount(tokens, clause.start, clause.end) - wordCount(tokens, comma, verb.end) < MIN_WORDS) continue;
    return { ...clause, attribution: { cue: verb.text, speaker, near: 0 }, verb: verb.start };
  }
  return null;
}

/** "According to officials, the toll rose to 40." */
function accordingClaim(text: string, tokens: Token[], s: number, e: number): ClaimDraft | null {
  if (tokens[0]?.text !== 'According' || tokens[1]?.text !== 'to') return null;
  const comma = text.indexOf(',', tokens[1].end);
  if (comma < 0 || comma >= e) return null;
  const speaker = objectOrGroup(text, tokens, 2);
  const clause = trimClause(text, comma + 1, e);
  if (!speaker || wordCount(tokens, clause.start, clause.end) < MIN_WORDS) return null;
  return { ...clause, attribution: { cue: 'according to', speaker, near: 0 }, verb: tokens[0].start };
}

/**
 * Words of the sentence outside its quotes: '“…,” Guterres told reporters.' leaves too few for a
 * verb, its source and a claim, and is not read further.
 */
function roomOutsideQuotes(
  text: string,
  quoted: { open: number; close: number }[],
  from: number,
  s: number,
  e: number,
): boolean {
  if (!MARKS.test(text.slice(s, e))) return true;
  let words = 0;
  let at = s;
  for (let i = from; i < quoted.length && at < e; i++) {
    const x = quoted[i];
    if (!x || x.open >= e) break;
    if (x.open > at) words += countWords(text.slice(at, x.open));
    at = Math.max(at, x.close);
  }
  if (at < e) words += countWords(text.slice(at, e));
  return words >= MIN_WORDS + 2;
}

function overlaps(
  quoted: { open: number; close: number }[],
  from: number,
  span: { start: number; end: number },
): boolean {
  for (let i = from; i < quoted.length; i++) {
    const x = quoted[i];
    if (!x || x.open >= span.end) return false;
    if (x.close > span.start) return true;
  }
  return false;
}

/**
 * '…," said Kenneth Baer, a former official' and '…" Hollande said as he left': a verb just after a
 * quote's close attributes that quote; "…" and said he would' starts a claim of its own.
 */
function attributesQuote(
  text: string,
  quoted: { open: number; close: number }[],
  from: number,
  sentence: number,
  verb: number,
): boolean {
  let close = -1;
  for (let i = Math.max(0, from - 1); i < quoted.length; i++) {
    const x = quoted[i];
    if (!x || x.close > verb) break;
    close = x.close;
  }
  if (close < sentence) return false;
  const gap = text.slice(close, verb);
  return gap.length < 120 && !/[.!?]\s/.test(gap.slice(1)) && !/\b(and|but|then|while)\b/.test(gap);
}

/**
 * Claims in the sentences without quotation marks, in order. `quoted` are the
 * quote spans (sorted): a sentence inside a long quote is the speaker's words,
 * never a claim.
 */
export function findClaims(
  text: string,
  paragraphs: { start: number; end: number }[],
  quoted: { open: number; close: number }[] = [],
): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  let q = 0;
  for (const p of paragraphs) {
    if (!mayClaim(text.slice(p.start, p.end))) continue;
    let s = p.start;
    while (s < p.end) {
      const e = sentenceEnd(text, s, p.end);
      while (q < quoted.length && (quoted[q]?.close ?? 0) <= s) q++;
      if (e - s <= MAX_SENTENCE && mayClaim(text.slice(s, e)) && roomOutsideQuotes(text, quoted, q, s, e)) {
        const tokens = tokenize(text, s, e);
        const claim =
          accordingClaim(text, tokens, s, e) ??
          trailingClaim(text, tokens, s, e) ??
          middleClaim(text, tokens, s, e) ??
          leadingClaim(text, tokens, s, e);
        // A claim is words without marks: it never holds or overlaps a direct quote.
        if (
          claim &&
          !MARKS.test(text.slice(claim.start, claim.end)) &&
          !overlaps(quoted, q, claim) &&
          !attributesQuote(text, quoted, q, s, claim.verb)
        )
          out.push(claim);
      }
      s = e;
    }
  }
  return out;
}
