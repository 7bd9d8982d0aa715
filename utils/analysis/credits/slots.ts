/**
 * Pictures the page has not loaded yet: a figure or image embed that holds a
 * caption and a credit but no <img> (NYT's lazy figures, CNBC's placeholders).
 * The desk still sees a picture there, so its credit counts.
 */
import { inFurniture } from './images';
import { absoluteUrl, imageSource } from './urls';

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

const ICON_SIDE = 100;

/** An icon drawn in SVG (a lightbox's zoom button), sized by its attributes: no picture. */
function icon(svg: Element): boolean {
  return ['width', 'height'].every((name) => {
    const n = parseInt(svg.getAttribute(name) ?? '', 10);
    return n > 0 && n < ICON_SIDE;
  });
}

/**
 * `el` shows a picture: an <img> with a real address, a video, a frame or a drawing. A lazy <img> holding only
 * a blank placeholder (Kinja's one-pixel GIF, its address built by script) shows none yet.
 */
function pictured(el: Element): boolean {
  if (el.querySelector('video, iframe')) return true;
  if (Array.from(el.querySelectorAll('svg')).some((svg) => !icon(svg))) return true;
  return Array.from(el.querySelectorAll('img')).some((img) => imageSource(img) !== null);
}

/** Image slots (figures, schema.org ImageObjects, image embeds; see `indexPage`) inside `root` showing no picture yet, outermost only, in page order. */
export function imageSlots(root: Element | null, candidates: Element[], base: string | null): ImageSlot[] {
  if (!root) return [];
  const out: ImageSlot[] = [];
  for (const el of candidates) {
    if (out.length >= MAX_SLOTS) break;
    if (!root.contains(el) || el === root) continue;
    if (pictured(el) || out.some((s) => s.el.contains(el))) continue;
    // A slot holding another slot with a picture is a wrapper around a real image.
    const figure = el.closest('figure');
    if (figure && figure !== el && pictured(figure)) continue;
    if (inFurniture(el, root)) continue;
    out.push({ el, image: slotImage(el, base) });
  }
  return out;
}
