/**
 * Image credits the page states in its metadata: JSON-LD ImageObjects
 * (creditText, copyrightHolder, creator, author, copyrightNotice) and the lead
 * image named by og:image or the article's JSON-LD `image`.
 */
import type { PageIndex } from './page-index';
import { splitCaption } from './parse-credit';
import { absoluteUrl, imageKey } from './urls';

export type MetaImage = {
  url: string;
  credit: string | null;
  caption: string | null;
};

export type PageImages = {
  /** Credited or captioned ImageObjects by image key. */
  byKey: Map<string, MetaImage>;
  /** The lead image: og:image, else the article's first JSON-LD image. */
  lead: MetaImage | null;
};

type JsonObject = Record<string, unknown>;

const IMAGE_PROPERTIES = ['image', 'associatedMedia', 'primaryImageOfPage', 'thumbnail', 'hasPart'];

// Bounded depth: hostile JSON-LD nests arrays 100,000 deep, and recursion on it overflows the stack.
function text(value: unknown, depth = 0): string | null {
  if (depth > 4) return null;
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(value))
    return (
      value
        .map((v) => text(v, depth + 1))
        .filter(Boolean)
        .join(', ') || null
    );
  if (value && typeof value === 'object') return text((value as JsonObject).name, depth + 1);
  return null;
}

function toImage(value: unknown, base: string | null): MetaImage | null {
  if (typeof value === 'string') return { url: absoluteUrl(value, base), credit: null, caption: null };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as JsonObject;
  const url = text(o.contentUrl) ?? text(o.url) ?? (typeof o['@id'] === 'string' ? o['@id'] : null);
  if (!url || !/\.(?:jpe?g|png|gif|webp|avif)|\/\/|^\//i.test(url)) return null;
  const credit =
    text(o.creditText) ?? text(o.copyrightHolder) ?? text(o.creator) ?? text(o.author) ?? text(o.copyrightNotice);
  const caption = text(o.caption) ?? text(o.description);
  // With no credit field, the caption may close with its credit line: "Protesters march. (AP Photo/Evan Vucci)".
  const split = !credit && caption ? splitCaption(caption) : null;
  if (split?.credit) return { url: absoluteUrl(url, base), credit: split.credit, caption: split.caption };
  return { url: absoluteUrl(url, base), credit, caption };
}

/** Images stated in JSON-LD, searched through the usual image properties a few levels deep. */
function collect(value: unknown, base: string | null, out: MetaImage[], depth: number): void {
  if (depth > 3 || !value) return;
  if (Array.isArray(value)) {
    // An array in an array counts as a level: else [[[[...]]]] recurses without end.
    for (const v of value.slice(0, 50)) collect(v, base, out, Array.isArray(v) ? depth + 1 : depth);
    return;
  }
  if (typeof value !== 'object') return;
  const o = value as JsonObject;
  if (Array.isArray(o['@graph'])) collect(o['@graph'], base, out, depth);
  const type = o['@type'];
  if (type === 'ImageObject' || (Array.isArray(type) && type.includes('ImageObject'))) {
    const image = toImage(o, base);
    if (image) out.push(image);
  }
  for (const p of IMAGE_PROPERTIES) {
    const v = o[p];
    if (typeof v === 'string' && p !== 'hasPart') out.push({ url: absoluteUrl(v, base), credit: null, caption: null });
    else collect(v, base, out, depth + 1);
  }
}

/** JSON-LD blocks that may name an image; the others are not worth parsing (some pages carry hundreds of KB). */
function parsedBlocks(scripts: Element[]): unknown[] {
  const out: unknown[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (!/mage|thumbnail/.test(text)) continue;
    try {
      out.push(JSON.parse(text));
    } catch {
      // Broken JSON-LD is common; the page's other sources still apply.
    }
  }
  return out;
}

/** What the page's metadata says about its images. */
export function pageImages(index: Pick<PageIndex, 'jsonLd' | 'ogImage'>, base: string | null): PageImages {
  const images: MetaImage[] = [];
  for (const block of parsedBlocks(index.jsonLd)) collect(block, base, images, 0);
  const byKey = new Map<string, MetaImage>();
  for (const image of images) {
    const key = imageKey(image.url);
    const had = byKey.get(key);
    if (!had || (!had.credit && image.credit)) byKey.set(key, image);
  }
  const og = index.ogImage;
  const leadUrl = og ? absoluteUrl(og, base) : (images[0]?.url ?? null);
  const lead = leadUrl ? (byKey.get(imageKey(leadUrl)) ?? { url: leadUrl, credit: null, caption: null }) : null;
  return { byKey, lead: lead && { ...lead, url: leadUrl ?? lead.url } };
}
