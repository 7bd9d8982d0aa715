/**
 * The live page's text as one string, whitespace collapsed the way it renders, with a
 * map back to DOM positions. Article.text is Readability's text, not the page's, so
 * anchors are found by their words in this string and turned into DOM Ranges here.
 * Reads the DOM only; it never changes it. Skipped elements and whitespace follow the
 * engine's rules (utils/analysis/text.ts), so the words match the article's.
 */
import { isInvisible, isSkipped, isSpace } from '../analysis/text';

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

export type PageText = {
  /** Every visible-ish text node's words, whitespace runs (no-break spaces too) collapsed to one plain space. */
  text: string;
  /** A DOM Range over `text.slice(start, end)`, or null when out of bounds. */
  rangeOf: (start: number, end: number) => Range | null;
  /** Where a DOM Range (a selection) lies in `text`, or null when it covers no text. */
  offsetsOf: (range: Range) => { start: number; end: number } | null;
};

function blockOf(node: Node, root: Node): Node {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) {
    if (BLOCK.has(el.nodeName.toUpperCase())) return el;
  }
  return root;
}

function skipped(node: Node, root: Node): boolean {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) {
    if (el.nodeType === 1 && isSkipped(el as Element)) return true;
  }
  return false;
}

/** Reads the text under `root` (usually document.body). */
export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const chunks: string[] = [];
  // raw[i]: offset inside its text node of the i-th character of `text`.
  const raw: number[] = [];
  const owner: number[] = [];
  let length = 0;
  let lastSpace = true;
  let lastBlock: Node | null = null;

  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    if (!data || skipped(node, root)) continue;
    const block = blockOf(node, root);
    const index = nodes.length;
    // Words in different blocks never run together, even without whitespace between the tags.
    if (lastBlock && block !== lastBlock && !lastSpace) {
      chunks.push(' ');
      raw.push(nodes[index - 1]!.data.length);
      owner.push(index - 1);
      length++;
      lastSpace = true;
    }
    nodes.push(node);
    starts.push(length);
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      // The engine's text leaves these out (visibleText): so does the page's.
      const code = c.charCodeAt(0);
      if ((code < 32 || code >= 127) && isInvisible(c)) continue;
      const space = isSpace(c);
      if (space && lastSpace) continue;
      // Regression: a no-break space was kept, so "£1.2\u00a0bn" never matched the article's "£1.2 bn".
      out += space ? ' ' : c;
      raw.push(i);
      owner.push(index);
      lastSpace = space;
    }
    chunks.push(out);
    length += out.length;
    if (out) lastBlock = block;
  }
  const text = chunks.join('');

  const rangeOf = (start: number, end: number): Range | null => {
    if (start < 0 || end > text.length || start >= end) return null;
    const a = nodes[owner[start]!]!;
    const b = nodes[owner[end - 1]!]!;
    const range = doc.createRange();
    range.setStart(a, Math.min(raw[start]!, a.length));
    range.setEnd(b, Math.min(raw[end - 1]! + 1, b.length));
    return range;
  };

  // The first character at or after `offset` in the node; the node's end when there is none.
  const indexIn = (nodeIndex: number, offset: number): number => {
    const from = starts[nodeIndex]!;
    const to = nodeIndex + 1 < starts.length ? starts[nodeIndex + 1]! : text.length;
    for (let i = from; i < to; i++) {
      if (owner[i] === nodeIndex && raw[i]! >= offset) return i;
    }
    return to;
  };

  const offsetsOf = (range: Range): { start: number; end: number } | null => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < nodes.length; i++) {
      if (!range.intersectsNode(nodes[i]!)) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return null;
    const startOffset = nodes[first] === range.startContainer ? range.startOffset : 0;
    const endOffset = nodes[last] === range.endContainer ? range.endOffset : nodes[last]!.length;
    let start = indexIn(first, startOffset);
    let end = indexIn(last, endOffset);
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    return start < end ? { start, end } : null;
  };

  return { text, rangeOf, offsetsOf };
}
