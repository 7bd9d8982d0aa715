/**
 * Gallery slides a script turns into pictures: elements with no <img> yet that carry the
 * picture, its caption and its credit in data-* attributes (Washington Post's galleries:
 * `<div data-image=... data-caption=... data-credit=...>`). Each slide is one picture.
 */
import { inFurniture } from './images';
import { DATA_CREDIT } from './page-index';
import { cleanCaption, cleanCredit } from './parse-credit';
import { absoluteUrl } from './urls';

export type DataSlide = { el: Element; image: string | null; caption: string | null; credit: string; line: string };

const IMAGE_ATTRIBUTES = ['data-image', 'data-src', 'data-full-src', 'data-img', 'data-lazy-src', 'data-original'];
const MAX_SLIDES = 40;

/** Slides inside `root` stating a credit in their attributes, in page order. */
export function dataSlides(root: Element | null, candidates: Element[], base: string | null): DataSlide[] {
  const out: DataSlide[] = [];
  for (const el of candidates) {
    if (out.length >= MAX_SLIDES) break;
    if (el.tagName === 'IMG' || !root?.contains(el) || el.getElementsByTagName('img').length > 0) continue;
    const line = DATA_CREDIT.map((name) => el.getAttribute(name)?.trim()).find(Boolean);
    const credit = line ? cleanCredit(line) : null;
    if (!line || !credit || inFurniture(el, root)) continue;
    const src = IMAGE_ATTRIBUTES.map((name) => el.getAttribute(name)?.trim()).find(Boolean);
    const caption = cleanCaption(el.getAttribute('data-caption') ?? '');
    out.push({ el, image: src ? absoluteUrl(src, base) : null, caption, credit, line });
  }
  return out;
}
