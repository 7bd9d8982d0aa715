/**
 * Claims: reported speech without quotation marks, with its source.
 * "Rebels say the result will be bloodshed", "The attack killed 12, police said",
 * "According to officials, the toll rose". Only paragraphs with no quotation
 * marks at all are read, so a claim never overlaps a direct quote.
 */
import { cueAt, DETERMINERS, type Cue } from './cues';
import { isGroupNoun, objectAfter, subjectBefore, type Attribution, type RawSpeaker } from './speakers';
import { sentenceEnd, tokenize, type Token } from './tokens';

/** One claim before its speaker is resolved; `start`/`end` hold the reported words. */
export type ClaimDraft = { start: number; end: number; attribution: Attribution };

/** Verbs that report a statement; narrower than quote cues ("called", "praised" report no content). */
const CLAIM_VERBS = new Set(
  (
    'say says said claim claims claimed argue argues argued insist insists insisted warn warns warned ' +
    'maintain maintains maintained contend contends contended allege alleges alleged assert asserts asserted ' +
    'told tells acknowledged admitted predicted predicts announced announces reported reports'
  ).split(' '),
);

/** Words after the verb that show it does not introduce a clause: "said in a statement", "told reporters". */
const NOT_CLAUSE =
  /^(in|on|at|to|during|after|before|for|with|of|about|from|by|last|this|earlier|later|so|no|yes|nothing|something|anything|goodbye|hello|thanks|it)$/i;
/**
 * Any claim needs one of these words somewhere in its sentence. Matched as bare
 * substrings, so it never misses one; most paragraphs have none and are then
 * skipped without being tokenized.
 */
const TIME =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|repeatedly|also|again|previously|then|now)$/i;
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
const MAY_CLAIM = new RegExp([...CLAIM_VERBS, ...HOLDS, 'according'].join('|'), 'i');
/** Forms of HOLDS that are as often nouns ("the notes", "two shows"): verbs only right after a name or pronoun. */
const NOUN_TOO = /^(notes|adds|shows|show|states|finds|estimates|thinks)$/;

function claimCue(tokens: Token[], k: number): Cue | null {
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

/** "Rebels say (that) the result will be bloodshed": subject, verb, clause; the first verb that has all three. */
function leadingClaim(text: string, tokens: Token[], s: number, e: number): ClaimDraft | null {
  for (let k = 1; k < Math.min(tokens.length, LEAD_REACH); k++) {
    const cue = claimCue(tokens, k);
    if (!cue || cue.text.toLowerCase().startsWith('according')) continue;
    const claim = claimAt(text, tokens, s, e, k, cue);
    if (claim) return claim;
  }
  return null;
}

/** The claim whose verb is tokens[k], if its subject speaks and a clause of its own follows. */
function claimAt(text: string, tokens: Token[], s: number, e: number, k: number, cue: Cue): ClaimDraft | null {
  const speaker = subjectBefore(text, tokens, k, s);
  if (!speaker || (speaker.kind === 'pronoun' && FIRST_PERSON.test(speaker.word))) return null;
  let j = cue.last + 1;
  const that = tokens.slice(j, j + 8).findIndex((t) => t.text === 'that');
  // "added a note of caution", "found ways", "Polls show a close contest": without "that" these take an object.
  const holds = HOLDS.has(cue.text.toLowerCase()) && !CLAIM_VERBS.has(cue.text.toLowerCase());
  if (holds && that !== 0) return null;
  if (that >= 0 && that <= 4) {
    j += that + 1;
  } else {
    if (/^(told|tells)$/i.test(cue.text)) return null;
    while (TIME.test(tokens[j]?.text ?? '')) j++;
    const next = tokens[j];
    if (!next || NOT_CLAUSE.test(next.text) || /^[,;:]/.test(text.slice(tokens[j - 1]?.end ?? 0).trimStart()))
      return null;
  }
  const from = tokens[j]?.start;
  if (from === undefined) return null;
  const clause = trimClause(text, from, e);
  if (wordCount(tokens, clause.start, clause.end) < MIN_WORDS) return null;
  return { ...clause, attribution: { cue: cue.text, speaker, near: 0 } };
}

/** "The attack killed 12 people, police said." and "…, according to the ministry." */
function trailingClaim(text: string, tokens: Token[], s: number, e: number): ClaimDraft | null {
  const comma = text.lastIndexOf(',', e - 1);
  if (comma <= s) return null;
  const after = tokens.filter((t) => t.start > comma);
  if (!after.length || after.length > 8) return null;
  for (let k = 0; k < after.length; k++) {
    const cue = claimCue(after, k);
    if (!cue) continue;
    const speaker =
      k === 0 || cue.text.toLowerCase().startsWith('according')
        ? objectOrGroup(text, after, cue.last + 1)
        : subjectBefore(text, after, k, comma + 1);
    if (!speaker || (speaker.kind === 'pronoun' && FIRST_PERSON.test(speaker.word))) return null;
    const clause = trimClause(text, s, comma);
    if (wordCount(tokens, clause.start, clause.end) < MIN_WORDS) return null;
    return { ...clause, attribution: { cue: cue.text, speaker, near: 0 } };
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
  return { ...clause, attribution: { cue: 'according to', speaker, near: 0 } };
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
    if (!MAY_CLAIM.test(text.slice(p.start, p.end))) continue;
    let s = p.start;
    while (s < p.end) {
      const e = sentenceEnd(text, s, p.end);
      while (q < quoted.length && (quoted[q]?.close ?? 0) <= s) q++;
      const inQuote = q < quoted.length && (quoted[q]?.open ?? Infinity) < e;
      const sentence = text.slice(s, e);
      if (!inQuote && e - s <= MAX_SENTENCE && !MARKS.test(sentence) && MAY_CLAIM.test(sentence)) {
        const tokens = tokenize(text, s, e);
        const claim =
          accordingClaim(text, tokens, s, e) ?? trailingClaim(text, tokens, s, e) ?? leadingClaim(text, tokens, s, e);
        if (claim) out.push(claim);
      }
      s = e;
    }
  }
  return out;
}
