/**
 * The story's headline and the block around it. Many pages print the lead picture
 * in the headline's own block (Sputnik's "article header"), outside the element that
 * holds the body, so a picture sharing a small block with the headline is the lead.
 */
import { inFurniture } from './images';

const MIN_HEADLINE = 20;
const MAX_HEADER_TEXT = 1000;

/** The first <h1> that reads as a headline: site logos are often an <h1> with a short name or an image. */
export function headline(all: Element[]): Element | null {
  for (let i = 0; i < all.length && i < 6; i++) {
    const h = all[i];
    if (h && (h.textContent ?? '').trim().length >= MIN_HEADLINE && !h.querySelector('img') && !siteTitle(h)) return h;
  }
  for (let i = 0; i < all.length && i < 6; i++) if (all[i] && !siteTitle(all[i] as Element)) return all[i] ?? null;
  return null;
}

/** A blog's name in its masthead: the heading is one link to the home page. */
function siteTitle(h: Element): boolean {
  const links = h.getElementsByTagName('a');
  const href = links.length === 1 ? (links[0]?.getAttribute('href') ?? '') : null;
  return href !== null && /^(?:(?:https?:)?\/\/[^/]+)?\/?$/.test(href.trim());
}

/** The smallest block a few levels above the headline that holds a picture, unless it is the body's wrapper. */
export function headlineBlock(title: Element | null, root: Element | null): Element | null {
  // A blog's site title in the masthead sits beside the masthead picture, not a lead picture.
  if (title && inFurniture(title, root)) return null;
  let el = title?.parentElement ?? null;
  for (let i = 0; el && el.tagName !== 'BODY' && i < 3; i++, el = el.parentElement) {
    if ((root && el.contains(root)) || (el.textContent?.length ?? 0) > MAX_HEADER_TEXT) return null;
    if (el.getElementsByTagName('img').length > 0) return el;
  }
  return null;
}
