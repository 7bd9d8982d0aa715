/**
 * Cards of other stories inside the article (rails, teasers, "related" and
 * "most read" boxes) carry headlines with quotation marks: they are not the
 * story's quotes. Their texts are read from the page once, by class or id.
 */

/** Class or id words of boxes that hold other stories. */
const FURNITURE =
  /(?:^|[\s_-])(?:teasers?|rail|related|promo|recommend(?:ed|ations)?|trending|most-?(?:read|popular)|more-?(?:stories|news)|read-?(?:more|next)|also-?read|outbrain|taboola|newsletter)(?:$|[\s_-])/i;
/** A box longer than this is more than a box of cards: maybe the story itself, so it is left alone. */
const MAX_CHARS = 3000;
const QUOTE_MARK = /["“”„«»‘’']/;

/** The first 80 characters (single-spaced) of the article's first long paragraph: a box holding them is the story. */
function openingOf(articleText: string): string | null {
  const first = articleText.split('\n').find((p) => p.trim().length >= 80);
  return first ? first.replace(/\s+/g, ' ').trim().slice(0, 80) : null;
}

/**
 * Texts (single-spaced) of the page's boxes of other stories that hold a
 * quotation mark. A layout "rail" that holds the story itself is not one.
 */
export function teaserTexts(doc: Document, articleText = ''): string[] {
  const out: string[] = [];
  const opening = openingOf(articleText);
  // One iterative walk of the elements (half the cost of querySelectorAll('*') in the Node DOMs, and no
  // recursion on deep pages); a box's own descendants are not visited.
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length) {
    const node = stack.pop() as Element;
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    const text = name.length > 1 && FURNITURE.test(name) ? (node.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    // A box too long to be cards may still hold boxes of cards: look inside it.
    if (text !== null && text.length <= MAX_CHARS && !(opening && text.includes(opening))) {
      if (QUOTE_MARK.test(text)) out.push(text);
      continue;
    }
    for (let child = node.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** True when the quoted words stand in one of the boxes of other stories. */
export function inTeaser(words: string, teasers: string[]): boolean {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > 0 && teasers.some((t) => t.includes(flat));
}
