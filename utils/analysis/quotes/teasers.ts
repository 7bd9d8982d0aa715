/**
 * Cards of other stories inside the article (rails, teasers, "related" and
 * "most read" boxes) carry headlines with quotation marks: they are not the
 * story's quotes. Their texts are read from the page once, by class or id.
 */

/** Class or id words of boxes that hold other stories. */
const FURNITURE =
  /(?:^|[\s_-])(?:teasers?|rail|related|promo|recommend(?:ed|ations)?|trending|most-?(?:read|popular)|more-?(?:stories|news)|read-?(?:more|next)|also-?read|outbrain|taboola|newsletter)(?:$|[\s_-])/i;
const CANDIDATES =
  '[class*="easer"], [class*="rail"], [class*="elated"], [class*="romo"], [class*="ecommend"], [class*="rending"], [class*="ost-"], [class*="ore-"], [class*="ead-"], [class*="lso-"], [class*="utbrain"], [class*="aboola"], [class*="ewsletter"], [id*="elated"], [id*="ecommend"]';
/** A box longer than this is more than a box of cards: maybe the story itself, so it is left alone. */
const MAX_CHARS = 3000;
const QUOTE_MARK = /["“”„«»‘’']/;

/** Texts (single-spaced) of the page's boxes of other stories that hold a quotation mark. */
export function teaserTexts(doc: Document): string[] {
  const out: string[] = [];
  const nodes = doc.querySelectorAll(CANDIDATES);
  const taken = new Set<Element>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (!FURNITURE.test(name) || hasAncestorIn(node, taken)) continue;
    taken.add(node);
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length <= MAX_CHARS && QUOTE_MARK.test(text)) out.push(text);
  }
  return out;
}

function hasAncestorIn(node: Element, set: Set<Element>): boolean {
  for (let up = node.parentElement; up; up = up.parentElement) if (set.has(up)) return true;
  return false;
}

/** True when the quoted words stand in one of the boxes of other stories. */
export function inTeaser(words: string, teasers: string[]): boolean {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > 0 && teasers.some((t) => t.includes(flat));
}
