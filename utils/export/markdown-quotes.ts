import type { QuoteFinding } from '../analysis/types';
import type { ExportContext } from './markdown-context';
import { escapeInline } from './markdown-escape';

function quoteBlock(quote: QuoteFinding): string {
  const notes = [quote.cue, quote.partial ? 'partial' : null].filter(Boolean).join(', ');
  const who = quote.speaker ? escapeInline(quote.speaker) : 'Unattributed';
  // The blank line keeps the attribution out of the blockquote (lazy continuation).
  return `> ${escapeInline(quote.text)}\n\n— ${who}${notes ? ` (${escapeInline(notes)})` : ''}`;
}

/** The body of the Quotes section: empty when there are none. */
export function quotesSection(quotes: QuoteFinding[], _ctx: ExportContext): string {
  return quotes.map(quoteBlock).join('\n\n');
}
