/**
 * What the page highlights look like: one colour per kind (the same as the panel's
 * legend), and a stronger mark on the flag the editor is looking at. Inserted into the
 * page as a user style sheet (scripting.insertCSS), so the page's DOM is never touched.
 */
import type { FindingKind } from '../analysis/types';

/** The kinds of mark on a page: each finding kind, and the editor's own annotations. */
export type HighlightKind = FindingKind | 'annotation';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quote', 'figure', 'credit', 'annotation'];

/** The CSS.highlights name of a kind. */
export function highlightName(kind: HighlightKind | 'focus'): string {
  return `copydesk-${kind}`;
}

/** Legend colours; translucent so the page's own text colour shows through on light and dark pages. */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, string> = {
  quote: '59 130 246',
  figure: '168 85 247',
  credit: '34 160 80',
  annotation: '250 204 21',
};

/** The style sheet for every highlight kind. */
export function highlightCss(): string {
  const kinds = HIGHLIGHT_KINDS.map(
    (kind) =>
      `::highlight(${highlightName(kind)}) { background-color: rgb(${HIGHLIGHT_COLOURS[kind]} / 0.28); ` +
      `text-decoration: underline 2px rgb(${HIGHLIGHT_COLOURS[kind]}); }`,
  );
  const focus = `::highlight(${highlightName('focus')}) { background-color: rgb(255 140 0 / 0.55); color: inherit; text-decoration: underline 3px rgb(200 80 0); }`;
  return [...kinds, focus].join('\n');
}
