import type { Finding } from '../analysis/types';
import type { FlagState } from '../desk/model';
import { escapeLinkUrl } from './markdown-escape';

/** What every section renderer may ask about the clipping besides its findings. */
export type ExportContext = {
  /** The editor's status and note on a finding, when one was set. */
  stateOf: (finding: Finding) => FlagState | undefined;
  /** A link back to the finding's place in the source (a text fragment URL), or null. */
  linkTo: (finding: Finding) => string | null;
  /** The sentence or paragraph the finding sits in, for context columns. */
  contextOf: (finding: Finding) => string;
};

/** Shown in place of an empty section. */
export const NONE = 'None found.';

/** The status word the exports write: "verified", "disputed", "needs source", or "unchecked". */
export function statusLabel(state: FlagState | undefined): string {
  return (state?.status ?? 'unchecked').replace('-', ' ');
}

/**
 * ` ([source](…))` after a finding: its text-fragment link back to the page, or nothing.
 * Section renderers append it to each flag's line or first table cell.
 */
export function sourceLink(ctx: ExportContext, finding: Finding): string {
  const url = ctx.linkTo(finding);
  // The fragment is percent-encoded already; the page URL itself may hold ( ) or | (tables).
  return url ? ` ([source](${escapeLinkUrl(url).replace(/\|/g, '%7C')}))` : '';
}
