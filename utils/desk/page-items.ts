/**
 * The bridge between the article (Readability's text, where selectors point) and the
 * live page (where highlights are drawn and selections are made): what to mark, and
 * how a page selection becomes selectors into the article text.
 */
import { selectorsFor } from '../analysis/selectors';
import { isSpace } from '../analysis/text';
import type { Finding, Selector } from '../analysis/types';
import { quoteOf } from './anchor';
import { matchQuote, type MatchOptions, type Quote } from './match-quote';
import type { HighlightItem } from './page-highlighter';
import type { AnchoredAnnotation } from './reanchor';

/** What to draw on the page: every finding, and every annotation that still anchors. */
export function highlightItems(
  findings: readonly Finding[],
  annotations: readonly AnchoredAnnotation[],
): HighlightItem[] {
  const flags = findings.flatMap((f): HighlightItem[] => {
    const quote = quoteOf(f.selectors) ?? { exact: '', prefix: '', suffix: '' };
    // A picture is shown even when it has no words to mark (an uncredited one).
    const image = f.kind === 'credit' && f.image ? f.image : undefined;
    if (image) return [{ id: f.id, kind: f.kind, quote, image }];
    return quote.exact ? [{ id: f.id, kind: f.kind, quote }] : [];
  });
  const notes = annotations.flatMap((a): HighlightItem[] => {
    const quote = quoteOf(a.annotation.selectors);
    return a.anchor && quote ? [{ id: a.annotation.id, kind: 'annotation', quote }] : [];
  });
  return [...flags, ...notes];
}

/** `text` with whitespace runs collapsed, and where each of its characters came from. */
function collapsedWithMap(text: string): { collapsed: string; origin: number[] } {
  const origin: number[] = [];
  let collapsed = '';
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text[i]!);
    if (space && lastSpace) continue;
    collapsed += space ? ' ' : text[i];
    origin.push(i);
    lastSpace = space;
  }
  return { collapsed, origin };
}

/**
 * Selectors into the article text for words selected on the page (whose whitespace is
 * collapsed), or null when the selection is not part of the article Copydesk read.
 */
export function selectorsForPageQuote(text: string, quote: Quote, options: MatchOptions = {}): Selector[] | null {
  if (!quote.exact.trim()) return null;
  const { collapsed, origin } = collapsedWithMap(text);
  const found = matchQuote(collapsed, quote, options);
  if (!found || found.end <= found.start) return null;
  const start = origin[found.start]!;
  const end = origin[found.end - 1]! + 1;
  return selectorsFor(text, start, end);
}
