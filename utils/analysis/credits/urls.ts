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
  let last = (segments.pop() ?? '').toLowerCase().replace(/\.(?:jpe?g|png|gif|webp|avif|svg)$/, '');
  last = last.replace(/[-_@](?:\d+x\d+|\d+w|\d+x|\d{2,4})$/, '');
  // Guardian-style ".../<hash>/master/1000.jpg": the name is a width, the folder is the identity.
  if (/^\d*$/.test(last)) return segments.slice(-3).join('/').toLowerCase();
  return last;
}
