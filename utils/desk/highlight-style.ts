/**
 * What the page highlights look like: one colour per kind (the same as the panel's
 * legend), and a stronger mark on the flag the editor is looking at. Inserted into the
 * page as a style sheet the page cannot read (scripting.insertCSS), so the page's DOM is
 * never touched.
 *
 * `CSS.highlights` is shared with the page's own scripts, so every name is random, chosen
 * by the highlighter when it arrives in a page: the page can neither find the desk's
 * marks by name nor claim a name first, nor style them from its own sheets.
 */
import type { FindingKind } from '../analysis/types';

/** The kinds of mark on a page: each finding kind, and the editor's own annotations. */
export type HighlightKind = FindingKind | 'annotation';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quote', 'figure', 'credit', 'annotation'];

/** The CSS.highlights name of each kind, and of the mark on the current flag. */
export type HighlightNames = Record<HighlightKind | 'focus', string>;

/** 96 random bits per name: a page cannot guess one. */
const NAME_BYTES = 12;

/** A CSS identifier of our own making (a letter, then hex digits): safe to place in a style sheet. */
const NAME_SHAPE = /^h[0-9a-f]{24}$/;

/**
 * Fresh, unpredictable names for one page's marks, one per kind.
 * @param random fills its argument with random bytes. @default crypto.getRandomValues
 */
export function randomHighlightNames(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): HighlightNames {
  const name = () => 'h' + [...random(new Uint8Array(NAME_BYTES))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const names = {
    quote: name(),
    figure: name(),
    credit: name(),
    annotation: name(),
    focus: name(),
  };
  if (new Set(Object.values(names)).size !== Object.keys(names).length) throw new Error('highlight names collide');
  return names;
}

/** True for names as randomHighlightNames makes them (what the panel accepts from a page script). */
export function isHighlightNames(value: unknown): value is HighlightNames {
  if (typeof value !== 'object' || value === null) return false;
  return [...HIGHLIGHT_KINDS, 'focus' as const].every((kind) =>
    NAME_SHAPE.test(String((value as Record<string, unknown>)[kind])),
  );
}

/** Legend colours; translucent so the page's own text colour shows through on light and dark pages. */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, string> = {
  quote: '59 130 246',
  figure: '168 85 247',
  credit: '34 160 80',
  annotation: '250 204 21',
};

/** The style sheet for every highlight kind under these names. */
export function highlightCss(names: HighlightNames): string {
  if (!isHighlightNames(names)) throw new Error('not highlight names');
  const kinds = HIGHLIGHT_KINDS.map(
    (kind) =>
      `::highlight(${names[kind]}) { background-color: rgb(${HIGHLIGHT_COLOURS[kind]} / 0.28); ` +
      `text-decoration: underline 2px rgb(${HIGHLIGHT_COLOURS[kind]}); }`,
  );
  const focus = `::highlight(${names.focus}) { background-color: rgb(255 140 0 / 0.55); color: inherit; text-decoration: underline 3px rgb(200 80 0); }`;
  return [...kinds, focus].join('\n');
}
