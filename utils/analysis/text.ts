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
/**
 * Elements whose text is not part of what a reader reads. The live page's walker
 * (utils/desk/page-text.ts) skips the same ones, so the text findings point into and
 * the text the page highlighter searches hold the same words. What still differs, on
 * purpose: blockText separates paragraphs with a blank line where the page walker puts
 * one space (highlights fold those breaks with collapseSpace), and the benchmark may
 * leave captions out.
 */
const SKIP: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  // Their children are fallback content, not what the page shows.
  'IFRAME',
  'OBJECT',
]);

/** True for an element whose text (and its children's) a reader never sees: see SKIP. */
export function isSkipped(element: Element): boolean {
  return SKIP.has(element.nodeName.toUpperCase()) || element.hasAttribute('hidden');
}

// JavaScript's \s: ASCII whitespace plus U+00A0, U+202F, U+3000 and the other Unicode spaces.
const SPACE = /\s/;
const SPACES = /\s+/g;

/**
 * The one whitespace rule of the engine and the desk: a character is a space when it
 * matches JavaScript's \s, so "£1.2\u00a0bn" in an article and on a page reads
 * "£1.2 bn" in both.
 */
export function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  // Most characters are ASCII: answer those without a regular expression.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
}

/**
 * Characters a reader never sees that would still change what the engine reports:
 * controls, bidi embeddings and isolates, zero-width space, word joiner, byte-order
 * mark, soft hyphen. A name written "Jo\u200BLee" is "JoLee" as it reads, and
 * exports cannot be reordered by a stray U+202E. The joiners U+200C and U+200D stay:
 * Persian, Indic scripts and emoji need them.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is what this pattern is for
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** True for a character that INVISIBLE removes. */
export function isInvisible(c: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(c);
}

/** `text` without the characters a reader never sees (see INVISIBLE). */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** `text` with every run of spaces (see isSpace) made one plain space. */
export function collapseSpace(text: string): string {
  return text.replace(SPACES, ' ');
}

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
    const p = collapseSpace(visibleText(current)).trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // An explicit stack, not recursion: a page nested 100,000 deep must not overflow the call stack.
  // Each entry is the next node to visit at one level and whether that level's element is a block.
  const stack: { next: Node | null; block: boolean }[] = [{ next: root.firstChild, block: false }];
  while (stack.length) {
    const level = stack[stack.length - 1] as { next: Node | null; block: boolean };
    const child = level.next;
    if (!child) {
      stack.pop();
      if (level.block) flush();
      continue;
    }
    level.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      current += child.nodeValue ?? '';
    } else if (child.nodeType === ELEMENT_NODE) {
      if (isSkipped(child as Element)) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (options.skipCaptions && tag === 'FIGCAPTION') continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      stack.push({ next: child.firstChild, block });
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Words as the panel counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
