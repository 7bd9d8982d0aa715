/**
 * Pictures the page has not loaded yet: a figure or image embed that holds a
 * caption and a credit but no <img> (NYT's lazy figures, CNBC's placeholders).
 * The desk still sees a picture there, so its credit counts.
 */
import { inFurniture } from './images';
import { absoluteUrl } from './urls';

const NOSCRIPT_SRC = /<img\b[^>]*\ssrc\s*=\s*["']([^"']+)["']/i;
const MAX_SLOTS = 40;

export type ImageSlot = { el: Element; image: string | null };

function slotImage(el: Element, base: string | null): string | null {
  const id = el.getAttribute('itemid');
  const meta = el.querySelector('meta[itemprop="url"], meta[itemprop="contentUrl"]')?.getAttribute('content');
  const noscript = NOSCRIPT_SRC.exec(el.querySelector('noscript')?.textContent ?? '')?.[1];
  const url = [meta, id, noscript].find(
    (u) => u && /^(?:https?:)?\/\/|^\//.test(u) && /\.(?:jpe?g|png|gif|webp)/i.test(u),
  );
  return url ? absoluteUrl(url, base) : null;
}

/** Image slots (figures, schema.org ImageObjects, image embeds; see `indexPage`) inside `root` with no <img>, outermost only, in page order. */
export function imageSlots(root: Element | null, candidates: Element[], base: string | null): ImageSlot[] {
  if (!root) return [];
  const out: ImageSlot[] = [];
  for (const el of candidates) {
    if (out.length >= MAX_SLOTS) break;
    if (!root.contains(el) || el === root) continue;
    if (el.querySelector('img, video, iframe, svg') || out.some((s) => s.el.contains(el))) continue;
    // A slot holding another slot with a picture is a wrapper around a real image.
    if (el.closest('figure')?.querySelector('img')) continue;
    if (inFurniture(el, root)) continue;
    out.push({ el, image: slotImage(el, base) });
  }
  return out;
}
