/**
 * Where a credit sits in the article text. Captions come in page order, so the
 * search starts where the previous one ended; a credit is looked for next to its
 * caption, never alone, because "PA" or "Reuters" also occur in the story itself.
 */
import { quoteSelectorOnly, selectorsFor } from '../selectors';
import type { Selector } from '../types';

export type Anchor = { start: number | null; end: number | null; selectors: Selector[] };

export type AnchorInput = { caption: string | null; credit: string | null; line: string | null };

const NEAR = 200;
// Shorter captions ("Idlib") match body text by chance.
const MIN_CAPTION = 8;

function find(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at >= 0 || from === 0 ? at : text.indexOf(needle);
}

/** An anchor into `text` moving `cursor` forward, a quote-only selector when the words are not there, none when there are no words. */
export function anchorCredit(text: string, input: AnchorInput, cursor: { at: number }): Anchor {
  const { caption, credit, line } = input;
  const hit = (start: number, end: number): Anchor => {
    cursor.at = end;
    return { start, end, selectors: selectorsFor(text, start, end) };
  };
  if (credit && line) {
    const at = find(text, line, cursor.at);
    const inLine = line.indexOf(credit);
    if (at >= 0 && inLine >= 0) return hit(at + inLine, at + inLine + credit.length);
  }
  const captionAt = caption && caption.length >= MIN_CAPTION ? find(text, caption, cursor.at) : -1;
  if (credit && caption && captionAt >= 0) {
    const from = captionAt + caption.length;
    const near = text.slice(from, from + NEAR).indexOf(credit);
    if (near >= 0) return hit(from + near, from + near + credit.length);
  }
  if (!credit && caption && captionAt >= 0) return hit(captionAt, captionAt + caption.length);
  const words = line ?? credit ?? caption;
  // An image with neither caption nor credit has no words to quote: no selector beats an empty `exact`.
  return { start: null, end: null, selectors: words ? quoteSelectorOnly(words) : [] };
}
