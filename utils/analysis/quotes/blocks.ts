/**
 * Quotes set as blockquotes or pull quotes carry no quotation marks in the
 * article text: their elements in the page say they are quotes. Each is found
 * in the text by its opening words, in one bounded search per element.
 */
import type { QuoteSpan } from './marks';

/** A blockquote's place in the text, and the name it is signed with ("— Jane Doe"). */
export type BlockSpan = QuoteSpan & { signature: string | null };

/**
 * What the DOM is asked for: one cheap substring test per element instead of
 * three; the exact class test below runs only on the few elements it lets through.
 */
const CANDIDATES = 'blockquote, q, [class*="ull"]';
const PULL_CLASS = /pullquote|pull-quote|PullQuote/;
/** Pages with more quote elements than this are lists of quotes; the marks still find those. */
const MAX_BLOCKS = 200;
const SIGNATURE = /\s[—―–]\s*([\p{Lu}][\p{L}.’' -]{1,60}?)\s*(?:\(@\w+\)[^\n]*|,[^\n]{0,80})?\s*$/u;

/** blockquote, q, or an element whose class says pull quote. */
const isQuoteElement = (node: Element): boolean =>
  node.localName === 'blockquote' || node.localName === 'q' || PULL_CLASS.test(node.getAttribute('class') ?? '');

/** Embedded social posts (tweets, Instagram, TikTok, Facebook) are widgets, not the article's quotes. */
const EMBED_CLASS = /tweet|twitter|instagram|tiktok|facebook|fb-|reddit|embed/i;
const EMBED_TEXT = /pic\.twitter\.com|https?:\/\/t\.co\/|\(@\w+\)\s+\p{L}+ \d{1,2}, \d{4}/u;
const isEmbeddedPost = (node: Element, words: string): boolean =>
  EMBED_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('data-embed') ?? ''}`) ||
  EMBED_TEXT.test(words);

/**
 * Text content of the page's blockquote, `<q>` and pull-quote elements, outermost only.
 * The page is walked once: an element is nested when an ancestor is among the
 * matches, which costs a parent walk instead of a `closest()` selector match.
 */
export function blockTexts(doc: Document): string[] {
  const out: string[] = [];
  const matches: Element[] = [];
  const candidates = doc.querySelectorAll(CANDIDATES);
  for (let i = 0; i < candidates.length; i++) {
    const node = candidates[i];
    if (node && isQuoteElement(node)) matches.push(node);
  }
  const matched = new Set(matches);
  for (let i = 0; i < matches.length && out.length < MAX_BLOCKS; i++) {
    const node = matches[i];
    if (!node || hasMatchedAncestor(node, matched)) continue;
    const words = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (words.split(' ').length >= 4 && !isEmbeddedPost(node, words)) out.push(words);
  }
  return out;
}

function hasMatchedAncestor(node: Element, matched: Set<Element>): boolean {
  for (let up = node.parentElement; up; up = up.parentElement) if (matched.has(up)) return true;
  return false;
}

/** Where each block text sits in `text` (whitespace-insensitive at its edges), with its signature split off. */
export function blockSpans(text: string, blocks: string[]): BlockSpan[] {
  const out: BlockSpan[] = [];
  for (const block of blocks) {
    // Short ends: the page may break the block into paragraphs where textContent has none.
    const head = block.slice(0, 40);
    const start = text.indexOf(head);
    if (start < 0) continue;
    const tail = block.slice(-24);
    const tailAt = text.indexOf(tail, start);
    // Without its tail in the text the block ends with its paragraph, never inside a word.
    const paragraphEnd = text.indexOf('\n', start + head.length);
    const fallback = Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, start + block.length * 2);
    let end = tailAt >= 0 && tailAt - start < block.length * 2 ? tailAt + tail.length : fallback;
    let signature: string | null = null;
    const sign = SIGNATURE.exec(text.slice(start, end));
    if (sign?.[1] && sign.index > 0) {
      signature = sign[1].trim();
      end = start + sign.index;
    }
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    out.push({ open: start, start, end, close: end, style: 'block', signature });
  }
  return out.sort((a, b) => a.open - b.open);
}
