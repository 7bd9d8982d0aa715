import type { QuoteFinding } from '../analysis/types';
import { sourceLink, statusLabel, type ExportContext } from './markdown-context';
import { escapeInline } from './markdown-escape';

/**
 * "— Speaker, role (cue, via outlet)"; claims and partial quotes say so in the brackets.
 * `chosen`: the speaker the editor chose where the page leaves it unclear.
 */
export function attributionLine(quote: QuoteFinding, chosen: string | null = null): string {
  const unclear = !quote.speaker && quote.speakerCandidates?.length;
  const who = quote.speaker
    ? escapeInline(quote.speaker)
    : chosen && unclear
      ? `${escapeInline(chosen)} (chosen by the editor; the page leaves the speaker unclear)`
      : unclear
        ? `Speaker unclear: ${quote.speakerCandidates?.map(escapeInline).join(' or ')}`
        : 'Unattributed';
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

function quoteBlock(quote: QuoteFinding, ctx: ExportContext): string {
  const state = ctx.stateOf(quote);
  const status = state && state.status !== 'unchecked' ? ` · **${statusLabel(state)}**` : '';
  const note = state?.note.trim() ? `\n\nNote: ${escapeInline(state.note)}` : '';
  // The blank line keeps the attribution out of the blockquote (lazy continuation).
  return `> ${escapeInline(quote.text)}\n\n${attributionLine(quote, state?.speaker ?? null)}${status}${sourceLink(ctx, quote)}${note}`;
}

/** The body of the Quotes section: direct quotes, then claims (reported speech) under their own sub-heading. */
export function quotesSection(quotes: QuoteFinding[], ctx: ExportContext): string {
  const direct = quotes.filter((q) => q.form !== 'claim').map((q) => quoteBlock(q, ctx));
  const claims = quotes.filter((q) => q.form === 'claim').map((q) => quoteBlock(q, ctx));
  if (!claims.length) return direct.join('\n\n');
  return [...direct, '### Claims (reported speech)', ...claims].join('\n\n');
}
