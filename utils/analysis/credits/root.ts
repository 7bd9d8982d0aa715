/**
 * Where the article sits on the page: the element holding its body, even when the
 * page marks none and splits the body into sections between figures.
 */
import type { PageIndex } from './page-index';

/** The element holding the article: the largest <article>, else articleBody, else <main>. */
export function articleRoot(index: Pick<PageIndex, 'articles' | 'main' | 'paragraphs'>): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  // Bounded: listing pages can carry dozens of <article> cards.
  for (const el of index.articles.slice(0, 20)) {
    const length = el.textContent?.length ?? 0;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  if (best && bestLength >= 500) return best;
  // A <main> holding only a header and a dateline (AP's hosted pages put the story in a sibling) is not the body.
  if (index.main && (index.main.textContent?.length ?? 0) >= 500) return index.main;
  return densestBlock(index.paragraphs) ?? index.main ?? best;
}

/** The element whose own paragraphs hold the most text: the body on pages that mark nothing. */
function densestBlock(paragraphs: Element[]): Element | null {
  const totals = new Map<Element, number>();
  for (const p of paragraphs) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestLength = 500;
  for (const [el, length] of totals) if (length > bestLength) [best, bestLength] = [el, length];
  // Take the wrapper while it adds little else, or the one holding all sections of a body split around figures.
  const own = best?.textContent?.length ?? 0;
  for (let i = 0; best?.parentElement && best.parentElement.tagName !== 'BODY' && i < 3; i++) {
    if ((best.parentElement.textContent?.length ?? 0) > 3 * own) break;
    best = best.parentElement;
  }
  return splitBody(best, shownLength(best)) ?? best;
}

/** The block holding all sections of a body split around figures, when `block` (or a near ancestor) is one of them. */
function splitBody(block: Element | null, own: number): Element | null {
  for (
    let el = block, i = 0;
    el?.parentElement && el.parentElement.tagName !== 'BODY' && i < 3;
    el = el.parentElement, i++
  ) {
    if (hasTwin(el)) return shownLength(el.parentElement) <= 5 * own ? el.parentElement : null;
  }
  return null;
}

/** Sections of one body split around figures (Quanta's "acf-content"): a sibling of the same tag and class, and a figure between. */
function hasTwin(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  let twin = false;
  let figure = false;
  for (let s = el.parentElement?.firstElementChild ?? null; s; s = s.nextElementSibling) {
    if (s !== el && s.tagName === el.tagName && s.getAttribute('class') === cls) twin = true;
    if (s.tagName === 'FIGURE') figure = true;
  }
  return twin && figure;
}

function shownLength(el: Element | null): number {
  if (!el) return 0;
  let length = el.textContent?.length ?? 0;
  for (const tag of ['script', 'style']) {
    const all = el.getElementsByTagName(tag);
    for (let i = 0; i < all.length; i++) length -= all[i]?.textContent?.length ?? 0;
  }
  return length;
}
