/**
 * Text of a small element (a caption, a credit) as a reader sees it: a space at
 * every element boundary so "<span>Caption</span><span>Credit</span>" does not
 * run together, screen-reader-only labels and scripts left out.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'svg']);
const HIDDEN = /(?:^|[\s_-])(?:off-?screen|visually-?hidden|sr-only|screen-?reader(?:-text)?|a11y)(?:$|[\s_-])/i;

/** Collapsed text of `root`, leaving out the subtree `skip` (a credit inside a caption, say). */
export function visibleText(root: Element, skip: Element | null = null): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el === skip || SKIP.has(el.tagName) || HIDDEN.test(el.getAttribute('class') ?? '')) continue;
      out += ' ';
      walk(el);
      out += ' ';
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}
