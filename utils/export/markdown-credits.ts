/**
 * The Image credits section of the Markdown export: one line per article image
 * with its caption, credit, agencies and a link to the picture. An image with
 * no credit says so in bold, because it is a legal problem for the desk.
 */
import { safeUrl } from '../analysis/resolve-url';
import type { CreditFinding } from '../analysis/types';
import { sourceLink, statusLabel, type ExportContext } from './markdown-context';
import { escapeInline, escapeLinkUrl } from './markdown-escape';

function creditItem(credit: CreditFinding, ctx: ExportContext): string {
  const caption = credit.caption ? escapeInline(credit.caption) : '_No caption_';
  const holder = credit.credit ? escapeInline(credit.credit) : '**No credit**';
  // Clippings stored before agencies existed have none.
  const agencies = credit.agencies ?? [];
  const agency = agencies.length ? ` (agency: ${agencies.map(escapeInline).join(', ')})` : '';
  // As the URL parser writes it: a tab or newline inside the stored address never reaches the link.
  const image = safeUrl(credit.image);
  const link = image ? ` ([image](${escapeLinkUrl(image)}))` : '';
  const state = ctx.stateOf(credit);
  const status = state && state.status !== 'unchecked' ? ` · **${statusLabel(state)}**` : '';
  const note = state?.note.trim() ? ` — Note: ${escapeInline(state.note)}` : '';
  return `- ${caption} — ${holder}${agency}${link}${status}${sourceLink(ctx, credit)}${note}`;
}

/** The body of the Image credits section, uncredited images first: empty when there are none. */
export function creditsSection(credits: CreditFinding[], ctx: ExportContext): string {
  const ordered = [...credits.filter((c) => !c.credit), ...credits.filter((c) => c.credit)];
  return ordered.map((c) => creditItem(c, ctx)).join('\n');
}
