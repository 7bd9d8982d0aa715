/**
 * Image credits: one finding per article image (lead and body), with the credit
 * holder, the caption without it, and where the page states it. Reads the live
 * page, because Readability's output often drops the lead image, its caption or
 * the credit line.
 */
import { anchorCredit } from './credits/anchor';
import { articleImages, articleRoot } from './credits/images';
import { pageCredit } from './credits/captions';
import { pageImages, type MetaImage } from './credits/json-ld';
import { absoluteUrl, bestFromSrcset, imageKey } from './credits/urls';
import type { Article, CreditFinding, CreditSource, Finder } from './types';

type Draft = {
  caption: string | null;
  credit: string | null;
  line: string | null;
  image: string | null;
  source: CreditSource;
};

// Site-wide share cards and logos stand in for a lead image on pages that have none.
const GENERIC_IMAGE =
  /(?:^|[/_.-])(?:logo|default|placeholder|fallback|og|ogp|fb|fbico|share|sharing|snippet|social|icon)(?:[/_.-]|$)/i;
const IMG_ATTRIBUTE = /\s(?:src|data-src|srcset|data-srcset)\s*=\s*["']([^"']+)["']/gi;

/** Keys of the images Readability kept: they belong to the article wherever they sit on the page. */
function keptByReadability(html: string, base: string | null): Set<string> {
  const keys = new Set<string>();
  for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
    for (const m of tag.matchAll(IMG_ATTRIBUTE)) {
      const value = m[1] ?? '';
      const url = value.includes(' ') ? bestFromSrcset(value) : value;
      if (url && !url.startsWith('data:')) keys.add(imageKey(absoluteUrl(url, base)));
    }
  }
  return keys;
}

function fromMeta(image: MetaImage): Draft {
  return {
    caption: image.caption,
    credit: image.credit,
    line: image.credit,
    image: image.url,
    source: image.credit ? 'json-ld' : 'meta',
  };
}

/** Every article image with its credit, lead image first when only the metadata names it. */
export function findCredits(doc: Document, article: Article, url: string | null): CreditFinding[] {
  const meta = pageImages(doc, url);
  const lead = meta.lead && !GENERIC_IMAGE.test(meta.lead.url) ? meta.lead : null;
  const known = keptByReadability(article.html, url);
  if (lead) known.add(imageKey(lead.url));
  for (const key of meta.byKey.keys()) known.add(key);

  const root = articleRoot(doc);
  const drafts: Draft[] = [];
  const figures = new Set<Element>();
  for (const { img, url: image, key } of articleImages(doc, { root, known, base: url })) {
    const figure = img.closest('figure');
    // One finding per figure: its other <img>s are responsive copies or a gallery under one caption.
    if (figure && figures.has(figure)) continue;
    if (figure) figures.add(figure);
    const found = pageCredit(img, root);
    const stated = meta.byKey.get(key);
    if (!found.credit && stated?.credit)
      drafts.push({
        ...found,
        caption: found.caption ?? stated.caption,
        credit: stated.credit,
        line: stated.credit,
        image,
        source: 'json-ld',
      });
    else drafts.push({ ...found, image });
  }
  // A lead image only the metadata names (a CSS background, a script-built hero): worth a line when credited or alone.
  const leadShown = lead && drafts.some((d) => d.image && imageKey(d.image) === imageKey(lead.url));
  if (lead && !leadShown && (lead.credit || drafts.length === 0)) drafts.unshift(fromMeta(lead));

  const cursor = { at: 0 };
  return drafts.map((d, n) => ({
    kind: 'credit',
    id: `credit-${n + 1}`,
    ...anchorCredit(article.text, d, cursor),
    credit: d.credit,
    caption: d.caption,
    image: d.image,
    source: d.source,
  }));
}

/** Finder registration; see `findCredits`. */
export const creditsFinder: Finder = {
  kind: 'credit',
  label: 'Image credits',
  find: (doc, article, ctx) => findCredits(doc, article, ctx.url),
};
