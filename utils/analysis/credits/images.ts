/**
 * Which pictures on a page belong to the article: the lead image and those in
 * the article body, but not logos, avatars, icons, ads, pixels or other stories'
 * thumbnails. Reads the page's <img> list once; per image only its ancestors are read.
 */
import { absoluteUrl, imageKey, imageKeys, imageSource } from './urls';

export type ArticleImage = {
  img: Element;
  /** Absolute when the page URL is known. */
  url: string;
  key: string;
  /** Later <img>s of the same picture (a gallery slide repeated as a captioned figure). */
  copies: Element[];
};

export type ImageScope = {
  /** The article element, or null when the page marks none. */
  root: Element | null;
  /** Keys of images known to belong to the article though they may sit outside `root` (lead, JSON-LD, Readability). */
  known: Set<string>;
  base: string | null;
  /** The story's headline: a large picture between it and `root` is the lead even when unmarked. */
  title?: Element | null;
  /** The small block holding the headline and a picture (see `headlineBlock`). */
  header?: Element | null;
  /** Key of the lead picture the metadata names (og:image, JSON-LD): the story's own wherever the page puts it. */
  lead?: string | null;
};

const MIN_SIDE = 100;
const FURNITURE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'BUTTON']);
const FURNITURE_ROLES = /^(?:complementary|navigation|banner|contentinfo)$/;
// Matched against single class/id words: "lead-image" must not read as "ad".
const FURNITURE_WORDS =
  /^(?:related|recirc|recirculation|promo|promos|newsletter|share|sharing|social|author|authors|byline|avatar|logo|advert|advertisement|ad|ads|sponsored|sponsor|outbrain|taboola|comment|comments|sidebar|widget|recommended|cards|trending|popular|masthead|menu|footer|nav|navbar|breadcrumbs?|rail|cta|breaking|teaser|teasers)$/;
const IMAGE_WORDS =
  /^(?:logo|logos|avatar|avatars|icon|icons|sprite|badge|emoji|gravatar|headshot|headshots|author|authors|profile|spinner|pixel|tracking|tracker|spacer|blank|1x1|ad|ads|advert|banner|share|social|pinterest|placeholder)$/;

const MEDIA_WORDS = /^(?:image|images|img|photo|photos|picture|figure|media|gallery)$/;
const LEAD_WORDS = /^(?:lead|lede|hero|featured|opener|cover)$/;

// Class names repeat across a page and across pages; splitting each once keeps ancestor walks cheap.
const WORDS_CACHE = new Map<string, string[]>();

function words(value: string | null): string[] {
  if (!value) return [];
  const cached = WORDS_CACHE.get(value);
  if (cached) return cached;
  if (WORDS_CACHE.size > 5000) WORDS_CACHE.clear();
  const out = splitWords(value);
  WORDS_CACHE.set(value, out);
  return out;
}

function splitWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A class or id naming page furniture. A CMS "widget" naming a picture ("widget-image") is the
 * picture's own box; "promo-image" or "related-photo" stay furniture (teasers of other stories).
 */
function furnitureName(value: string | null): boolean {
  if (!value) return false;
  for (const raw of value.split(/\s+/)) {
    // A BEM modifier says how a block looks ("content-header--social-icons-position"), not what it is.
    const token = raw.replace(/--.*$/, '');
    const ws = words(token).filter((w) => FURNITURE_WORDS.test(w));
    if (ws.length === 0) continue;
    const all = words(token);
    if (ws.every((w) => w === 'widget') && all.some((w) => MEDIA_WORDS.test(w))) continue;
    // A gallery's own "promo" slide (WaPo's "gal-embed-promo") or thumbnail grid (AP's "gallery-teaser-grid")
    // opens the article's gallery, not another story.
    if (ws.every((w) => w === 'promo' || w === 'teaser') && all.some((w) => w === 'gal' || w === 'gallery')) continue;
    return true;
  }
  return false;
}

function tiny(img: Element): boolean {
  for (const name of ['width', 'height']) {
    const v = img.getAttribute(name)?.trim();
    // 0 means "sized by CSS" on many sites (cnet's height="0"), not a pixel.
    const n = v && /^\d+(?:px)?$/.test(v) ? parseInt(v, 10) : 0;
    if (n > 0 && n < MIN_SIDE) return true;
  }
  const style = img.getAttribute('style') ?? '';
  return /(?:^|;)\s*(?:width|height)\s*:\s*[0-9](?:\.\d+)?px/.test(style) || /display\s*:\s*none/.test(style);
}

function looksLikeFurnitureImage(img: Element, src: string): boolean {
  const path = src.startsWith('data:') ? '' : src.replace(/[?#].*$/, '');
  // A counting pixel's file is a one- or two-letter script ("/p?c1=2", "/tr?id="), not a picture.
  if (/\/[a-z]{1,2}$/i.test(path)) return true;
  const own = [...words(img.getAttribute('class')), ...words(img.getAttribute('id')), ...words(path)];
  // A picture the page marks as its hero is the story's, whatever ad slot classes ride along ("block-image-ads hero-image").
  if (own.some((w) => LEAD_WORDS.test(w))) return /\.(?:svg|ico)$/i.test(path);
  return own.some((w) => IMAGE_WORDS.test(w)) || /\.(?:svg|ico)$/i.test(path);
}

/** Inside an <aside>, <nav>, <footer> or a complementary/navigation region: never the story's lead. */
function inFurnitureRegion(img: Element): boolean {
  for (let el = img.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (FURNITURE_TAGS.has(el.tagName) || FURNITURE_ROLES.test(el.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/** Inside page furniture (nav, aside, related, promo, author box...) before reaching `root`; `headline` marks the article's own header. */
export function inFurniture(img: Element, root: Element | null, headline: Element | null = null): boolean {
  for (let el = img.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (el === root) return false;
    if (FURNITURE_TAGS.has(el.tagName)) return true;
    // An <article> inside the story's <article> is another story's card (Drupal's teaser lists).
    if (el.tagName === 'ARTICLE' && root?.tagName === 'ARTICLE' && root.contains(el)) return true;
    // A site header holds logos; an article's own header (inside <article> or <main>, or around the headline) holds the hero.
    if (
      el.tagName === 'HEADER' &&
      !(root && el.contains(root)) &&
      !(headline && el.contains(headline)) &&
      !el.closest('article, main, [role="main"]')
    )
      return true;
    if (FURNITURE_ROLES.test(el.getAttribute('role') ?? '')) return true;
    if (furnitureName(el.getAttribute('class')) || furnitureName(el.getAttribute('id'))) return true;
  }
  return false;
}

/** In a block marked as the story's lead image ("lead-asset", "c-lead-image", "hero"), a few levels up. */
function inLeadBlock(img: Element): boolean {
  let el: Element | null = img;
  for (let i = 0; el && i < 8; i++, el = el.parentElement) {
    if ([...words(el.getAttribute('class')), ...words(el.getAttribute('id'))].some((w) => LEAD_WORDS.test(w)))
      return true;
  }
  return false;
}

const FOLLOWING = 4;
const PRECEDING = 2;

/** After the headline and before the body: where an unmarked lead picture sits (Sputnik's header). */
function betweenTitleAndBody(img: Element, scope: ImageScope): boolean {
  const { title, root } = scope;
  if (!title || !root) return false;
  return (
    (title.compareDocumentPosition(img) & FOLLOWING) !== 0 && (root.compareDocumentPosition(img) & PRECEDING) !== 0
  );
}

/** `img` offers other files for other sizes (srcset, <picture> sources): only then can they name the lead. */
function offersSizes(img: Element): boolean {
  return img.parentElement?.tagName === 'PICTURE' || img.hasAttribute('srcset') || img.hasAttribute('data-srcset');
}

/** The article's images in page order, one per address. */
export function articleImages(imgs: Element[], scope: ImageScope): ArticleImage[] {
  const out: ArticleImage[] = [];
  const seen = new Map<string, ArticleImage>();
  let leadTaken = false;
  for (const img of imgs) {
    const src = imageSource(img);
    if (!src || tiny(img) || looksLikeFurnitureImage(img, src)) continue;
    const url = absoluteUrl(src, scope.base);
    const key = imageKey(url);
    const twin = seen.get(key);
    if (twin) {
      // The <noscript> copy carries the full-size address; the lazy one a blurred preview.
      if (img.parentElement?.tagName === 'NOSCRIPT') twin.url = url;
      else if (!inFurniture(img, scope.root)) twin.copies.push(img);
      continue;
    }
    // A <noscript> picture with no lazy twin before it and no alt text is a counting pixel.
    if (img.parentElement?.tagName === 'NOSCRIPT' && !img.getAttribute('alt')?.trim()) continue;
    const inside = !!scope.root && scope.root.contains(img);
    // The picture the metadata names as the lead, in any of its sizes: its block may be classed "masthead".
    const stated =
      !leadTaken &&
      !!scope.lead &&
      (key === scope.lead || (!inside && offersSizes(img) && imageKeys(img).has(scope.lead)));
    // A hero outside <article> (Telegraph's header) counts once; more "featured" blocks are promos.
    const lead =
      stated ||
      (!inside &&
        !leadTaken &&
        !scope.known.has(key) &&
        (inLeadBlock(img) || betweenTitleAndBody(img, scope) || !!scope.header?.contains(img)));
    if (!inside && !lead && !scope.known.has(key)) continue;
    if (stated ? inFurnitureRegion(img) : inFurniture(img, scope.root, scope.title)) continue;
    if (lead) leadTaken = true;
    const found = { img, url, key, copies: [] };
    seen.set(key, found);
    out.push(found);
  }
  return out;
}
