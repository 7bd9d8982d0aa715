/**
 * Image addresses: the real one behind lazy-loading markup, made absolute, and a
 * loose key so a CDN's resized copy ("-1200x675", "?width=620") matches the original.
 */

const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
// Stand-ins a lazy loader swaps out; never the picture itself.
const PLACEHOLDER =
  /^data:|(?:^|[/_.-])(?:blank|spacer|placeholder|lazy|loading|grey|gray|transparent|pixel)(?:[/_.-]|$)/i;

/** `href` against `base` when there is one; as written otherwise (linkedom does not resolve). */
export function absoluteUrl(href: string, base: string | null): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** The widest candidate of a srcset ("a.jpg 320w, b.jpg 1024w" -> b.jpg); first when there are no widths. */
export function bestFromSrcset(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: { url: string; w: number } | null = null;
  // Split on commas followed by whitespace: URLs themselves may hold commas (Cloudinary transforms).
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url || PLACEHOLDER.test(url)) continue;
    const w = parseFloat(descriptor ?? '') || 0;
    if (!best || w > best.w) best = { url, w };
  }
  return best?.url ?? null;
}

function real(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v && !PLACEHOLDER.test(v) ? v : null;
}

/** The picture's own address as written, looking through lazy-loading and <picture> markup. */
export function imageSource(img: Element): string | null {
  for (const name of LAZY_ATTRIBUTES) {
    const v = real(img.getAttribute(name));
    if (v) return v;
  }
  const direct =
    real(img.getAttribute('src')) ??
    bestFromSrcset(img.getAttribute('data-srcset')) ??
    bestFromSrcset(img.getAttribute('srcset'));
  if (direct) return direct;
  const parent = img.parentElement;
  if (parent?.tagName === 'PICTURE') {
    for (const source of Array.from(parent.children)) {
      if (source.tagName !== 'SOURCE') continue;
      const v = bestFromSrcset(source.getAttribute('data-srcset')) ?? bestFromSrcset(source.getAttribute('srcset'));
      if (v) return v;
    }
  }
  return null;
}

/** Keys of every address `img` offers (src, lazy attributes, srcset and <picture> candidates): sizes may be separate files. */
export function imageKeys(img: Element): Set<string> {
  const keys = new Set<string>();
  // The key reads only the path, so relative addresses need no resolving (URL parsing is the costly part).
  const add = (url: string | null | undefined): void => {
    if (url && !PLACEHOLDER.test(url)) keys.add(imageKey(url));
  };
  const addSet = (srcset: string | null): void => {
    for (const part of (srcset ?? '').split(/,\s+/)) add(part.trim().split(/\s+/)[0]);
  };
  for (const name of ['src', ...LAZY_ATTRIBUTES]) add(img.getAttribute(name)?.trim());
  addSet(img.getAttribute('srcset'));
  addSet(img.getAttribute('data-srcset'));
  const parent = img.parentElement;
  if (parent?.tagName === 'PICTURE')
    for (const source of Array.from(parent.children)) {
      if (source.tagName !== 'SOURCE') continue;
      addSet(source.getAttribute('srcset'));
      addSet(source.getAttribute('data-srcset'));
    }
  return keys;
}

// Resizing services name the picture in the query: ".../dims?...&image_uri=<original>", ".../fetch?url=<original>".
const WRAPPED_URL = /[?&](?:image_uri|image_url|url|src|u)=((?:https?|\/\/)[^&#]+|https?%3A[^&#]+)/i;
const SIZE_PARAMS =
  /(?:^|&)(?:w|h|width|height|q|quality|fit|crop|resize|size|format|auto|dpr|v|cb|signature|ssl)=[^&]*/gi;

/** Loose identity of an image address: host-less path without query, size suffixes or extension. */
export function imageKey(url: string): string {
  const wrapped = WRAPPED_URL.exec(url)?.[1];
  if (wrapped) {
    let inner = wrapped;
    try {
      inner = decodeURIComponent(wrapped);
    } catch {
      // A malformed escape: the raw value still identifies the picture.
    }
    if (inner !== url) return imageKey(inner);
  }
  const query = /\?([^#]*)/.exec(url)?.[1] ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  // No file name in the path ("/images/dims?id=42"): the query is the identity.
  if (query && !/\.(?:jpe?g|png|gif|webp|avif|svg)$/i.test(path) && !/\/\d+$|[-_]\d{5,}/.test(path)) {
    const rest = query.replace(SIZE_PARAMS, '').replace(/^&+/, '');
    if (rest) return `${path}?${rest}`.toLowerCase();
  }
  const segments = path.split('/').filter(Boolean);
  const name = (segments.pop() ?? '').replace(/\.(?:jpe?g|png|gif|webp|avif|svg)$/i, '');
  // Guardian-style ".../<hash>/master/1000.jpg", Hearst's ".../18636689/15/gallery_medium.jpg", AP's
  // ".../items/<id>/preview/preview.jpg": the name is a size or rendition, the folder is the identity.
  // The folder, less its rendition words and crop boxes: the Guardian crops one picture "0_507_4039_2693" on
  // the page and "0_320_4800_2880" in og:image.
  if (renditionName(name))
    return segments
      .filter((seg) => !RENDITION_WORD.test(seg.toLowerCase()) || /^\d+$/.test(seg))
      .filter((seg) => !/^\d+(?:_\d+){3}$/.test(seg))
      .slice(-3)
      .join('/')
      .toLowerCase();
  return name.toLowerCase().replace(/[-_@](?:\d+x\d+|\d+w|\d+x|\d{2,4})$/, '');
}

// Words CDNs name a rendition with, not a picture: "rawImage", "gallery_medium", "ratio1x1_100", "360x0".
const RENDITION_WORD =
  /^(?:raw|image|img|photo|picture|preview|gallery|thumb|thumbnail|original|orig|full|large|medium|small|big|xs|xxs|xl|xxl|default|master|main|standard|landscape|portrait|square|ratio\d+x\d+|\d+x\d+|w\d+|h\d+|\d+w)$/;
const SIZE_WORD =
  /^(?:thumb|thumbnail|large|medium|small|big|xs|xxs|xl|xxl|landscape|portrait|square|ratio\d+x\d+|\d+x\d+|w\d+|h\d+|\d+w)$/;

/**
 * A file name made only of size and rendition words, or only of sizes ("1000", "1200_630"). A bare number
 * among other words counts only after a size word: "photo-2.jpg" and "photo-3.jpg" are two pictures.
 */
function renditionName(name: string): boolean {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_@.-]+/)
    .filter(Boolean);
  // A size has at most 4 digits; a longer number is the picture's own id ("1538123681_2.jpg", a timestamp).
  if (words.every((w) => /^\d+$/.test(w))) return words.every((w) => w.length <= 4);
  // "ratio1x1_100" is a rendition; "1-300x300" is picture 1 at a size.
  return words.every(
    (w, i) => RENDITION_WORD.test(w) || (/^\d{1,4}$/.test(w) && i > 0 && SIZE_WORD.test(words[i - 1] ?? '')),
  );
}
