/**
 * Plain text of an element with block structure kept: one paragraph per block,
 * paragraphs separated by a blank line, whitespace inside a paragraph collapsed.
 * All finding offsets point into text made here, so it must be deterministic.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export type BlockTextOptions = {
  /** Leave figure captions out (the extraction benchmark's ground truth has none). @default false */
  skipCaptions?: boolean;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Paragraph text of `root`, see the module comment. */
export function blockText(root: Node, options: BlockTextOptions = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (options.skipCaptions && tag === 'FIGCAPTION') continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Words as the panel counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
