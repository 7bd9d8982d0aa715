/**
 * Page HTML with its nesting bounded before linkedom parses it. linkedom's parser
 * (htmlparser2) keeps its open elements with Array.unshift, so parsing costs time
 * quadratic in the nesting: a page nested 180,000 deep takes minutes before the
 * engine sees it. Tags nested deeper than MAX_HTML_DEPTH are dropped, their text
 * kept in place; the engine's own caps (utils/analysis/bounded-page.ts) then apply.
 * One linear scan, and a page within the cap (every real page) comes back as it is.
 */

/** Far above the engine's cap (200) and any real page, far below where the parser slows. */
export const MAX_HTML_DEPTH = 1_000;

// Elements that never hold others, or whose end tag pages leave out: they never count as nesting.
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th rb rt rp tbody thead tfoot colgroup caption html head body'.split(
    ' ',
  ),
);
// Elements whose content is text, never tags: skipped to their end tag.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<(!--|\/?)([A-Za-z][A-Za-z0-9-]*)?/g;

type Cut = { start: number; end: number };

/** `html` with tags past MAX_HTML_DEPTH removed; unchanged when it nests no deeper. */
export function boundedHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const cuts: Cut[] = [];
  let depth = 0;
  let dropped = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const start = m.index;
    if (m[1] === '!--') {
      const close = html.indexOf('-->', start + 4);
      TAG.lastIndex = close === -1 ? html.length : close + 3;
      continue;
    }
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const gt = html.indexOf('>', TAG.lastIndex);
    const end = gt === -1 ? html.length : gt + 1;
    TAG.lastIndex = end;
    const closing = m[1] === '/';
    if (!closing && RAW.has(name)) {
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = end;
      const close = endTag.exec(html);
      TAG.lastIndex = close ? close.index : html.length;
      continue;
    }
    if (FLAT.has(name) || html[end - 2] === '/') continue;
    if (!closing) {
      if (depth >= maxDepth) {
        dropped++;
        cuts.push({ start, end });
      } else depth++;
    } else if (dropped > 0) {
      dropped--;
      cuts.push({ start, end });
    } else if (depth > 0) depth--;
  }
  if (!cuts.length) return html;
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    parts.push(html.slice(at, cut.start));
    at = cut.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
