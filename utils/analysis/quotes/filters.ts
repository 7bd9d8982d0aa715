/**
 * Tests that keep things that are not speech out of the quote list: titles,
 * nicknames, code, and the judgement of partial quotes and attribution gaps.
 */
import { isCueWord } from './cues';
import type { QuoteSpan } from './marks';

const MINOR = /^(of|the|a|an|and|in|on|to|for|at|by|or|is|are|with|from|as|vs|not|but|up)$/;

/** Title Case words: a book, show, headline or slogan, not speech, even next to "said". */
export function looksLikeTitle(words: string): boolean {
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

/** `alert("text payload")`, `href="…"`: a string literal in code, not speech. */
export function looksLikeCode(text: string, span: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  const after = text.slice(span.close, span.close + 3);
  return (
    /[\w$\]]\(\s*$/.test(before) ||
    /[\w-]\s*=\s*$/.test(before) ||
    (/[[{,]\s*$/.test(before) && /^\s*[:\])}]/.test(after))
  );
}

/** John “Jack” Smith: a nickname between the parts of a name. */
export function isNickname(text: string, span: QuoteSpan, words: number): boolean {
  return (
    words <= 3 &&
    /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, span.open - 30), span.open)) &&
    /^\s\p{Lu}/u.test(text.slice(span.close, span.close + 3))
  );
}

/** A fragment inside reported speech: starts lowercase, or follows a word that is not a cue. */
export function isPartial(text: string, span: QuoteSpan, preStart: number): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text.slice(span.start, span.start + 20))?.[0] ?? '';
  if (/\p{Ll}/u.test(first)) return true;
  const before = text.slice(preStart, span.open).trimEnd();
  const lastWord = /([\p{L}\p{N}]+)$/u.exec(before)?.[1];
  return !!lastWord && !isCueWord(lastWord) && lastWord.toLowerCase() !== 'that';
}

/**
 * `, he said, `, `, Lopez said. `, `, Jessica Caldwell, an analyst, said in a
 * statement. `, `, he said, adding, `: one attribution clause between two halves
 * of one quote (the second half may open a new sentence). At most one sentence
 * and a few dozen words, holding a speech verb.
 */
export function isAttributionGap(gap: string): boolean {
  const words = gap.match(/[\p{L}’'-]+(?:\.(?=\p{L}))?[\p{L}’'-]*/gu) ?? [];
  // "…,” adding “…”": a gap may also end on its speech verb.
  const ends = /[,.:]\s*$/.test(gap) || isCueWord(words[words.length - 1] ?? '');
  return ends && /^[\s,]/.test(gap) && words.length <= MAX_GAP_WORDS && words.some(isCueWord);
}

/** Words an attribution between two halves of one quote may take. */
const MAX_GAP_WORDS = 30;
