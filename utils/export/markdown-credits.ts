import type { CreditFinding } from '../analysis/types';
import type { ExportContext } from './markdown-context';
import { escapeInline, escapeLinkUrl } from './markdown-escape';

function creditItem(credit: CreditFinding): string {
  const caption = credit.caption ? escapeInline(credit.caption) : '_No caption_';
  const holder = credit.credit ? escapeInline(credit.credit) : '**No credit**';
  const link = credit.image && /^https?:\/\//i.test(credit.image) ? ` ([image](${escapeLinkUrl(credit.image)}))` : '';
  return `- ${caption} — ${holder}${link}`;
}

/** The body of the Image credits section: empty when there are none. */
export function creditsSection(credits: CreditFinding[], _ctx: ExportContext): string {
  return credits.map(creditItem).join('\n');
}
