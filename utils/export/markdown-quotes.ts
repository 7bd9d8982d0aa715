import type { QuoteFinding } from '../analysis/types';
import type { ExportContext } from './markdown-context';
import { escapeInline } from './markdown-escape';

/** "— Speaker, role (cue, via outlet)"; claims and partial quotes say so in the brackets. */
export function attributionLine(quote: QuoteFinding): string {
  const who = quote.speaker ? escapeInline(quote.speaker) : 'Unattributed';
  const role = quote.speaker && quote.role ? `, ${escapeInline(quote.role)}` : '';
  const notes = [
    quote.cue,
    quote.outlet ? `via ${quote.outlet}` : null,
    quote.partial ? 'partial' : null,
    quote.form === 'claim' ? 'claim' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `— ${who}${role}${notes ? ` (${escapeInline(notes)})` : ''}`;
}

function quoteBlock(quote: QuoteFinding): string {
  // The blank line keeps the attribution out of the blockquote (lazy continuation).
  return `> ${escapeInline(quote.text)}\n\n${attributionLine(quote)}`;
}

/** The body of the Quotes section: direct quotes, then claims (reported speech) under their own sub-heading. */
export function quotesSection(quotes: QuoteFinding[], _ctx: ExportContext): string {
  const direct = quotes.filter((q) => q.form !== 'claim').map(quoteBlock);
  const claims = quotes.filter((q) => q.form === 'claim').map(quoteBlock);
  if (!claims.length) return direct.join('\n\n');
  return [...direct, '### Claims (reported speech)', ...claims].join('\n\n');
}
