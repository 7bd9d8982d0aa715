import type { Selector, TextPositionSelector, TextQuoteSelector } from './types';

/** Context kept either side of a quote selector: enough to disambiguate, small enough to store. */
export const CONTEXT_CHARS = 32;

/** Both selectors for `text.slice(start, end)`. */
export function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** A quote selector for words that are not in the article text (e.g. a caption Readability dropped). */
export function quoteSelectorOnly(exact: string): Selector[] {
  return [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }];
}

/** Position selector of a finding, if it has one. */
export function positionOf(selectors: Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}
