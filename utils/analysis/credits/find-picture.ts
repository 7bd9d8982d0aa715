/**
 * The live page's <img> for a credit finding's picture address. The engine reads the page's
 * markup, so its address may be a lazy loader's `data-src`, a <noscript> copy's full size or a
 * srcset candidate; the live <img> may show another size of the same file. Matched exactly first,
 * then by the loose image key (urls.ts), so clicking an uncredited row still finds its picture.
 */
import { imageKey, imageKeys } from './urls';

type LiveImage = Element & { currentSrc?: string; src?: string };

/** The first picture showing `url`, or another size of it; null when the page has none. */
export function findPicture(images: Iterable<Element>, url: string): Element | null {
  const list = Array.from(images) as LiveImage[];
  const exact = list.find((img) => img.currentSrc === url || img.src === url);
  if (exact) return exact;
  const key = imageKey(url);
  return (
    list.find((img) => imageKeys(img).has(key) || (img.currentSrc ? imageKey(img.currentSrc) === key : false)) ?? null
  );
}
