/**
 * Quote finder: pairs quotation marks (and reads blockquotes), drops scare quotes,
 * titles, nicknames and code, and reads the attribution ("Guterres said", "said
 * Mr Smith", a lead-in paragraph ending in a colon) to name the speaker, their
 * role and the outlet. Reported speech without marks is listed as claims.
 * Linear in the text: every look-around is a bounded window and names are
 * indexed in one pass.
 */
import { attribute, lastSentence, previousSentenceSubject, previousSubject, WINDOW } from './quotes/attribute';
import { blockSpans, blockTexts } from './quotes/blocks';
import { findClaims } from './quotes/claims';
import { isAttributionGap, isNickname, isPartial, looksLikeCode, looksLikeTitle } from './quotes/filters';
import { findQuoteSpans, paragraphsOf, type QuoteSpan } from './quotes/marks';
import { outletIn } from './quotes/outlet';
import { buildNameIndex, fitsGender, sentenceLead, type Mention, type NameIndex } from './quotes/people';
import { NO_ONE, resolveWho, type Who } from './quotes/who';
import { withoutRepeats } from './quotes/repeats';
import { inTeaser, teaserTexts } from './quotes/teasers';
import { sentenceEnd, sentenceStart } from './quotes/tokens';
import type { Attribution } from './quotes/speakers';
import { foreignAttribution, foreignNames } from './quotes/foreign';
import { lexiconFor } from './quotes/lexicons';
import { genderOf } from './quotes/roles';
import { speakerRules } from './language';
import { selectorsFor } from './selectors';
import { countWords } from './text';
import type { Finder, QuoteFinding, QuoteForm } from './types';

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

/** The words of a sentence before its quote `prev`, when `prev` does not open the sentence. */
function earlierSentence(text: string, floor: number, prev: QuoteSpan): { start: number; end: number } | undefined {
  const start = sentenceStart(text, prev.open, Math.max(floor, prev.open - WINDOW));
  return /[\p{L}\p{N}]/u.test(text.slice(start, prev.open)) ? { start, end: prev.open } : undefined;
}

type Draft = {
  span: QuoteSpan;
  paragraph: number;
  attribution: Attribution | null;
  who: Who;
  text: string;
  outlet: string | null;
};

/** Attribution words either side of a quote (never its own words), for the outlet. */
const attributionWords = (text: string, preStart: number, span: QuoteSpan, postEnd: number): string =>
  `${text.slice(preStart, span.open)} … ${text.slice(span.close, postEnd)}`;

/** Mark spans plus blockquotes that carry no marks of their own. */
function allSpans(
  text: string,
  paragraphs: Paragraph[],
  blocks: string[],
): { spans: QuoteSpan[]; signatures: Map<number, string> } {
  const spans = findQuoteSpans(text, paragraphs);
  const signatures = new Map<number, string>();
  if (!blocks.length) return { spans, signatures };
  const extra = blockSpans(text, blocks).filter((b) => !spans.some((s) => s.open < b.close && b.open < s.close));
  for (const b of extra) if (b.signature) signatures.set(b.open, b.signature);
  return { spans: [...spans, ...extra].sort((a, b) => a.open - b.open), signatures };
}

function finding(
  text: string,
  start: number,
  end: number,
  rest: Omit<QuoteFinding, 'id' | 'kind' | 'start' | 'end' | 'selectors'>,
): QuoteFinding {
  return { kind: 'quote', id: `quote-${start}`, start, end, selectors: selectorsFor(text, start, end), ...rest };
}

/** A he/she attribution fits a person of that gender or of none known; no pronoun fits anyone. */
function pronounFits(attribution: Attribution | null, speaker: string | null, index: NameIndex): boolean {
  const raw = attribution?.speaker;
  return raw?.kind !== 'pronoun' || !speaker || fitsGender(genderOf(raw.word), speaker, index);
}

/**
 * "Wild defenseman Ryan Suter … could see the frustration. ¶ “…,” he said.": a quote that opens its
 * paragraph with a pronoun's attribution continues the last sentence of the paragraph before, whose
 * subject is then the pronoun's person. Only a whole sentence counts, never a cut one.
 */
function previousParagraphLead(
  text: string,
  index: NameIndex,
  prevPara: { start: number; end: number } | undefined,
): string | null {
  if (!prevPara) return null;
  const { from, end, cut } = lastSentence(text, prevPara);
  return cut ? null : sentenceLead(text, index, from, end);
}

/**
 * All quotes of `text` in order: direct quotes, then claims are merged in by position.
 * `blocks` are the texts of the page's blockquote and pull-quote elements.
 */
export function findQuotes(
  text: string,
  blocks: string[] = [],
  lang: string | null = null,
  teasers: string[] = [],
): QuoteFinding[] {
  const rules = speakerRules(lang);
  const lex = lexiconFor(lang);
  const paragraphs = paragraphsOf(text);
  const { spans, signatures } = allSpans(text, paragraphs, blocks);
  const outside: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const s of spans) {
    outside.push({ start: cursor, end: s.open });
    cursor = s.close;
  }
  outside.push({ start: cursor, end: text.length });
  // The English name index serves only the English rules.
  const index = buildNameIndex(text, rules === 'en' ? outside : []);
  const names = lex ? foreignNames(text, lex) : new Map<string, string>();

  const drafts: Draft[] = [];
  /** Named speakers in order, so claims can resolve pronouns the same way. */
  const spoke: Mention[] = [];
  let lastSpeaker: Mention | null = null;
  let p = 0;
  spans.forEach((span, i) => {
    p = paragraphAt(paragraphs, span.open, p);
    const para = paragraphs[p] ?? { start: 0, end: text.length };
    const endIndex = paragraphAt(paragraphs, Math.max(span.close - 1, span.open), p);
    const endPara = paragraphs[endIndex] ?? para;
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
    if (looksLikeCode(text, span)) return;
    const nextPara = paragraphs[endIndex + 1];
    const window = {
      open: span.open,
      close: span.close,
      content,
      preStart,
      postEnd,
      paraStart: para.start,
      prevPara,
      nextPara: !text.slice(span.close, endPara.end).trim() ? nextPara : undefined,
      sentenceFrom:
        prev && prev.open > para.start && preStart === prev.close ? earlierSentence(text, para.start, prev) : undefined,
    };
    const signature = signatures.get(span.open);
    let attribution: Attribution | null = { cue: '', speaker: null, near: 0 };
    let who: Who = { ...NO_ONE, speaker: signature ?? null };
    if (!signature && rules === 'en') {
      attribution = attribute(text, window);
      const prevFrom = sentenceStart(text, preStart - 1, Math.max(floor, para.start, preStart - WINDOW));
      // The quote's own sentence's subject first ("Yet Sondland has amended it — “…,” he said"), else the last one's.
      const lead =
        attribution?.speaker && attribution.speaker.kind !== 'name'
          ? (sentenceLead(text, index, preStart, span.open) ??
            (prevFrom < preStart
              ? sentenceLead(text, index, prevFrom, preStart)
              : atParagraphStart
                ? previousParagraphLead(text, index, prevPara)
                : null))
          : null;
      who = resolveWho(attribution, index, preStart, lastSpeaker, { lead, text });
    } else if (!signature) {
      const found = lex && foreignAttribution(text, lex, window, names);
      attribution = found ? { cue: found.cue, speaker: null, near: found.near } : null;
      const recent = lastSpeaker && paragraphAt(paragraphs, lastSpeaker.pos, 0) >= p - 2 ? lastSpeaker : null;
      who = { ...NO_ONE, speaker: found?.name ?? (found?.pronoun ? (recent?.name ?? null) : null) };
      if (found?.name) {
        lastSpeaker = { pos: span.open, name: found.name };
        spoke.push(lastSpeaker);
      }
    }
    // Even a quoted word names the person the next "she said" most likely means.
    if (attribution?.speaker?.kind === 'name' && who.speaker) {
      lastSpeaker = { pos: span.open, name: who.speaker };
      spoke.push(lastSpeaker);
    }
    if (words < 2 || isNickname(text, span, words) || looksLikeTitle(content) || inTeaser(content, teasers)) return;
    if (words < MIN_WORDS && !(attribution && attribution.near <= NEAR)) return;
    const last = drafts[drafts.length - 1];
    // The quote before in the paragraph speaks on, unless "she said" cannot mean that person.
    if (
      !who.speaker &&
      last &&
      (last.paragraph === p || (last.paragraph === p - 1 && atParagraphStart)) &&
      pronounFits(attribution, last.who.speaker, index)
    )
      who = last.who;
    // "Sami recalled how… trees. “…”": a quote opening a sentence continues the previous sentence's subject.
    if (rules === 'en' && !who.speaker && !atParagraphStart && !/[\p{L}\p{N}]/u.test(text.slice(preStart, span.open))) {
      const lead = previousSentenceSubject(text, preStart, Math.max(para.start, prev?.close ?? 0));
      if (lead) who = resolveWho(lead, index, preStart, lastSpeaker);
    }
    if (rules === 'en' && !who.speaker && atParagraphStart && prevPara) {
      const lead = previousSubject(text, prevPara);
      if (lead) who = resolveWho(lead, index, preStart, lastSpeaker);
    }
    const outlet = outletIn(attributionWords(text, preStart, span, postEnd));

    // “I understand,” he said, “that it cannot go on.” is one quote; its text leaves out the attribution.
    // So is a paragraph of “…,” said Name. followed by a paragraph that goes on quoting without an attribution
    // of its own. Pull quotes and blockquotes stand alone.
    const gap = last ? text.slice(last.span.close, span.open) : '';
    const goesOn =
      last !== undefined &&
      last.paragraph === p - 1 &&
      atParagraphStart &&
      !attribution?.cue &&
      countWords(last.text) >= MIN_WORDS;
    const interrupted =
      last !== undefined &&
      span.style !== 'block' &&
      last.span.style !== 'block' &&
      (last.paragraph === p || goesOn) &&
      last.span.close === prev?.close &&
      gap.length < 240 &&
      !text.slice(sentenceEnd(text, last.span.close, span.open), span.open).trim() &&
      /[,?!—–-]\s*$/.test(text.slice(last.span.start, last.span.end)) &&
      isAttributionGap(gap);
    if (last && interrupted) {
      last.span = { ...last.span, end: span.end, close: span.close };
      last.text = `${last.text} … ${content}`;
      last.outlet ??= outlet;
      return;
    }
    drafts.push({ span, paragraph: p, attribution, who, text: content, outlet });
  });

  const kept = withoutRepeats(
    drafts.map((d) => ({ text: d.text, block: d.span.style === 'block', speaker: d.who.speaker })),
  );
  const direct = kept
    .map((i) => drafts[i] as Draft)
    .map((d) =>
      finding(text, d.span.start, d.span.end, {
        text: d.text,
        speaker: d.who.speaker,
        ...(!d.who.speaker && d.who.candidates.length ? { speakerCandidates: d.who.candidates } : {}),
        cue: d.attribution?.cue ? d.attribution.cue.toLowerCase() : null,
        role: d.who.role,
        outlet: d.outlet,
        partial:
          d.span.style !== 'block' &&
          isPartial(text, d.span, sentenceStart(text, d.span.open, Math.max(0, d.span.open - WINDOW))),
        form: 'direct' satisfies QuoteForm,
      }),
    );
  // Single-mark spans are too often apostrophes to keep a sentence out of the claims.
  const quoted = spans.filter((s) => s.style !== 'single');
  const claims = rules === 'en' ? claimsOf(text, paragraphs, index, spoke, quoted) : [];
  return [...direct, ...claims].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

function claimsOf(
  text: string,
  paragraphs: Paragraph[],
  index: NameIndex,
  spoke: Mention[],
  quoted: QuoteSpan[],
): QuoteFinding[] {
  let k = 0;
  const out: QuoteFinding[] = [];
  for (const c of findClaims(text, paragraphs, quoted)) {
    while (k < spoke.length && (spoke[k]?.pos ?? 0) < c.start) k++;
    const who = resolveWho(c.attribution, index, c.start, spoke[k - 1] ?? null, { documents: true });
    const sentence = text.slice(
      sentenceStart(text, c.start, Math.max(0, c.start - WINDOW)),
      sentenceEnd(text, c.end, Math.min(text.length, c.end + WINDOW)),
    );
    out.push(
      finding(text, c.start, c.end, {
        text: text.slice(c.start, c.end),
        speaker: who.speaker,
        cue: c.attribution.cue.toLowerCase(),
        role: who.role,
        outlet: outletIn(sentence.replace(text.slice(c.start, c.end), ' … ')),
        partial: false,
        form: 'claim',
      }),
    );
  }
  return out;
}

/** The quote finder: see the module comment. */
export const quotesFinder: Finder = {
  kind: 'quote',
  label: 'Quotes',
  find: (doc, article, ctx) => findQuotes(article.text, blockTexts(doc), ctx.lang, teaserTexts(doc, article.text)),
};
