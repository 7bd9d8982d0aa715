/**
 * Picks the attribution of one quote from, in order: its own sentence (after or
 * before the quote), the sentence just before it, a lead-in ending in a colon
 * (same or previous paragraph), else the subject of the previous paragraph.
 */
import { dashSignature, nameBesideVerb } from './fallbacks';
import { attributionAfter, attributionBefore, leadSubject, type Attribution } from './speakers';
import { sentenceStart } from './tokens';

/** Where one quote sits: offsets of its marks, sentence and paragraph edges. */
export type QuoteWindow = {
  open: number;
  close: number;
  /** Quoted words without marks. */
  content: string;
  preStart: number;
  postEnd: number;
  paraStart: number;
  /** Previous paragraph, when there is one. */
  prevPara: { start: number; end: number } | undefined;
  /** Start of the sentence before an earlier quote in it, when there is one: its subject may speak this quote too. */
  sentenceFrom?: { start: number; end: number } | undefined;
  /** Next paragraph, when the quote ends its own: it may hold a "- Name." signature. */
  nextPara?: { start: number; end: number } | undefined;
};

/** How far (characters) attribution windows reach either side of a quote. */
export const WINDOW = 300;

/** One to four capitalised words, then a comma: a name and its appositive. */
const NAME_THEN_COMMA = /^[\s”"’]*(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,/u;

/** The cue stands in a relative clause ("that described", "which quietly called") of the words before a quote. */
function relativeCue(before: string, cue: string): boolean {
  const at = before.lastIndexOf(cue);
  if (at < 0) return false;
  return /\b(that|which)\s+(?:\p{Ll}+ly\s+)?$/u.test(before.slice(Math.max(0, at - 40), at));
}

/** The attribution in the quote's own sentence, or a bounded look back. */
export function attribute(text: string, w: QuoteWindow): Attribution | null {
  const terminal = /[.!?…]\s*$/.test(w.content);
  const before = attributionBefore(text, w.preStart, w.open);
  const startsNew = terminal && /^\s*\p{Lu}/u.test(text.slice(w.close, w.postEnd));
  // A quote ending in a comma promises its attribution, however long the appositive.
  // "…?” He Jianxiong, the former director, said": after ? or !, a name with an appositive still attributes.
  const named = /[?!]\s*$/.test(w.content) && NAME_THEN_COMMA.test(text.slice(w.close, w.postEnd));
  const reach = startsNew && !named ? 5 : /,\s*$/.test(w.content) || named ? 30 : 12;
  const after = attributionAfter(text, w.close, w.postEnd, reach);
  // "…,” but he said that…": a new clause whose speaker belongs to what follows, not to this quote.
  const newClause = /^[\s,”"’]*(but|and|while|though|although|whereas)\b/i.test(text.slice(w.close, w.postEnd));
  const preferAfter =
    after && (!before || (/[,!?]\s*$/.test(w.content) && after.speaker && !newClause) || !before.speaker);
  const own = preferAfter ? after : (before ?? after);
  if (own?.speaker) return own;

  // "…,” Toomey fumed on Tuesday": a name and a past-tense verb the cue list does not know.
  const beside = nameBesideVerb(text, w.content, w.close, w.postEnd);
  if (beside) return { cue: own?.cue ?? '', speaker: beside, near: own?.near ?? Infinity };
  // "…” (new paragraph) "- Bernie Sanders.": a signature under the quote.
  const signed =
    w.nextPara && !text.slice(w.close, w.postEnd).trim() ? dashSignature(text, w.nextPara.start, w.nextPara.end) : null;
  if (signed) return { cue: '', speaker: signed, near: 0 };
  // "Mark Blumenthal and Jon Cohen: “…”", "Here’s Clinton in 1992: “…”".
  if (/:\s*$/.test(text.slice(w.preStart, w.open))) {
    const lead = leadSubject(text, w.preStart, w.open);
    if (lead) return { ...lead, cue: own?.cue ?? '' };
  }
  // "a comment that egregiously described men as “…”": the verb's subject is a thing, so no one is named.
  if (own?.cue && relativeCue(text.slice(w.preStart, w.open), own.cue)) return own;
  // "Moore thanked him for “…”": a quote inside a sentence belongs to that sentence's subject.
  // `near` stays unbounded so the guess never lets a short scare quote through.
  // "Clinton appeared at the ‘Commander-in-Chief Forum’ and said: ‘…’": the subject comes before the earlier quote.
  const head = w.sentenceFrom && leadSubject(text, w.sentenceFrom.start, w.sentenceFrom.end);
  if (head && own) return { ...head, cue: own.cue, near: own.near };
  if (/[\p{L}\p{N}]/u.test(text.slice(w.preStart, w.open))) {
    const subject = leadSubject(text, w.preStart, w.open);
    if (subject) return { ...subject, cue: own?.cue ?? '', near: own?.near ?? Infinity, weak: !own };
  }
  // "Trump called it “X” and “Y”": the second quote shares the sentence's subject.
  if (head) return { ...head, near: Infinity, weak: true };
  // "…, Schiff said. “The other factor…”": the sentence before names the speaker.
  if (w.preStart > w.paraStart) {
    const from = sentenceStart(text, w.preStart - 1, Math.max(w.paraStart, w.preStart - WINDOW));
    const lead = attributionBefore(text, from, w.preStart);
    if (lead?.speaker && lead.near <= 1) return lead;
  }
  const atParagraphStart = !text.slice(w.paraStart, w.open).trim();
  if (own || !atParagraphStart || !w.prevPara) return own;
  const { from: leadStart, end: leadEnd } = lastSentence(text, w.prevPara);
  if (/:\s*$/.test(text.slice(leadStart, leadEnd))) {
    // "Sanders made the following comment:" introduces a speaker without a speech verb.
    return attributionBefore(text, leadStart, leadEnd) ?? leadSubject(text, leadStart, leadEnd);
  }
  return null;
}

/**
 * "What Does Stadia Offer?", "The Streaming Quality Seems To Be Mostly Excellent": a heading in
 * title case (most of four or more words capitalised) names no one who speaks.
 */
export function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length < 4) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.7;
}

/**
 * The last sentence of a paragraph as [from, end), trailing space left out; `cut` when it is
 * longer than WINDOW, so `from` stands inside it.
 */
export function lastSentence(
  text: string,
  para: { start: number; end: number },
): { from: number; end: number; cut: boolean } {
  let end = para.end;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const floor = Math.max(para.start, end - WINDOW);
  const from = sentenceStart(text, end - 1, floor);
  return { from, end, cut: from === floor && floor > para.start };
}

/** Subject of the previous paragraph's last sentence: who a bare quote paragraph most likely continues. */
export function previousSubject(text: string, prevPara: { start: number; end: number }): Attribution | null {
  const { from, end } = lastSentence(text, prevPara);
  if (isTitleCase(text.slice(from, end))) return null;
  const lead = leadSubject(text, from, end);
  return lead && { ...lead, near: Infinity, weak: true };
}

/** Subject of the sentence ending at `end` (no earlier than `floor`): who a quote opening the next sentence continues. */
export function previousSentenceSubject(text: string, end: number, floor: number): Attribution | null {
  if (end <= floor) return null;
  const from = sentenceStart(text, end - 1, Math.max(floor, end - WINDOW));
  if (isTitleCase(text.slice(from, end))) return null;
  const lead = leadSubject(text, from, end);
  return lead && { ...lead, near: Infinity, weak: true };
}
