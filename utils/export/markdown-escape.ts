/**
 * Escaping for text we place into Markdown ourselves (quotes, figures, captions).
 * Only characters that would change the rendering are escaped, so "U.S." stays readable.
 */

/** Characters that would change the rendering, and `&` where it would start an entity such as &copy;. */
const SPECIAL = /[\\`*_[\]<>|~]|&(?=#?[a-z0-9]+;)/gi;
/** Whitespace other than a plain space (two spaces are checked apart: one class scans quicker). */
const ODD_SPACE = /[^\S ]/;
/** Block syntax that only matters at the start of a line (headings, lists, quotes...). */
const BLOCK_START = /^[#>+=-]/;
const ORDERED_START = /^(\d+)([.)])/;

/**
 * One line of inline Markdown: whitespace runs (newlines too) become one space. Serves GFM
 * table cells as well: `|`, which would split a cell, is among the escaped characters.
 */
export function escapeInline(text: string): string {
  // Tests before replacing: most text (exported by the thousand) needs no change at all.
  const uneven = text.includes('  ') || ODD_SPACE.test(text);
  const line = (uneven ? text.replace(/\s+/g, ' ') : text).trim();
  const escaped = line.replace(SPECIAL, '\\$&');
  if (BLOCK_START.test(escaped)) return `\\${escaped}`;
  return ORDERED_START.test(escaped) ? escaped.replace(ORDERED_START, '$1\\$2') : escaped;
}

/** A URL inside `(...)`: spaces and parentheses would end the link early. */
export function escapeLinkUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
