/**
 * Re-finds a W3C selector set in a text: exact position first, then the quote with its
 * context, then an approximate match. The order matters for speed (most anchors have
 * not moved) and for truth (a quote that occurs twice is told apart by its context).
 */
import { collapseSpace } from '../analysis/text';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../analysis/types';
import { matchExact, matchFuzzy, type MatchOptions, type Quote } from './match-quote';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a selector set lies in a text now, and how it was found. */
export type Anchor = { start: number; end: number; method: AnchorMethod };

/** The quote selector of a set, if it has one. */
export function quoteOf(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

function positionIn(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** The same quote with whitespace collapsed (the engine's rule), for matching against a live page's text. */
export function collapseQuote(quote: Quote): Quote {
  return {
    exact: collapseSpace(quote.exact),
    prefix: collapseSpace(quote.prefix),
    suffix: collapseSpace(quote.suffix),
  };
}

/**
 * Anchors `selectors` in `text`, or returns null (an orphan). A position selector alone
 * (no quote) is trusted only if it still fits inside the text.
 */
export function anchorSelectors(
  text: string,
  selectors: readonly Selector[],
  options: MatchOptions = {},
): Anchor | null {
  const quote = quoteOf(selectors);
  const position = positionIn(selectors);
  if (position && (!quote || text.slice(position.start, position.end) === quote.exact)) {
    if (position.start >= 0 && position.end <= text.length && position.start <= position.end) {
      return { start: position.start, end: position.end, method: 'position' };
    }
  }
  if (!quote) return null;
  const hint = options.hint ?? position?.start;
  const exact = matchExact(text, quote, { ...options, hint });
  if (exact) return { start: exact.start, end: exact.end, method: 'quote' };
  const fuzzy = matchFuzzy(text, quote, { ...options, hint });
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}
