/**
 * Quote finder: pairs quotation marks, drops scare quotes and titles, and reads
 * the attribution ("Guterres said", "said Mr Smith", a lead-in paragraph ending
 * in a colon) to name the speaker. Linear in the text: every look-around is a
 * bounded window and names are indexed in one pass.
 */
import { isCueWord } from './quotes/cues';
import { findQuoteSpans, paragraphsOf, type QuoteSpan } from './quotes/marks';
import { buildNameIndex, resolveName, type NameIndex } from './quotes/names';
import { attribute, previousSubject, WINDOW } from './quotes/attribute';
import { sentenceEnd, sentenceStart } from './quotes/tokens';
import type { Attribution, RawSpeaker } from './quotes/speakers';
import { selectorsFor } from './selectors';
import { countWords } from './text';
import type { Finder, QuoteFinding } from './types';

/** Quotes shorter than this need a speech verb close by, else they are scare quotes or titles. */
const MIN_WORDS = 4;
/** How many words may separate a short quote from its verb. */
const NEAR = 6;

type Paragraph = { start: number; end: number };

function paragraphAt(paragraphs: Paragraph[], pos: number, from: number): number {
  let k = from;
  while (k < paragraphs.length - 1 && (paragraphs[k]?.end ?? 0) <= pos) k++;
  return k;
}

type Mention = { pos: number; name: string };

/** Latest mention before `pos`; mentions are sorted by position. */
function mentionBefore(mentions: Mention[], pos: number): Mention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.pos ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return mentions[lo - 1] ?? null;
}

/**
 * he/she is the last named speaker; the last person named is only a fallback because
 * it picks up people mentioned inside reported speech (measured on PolNeAR train).
 */
function resolve(raw: RawSpeaker | null, index: NameIndex, pos: number, lastSpeaker: Mention | null): string | null {
  if (!raw) return null;
  if (raw.kind === 'name') return resolveName(raw.name, index);
  if (raw.kind === 'description') return raw.text;
  if (!/^(he|she)$/i.test(raw.word)) return null;
  return lastSpeaker?.name ?? mentionBefore(index.mentions, pos)?.name ?? null;
}

const MINOR = /^(of|the|a|an|and|in|on|to|for|at|by|or|is|are|with|from|as|vs|not|but|up)$/;

/** Title Case words: a book, show, headline or slogan, not speech, even next to "said". */
function looksLikeTitle(words: string): boolean {
  // Two sentences (“The Donald. Big Daddy.”) are speech, whatever their capitals.
  if (/[.!?]\s+\S/.test(words.trim())) return false;
  const tokens = words.match(/[\p{L}\p{N}’']+/gu) ?? [];
  const capitals = tokens.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return (
    tokens.length >= 2 &&
    tokens.length <= 14 &&
    capitals >= 2 &&
    tokens.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w))
  );
}

function isPartial(text: string, span: QuoteSpan, preStart: number): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text.slice(span.start, span.start + 20))?.[0] ?? '';
  if (/\p{Ll}/u.test(first)) return true;
  const before = text.slice(preStart, span.open).trimEnd();
  const lastWord = /([\p{L}\p{N}]+)$/u.exec(before)?.[1];
  return !!lastWord && !isCueWord(lastWord) && lastWord.toLowerCase() !== 'that';
}

/** `, he said, ` or `, said Mr Smith, `: only an attribution between two halves of one quote. */
function isAttributionGap(gap: string): boolean {
  const words = gap.match(/[\p{L}.’'-]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  return (
    /,\s*$/.test(gap) &&
    words.length <= 8 &&
    words.some(isCueWord) &&
    (isCueWord(last) || /^\p{Lu}/u.test(last) || /^(he|she|they)$/i.test(last)) &&
    !words.some((w) => /^(that|adding|saying|as)$/i.test(w))
  );
}

type Draft = {
  span: QuoteSpan;
  paragraph: number;
  attribution: Attribution | null;
  speaker: string | null;
  text: string;
};

/** All quotes of `text` in order. */
export function findQuotes(text: string): QuoteFinding[] {
  const spans = findQuoteSpans(text);
  const paragraphs = paragraphsOf(text);
  const outside: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const s of spans) {
    outside.push({ start: cursor, end: s.open });
    cursor = s.close;
  }
  outside.push({ start: cursor, end: text.length });
  const index = buildNameIndex(text, outside);

  const drafts: Draft[] = [];
  let lastSpeaker: Mention | null = null;
  let p = 0;
  spans.forEach((span, i) => {
    p = paragraphAt(paragraphs, span.open, p);
    const para = paragraphs[p] ?? { start: 0, end: text.length };
    const endPara = paragraphs[paragraphAt(paragraphs, Math.max(span.close - 1, span.open), p)] ?? para;
    const prev = spans[i - 1];
    const next = spans[i + 1];
    const floor = Math.max(para.start, prev && prev.close > para.start ? prev.close : 0, span.open - WINDOW);
    const preStart = sentenceStart(text, span.open, floor);
    const ceiling = Math.min(endPara.end, next ? next.open : text.length, span.close + WINDOW);
    const postEnd = sentenceEnd(text, span.close, ceiling);
    const content = text.slice(span.start, span.end);
    const words = countWords(content);
    const prevPara = paragraphs[p - 1];
    const atParagraphStart = !text.slice(para.start, span.open).trim();
    const window = { open: span.open, close: span.close, content, preStart, postEnd, paraStart: para.start, prevPara };
    const attribution = attribute(text, window);
    if (words < MIN_WORDS && !(attribution && attribution.near <= NEAR)) return;
    if (looksLikeTitle(content)) return;

    let speaker = attribution ? resolve(attribution.speaker, index, preStart, lastSpeaker) : null;
    if (attribution?.speaker?.kind === 'name' && speaker) lastSpeaker = { pos: span.open, name: speaker };
    const last = drafts[drafts.length - 1];
    if (!speaker && last && (last.paragraph === p || (last.paragraph === p - 1 && atParagraphStart)))
      speaker = last.speaker;
    if (!speaker && atParagraphStart && prevPara) {
      const lead = previousSubject(text, prevPara);
      speaker = lead ? resolve(lead.speaker, index, preStart, lastSpeaker) : null;
    }

    // “I understand,” he said, “that it cannot go on.” is one quote.
    const gap = last ? text.slice(last.span.close, span.open) : '';
    const interrupted =
      last !== undefined &&
      last.paragraph === p &&
      last.span.close === prev?.close &&
      gap.length < 120 &&
      sentenceEnd(text, last.span.close, span.open) === span.open &&
      /[,—–-]\s*$/.test(text.slice(last.span.start, last.span.end)) &&
      isAttributionGap(gap);
    if (last && interrupted) {
      last.span = { ...last.span, end: span.end, close: span.close };
      last.text = `${last.text} ${content}`;
      return;
    }
    drafts.push({ span, paragraph: p, attribution, speaker, text: content });
  });

  return drafts.map((d) => ({
    kind: 'quote',
    id: `quote-${d.span.start}`,
    start: d.span.start,
    end: d.span.end,
    selectors: selectorsFor(text, d.span.start, d.span.end),
    text: d.text,
    speaker: d.speaker,
    cue: d.attribution?.cue ? d.attribution.cue.toLowerCase() : null,
    partial: isPartial(text, d.span, sentenceStart(text, d.span.open, Math.max(0, d.span.open - WINDOW))),
  }));
}

/** The quote finder: see the module comment. */
export const quotesFinder: Finder = {
  kind: 'quote',
  label: 'Quotes',
  find: (_doc, article) => findQuotes(article.text),
};
