/**
 * Escaping for text we place into Markdown ourselves (quotes, figures, captions).
 * Only characters that would change the rendering are escaped, so "U.S." stays readable.
 */

/** One line of inline Markdown: whitespace runs (newlines too) become one space. */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>|~]/g, '\\$&')
      // An entity such as &copy; would otherwise render as ©.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // Block syntax that only matters at the start of a line (headings, lists, quotes...).
      .replace(/^([#>+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A GFM table cell: inline escaping covers the pipe that would split the cell. */
export function escapeCell(text: string): string {
  return escapeInline(text);
}

/** A URL inside `(...)`: spaces and parentheses would end the link early. */
export function escapeLinkUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
