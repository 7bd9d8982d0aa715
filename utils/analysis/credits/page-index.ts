/**
 * One walk over the page collecting every element the credit finder reads:
 * pictures, picture slots, gallery slides, article containers, headlines,
 * paragraphs and the metadata tags. Each later step filters these short lists
 * instead of querying the whole document again (attribute selectors are slow in
 * DOMs such as linkedom, and the finder used to run a dozen of them per page).
 */

export type PageIndex = {
  /** Every <img>, in page order (noscript copies included). */
  imgs: Element[];
  /** Figures, schema.org ImageObjects and image embeds: pictures that may not be loaded yet. */
  slots: Element[];
  /** Non-image elements stating a credit in a data-* attribute (gallery slides). */
  slides: Element[];
  articles: Element[];
  /** The first element marked as the article body or the page's main content. */
  main: Element | null;
  h1s: Element[];
  paragraphs: Element[];
  jsonLd: Element[];
  ogImage: string | null;
  /** Page position of the elements above, for sorting what the finder reports. */
  order: Map<Element, number>;
};

/** Attributes in which sites state a picture's credit. */
export const DATA_CREDIT = ['data-credit', 'data-photo-credit', 'data-image-credit', 'data-copyright'];
const OG_IMAGE = new Set(['og:image', 'og:image:url']);
const MAX_PARAGRAPHS = 400;
const INLINE = new Set(
  'A SPAN I B EM STRONG SMALL SUP SUB ABBR CODE BR HR TIME LABEL INPUT BUTTON OPTION SELECT LINK STYLE TITLE path g svg use circle rect polygon line defs stop symbol'.split(
    ' ',
  ),
);

function isSlot(el: Element, tag: string): boolean {
  if (tag === 'FIGURE') return true;
  if (el.getAttribute('itemtype')?.endsWith('/ImageObject')) return true;
  // The attribute node, not getAttribute('class'): linkedom builds a DOMTokenList for that.
  const cls = el.getAttributeNode('class')?.value;
  return !!cls && (cls.includes('InlineImage') || cls.includes('inline-image'));
}

function isMain(el: Element, tag: string): boolean {
  if (tag === 'MAIN' || el.getAttribute('role') === 'main') return true;
  const itemprop = el.getAttribute('itemprop');
  return !!itemprop && itemprop.split(/\s+/).includes('articleBody');
}

/** Index `doc` in one pass. */
export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = {
    imgs: [],
    slots: [],
    slides: [],
    articles: [],
    main: null,
    h1s: [],
    paragraphs: [],
    jsonLd: [],
    ogImage: null,
    order: new Map(),
  };
  // A hand-written walk: faster than querySelectorAll('*') in linkedom, and its getElementsByTagName('*') matches nothing.
  const stack: Element[] = [doc.documentElement];
  for (let n = 0; stack.length > 0; n++) {
    const el = stack.pop();
    if (!el) break;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    const tag = el.tagName;
    if (tag === 'IMG') {
      index.imgs.push(el);
      index.order.set(el, n);
      continue;
    }
    if (tag === 'P') {
      if (index.paragraphs.length < MAX_PARAGRAPHS) index.paragraphs.push(el);
      continue;
    }
    if (tag === 'SCRIPT') {
      if (el.getAttribute('type') === 'application/ld+json') index.jsonLd.push(el);
      continue;
    }
    if (tag === 'META') {
      const name = el.getAttribute('property') ?? el.getAttribute('name');
      if (!index.ogImage && name && OG_IMAGE.has(name)) index.ogImage = el.getAttribute('content')?.trim() || null;
      continue;
    }
    // Inline text, form and drawing elements never stand for a picture or hold the article.
    if (INLINE.has(tag) || !el.hasAttributes()) {
      if (tag === 'MAIN') index.main ??= el;
      else if (tag === 'FIGURE') {
        index.slots.push(el);
        index.order.set(el, n);
      } else if (tag === 'ARTICLE') index.articles.push(el);
      else if (tag === 'H1') index.h1s.push(el);
      continue;
    }
    if (tag === 'ARTICLE') index.articles.push(el);
    else if (tag === 'H1') index.h1s.push(el);
    if (!index.main && isMain(el, tag)) index.main = el;
    if (isSlot(el, tag)) {
      index.slots.push(el);
      index.order.set(el, n);
    }
    if (DATA_CREDIT.some((name) => el.hasAttribute(name))) {
      index.slides.push(el);
      index.order.set(el, n);
    }
  }
  return index;
}
