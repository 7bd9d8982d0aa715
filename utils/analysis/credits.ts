/**
 * Image credits: one finding per article image (lead and body), with the credit
 * holder, the caption without it, the agencies it names, and where the page
 * states it. Reads the live page, because Readability's output often drops the
 * lead image, its caption or the credit line.
 */
import { anchorCredit } from './credits/anchor';
import { agenciesIn } from './credits/agency-names';
import { attributeCredit } from './credits/attributes';
import { fromContainer, pageCredit, type PageCredit } from './credits/captions';
import { cjkCreditLine } from './credits/cjk-credit';
import { dataSlides } from './credits/data-slides';
import { visibleText } from './credits/dom-text';
import { splitCaption } from './credits/parse-credit';
import { headline, headlineBlock } from './credits/headline';
import { leadCreditBlock, leadCreditLine } from './credits/lead-line';
import { articleImages } from './credits/images';
import { pageImages, type MetaImage } from './credits/json-ld';
import { packageCredit } from './credits/package';
import { indexPage, type PageIndex } from './credits/page-index';
import { articleRoot } from './credits/root';
import { imageSlots } from './credits/slots';
import { textCaptions } from './credits/text-captions';
import { absoluteUrl, bestFromSrcset, imageKey } from './credits/urls';
import type { Article, CreditFinding, CreditSource, Finder } from './types';

type Draft = {
  caption: string | null;
  credit: string | null;
  line: string | null;
  image: string | null;
  source: CreditSource;
  /** The page element, for page order; null for an image only the metadata names. */
  el: Element | null;
  /** The credit is the file's own (data-image-meta), not printed on the page: a printed one wins. */
  file?: true;
};

// Site-wide share cards and logos stand in for a lead image on pages that have none.
const GENERIC_IMAGE =
  /(?:^|[/_.-])(?:logo|default|placeholder|fallback|og|ogp|fb|fbico|share|sharing|snippet|social|icon)(?:[/_.-]|$)/i;
const VIDEO_CAPTION = /^video\s*:/i;
const IMG_ATTRIBUTE = /\s(?:src|data-src|srcset|data-srcset)\s*=\s*["']([^"']+)["']/gi;

/** Keys of the images Readability kept: they belong to the article wherever they sit on the page. */
function keptByReadability(html: string, base: string | null): Set<string> {
  const keys = new Set<string>();
  // indexOf, not a regex over the whole article: only the <img> tags are read.
  for (let at = html.indexOf('<img'); at >= 0; at = html.indexOf('<img', at + 4)) {
    const end = html.indexOf('>', at);
    if (end < 0) break;
    const tag = html.slice(at, end + 1);
    if (/^<img[a-z0-9-]/i.test(tag)) continue;
    for (const m of tag.matchAll(IMG_ATTRIBUTE)) {
      const value = m[1] ?? '';
      const url = value.includes(' ') ? bestFromSrcset(value) : value;
      if (url && !url.startsWith('data:')) keys.add(imageKey(absoluteUrl(url, base)));
    }
  }
  return keys;
}

function fromMeta(image: MetaImage): Draft {
  const source = image.credit ? 'json-ld' : 'meta';
  return { caption: image.caption, credit: image.credit, line: image.credit, image: image.url, source, el: null };
}

/** A credited picture's alt text as its caption when the page prints none (AP's hosted pages): a description, not a file name or the credit. */
function altCaption(img: Element, credit: string | null): string | null {
  const alt = img.getAttribute('alt')?.replace(/\s+/g, ' ').trim() ?? '';
  if (alt.length < 15 || alt === credit || /\.(?:jpe?g|png|gif|webp)$/i.test(alt)) return null;
  return alt;
}

function creditedCopy(img: Element, root: Element | null): Partial<PageCredit> {
  const found = pageCredit(img, root);
  return found.credit ? found : {};
}

/** A caption line with a credit among the headline's siblings (no picture of its own): the lead's. */
function besideHeadline(title: Element | null): PageCredit | null {
  const parent = title?.parentElement;
  if (!parent) return null;
  for (const el of Array.from(parent.children)) {
    if (el === title || el.tagName !== 'FIGCAPTION' || el.querySelector('img')) continue;
    const split = splitCaption(visibleText(el));
    if (split.credit) return { ...split, source: 'figcaption' };
  }
  return null;
}

/** Drafts for the <img>s of the article, one per figure; the page's own words first, then the image's attributes, then JSON-LD. */
function imageDrafts(
  index: PageIndex,
  root: Element | null,
  known: Set<string>,
  meta: ReturnType<typeof pageImages>,
  url: string | null,
  lead: MetaImage | null,
): Draft[] {
  const drafts: Draft[] = [];
  const figures = new Set<Element>();
  const title = headline(index.h1s);
  const header = headlineBlock(title, root);
  const scope = { root, known, base: url, title, header, lead: lead ? imageKey(lead.url) : null };
  for (const { img, url: image, key, copies } of articleImages(index.imgs, scope)) {
    const figure = img.closest('figure');
    // One finding per figure: its other <img>s are responsive copies or a gallery under one caption.
    if (figure && figures.has(figure)) continue;
    if (figure) figures.add(figure);
    let found = pageCredit(img, root);
    // An immersive header prints the lead's caption beside the headline, away from the picture (Guardian).
    if (!found.credit && scope.lead && key === scope.lead) found = besideHeadline(title) ?? found;
    // A still captioned "Video: ..." is a player's poster frame, not a picture of the story, unless its caption credits it.
    if (found.caption && !found.credit && VIDEO_CAPTION.test(found.caption)) continue;
    // The same picture again further down may carry the caption its first showing lacks.
    for (const copy of copies.slice(0, 3)) if (!found.credit) found = { ...found, ...creditedCopy(copy, root) };
    const stated = meta.byKey.get(key);
    const own = found.credit ? null : attributeCredit(img);
    if (own)
      drafts.push({
        ...found,
        caption: found.caption ?? own.caption ?? null,
        credit: own.credit,
        line: own.line,
        image,
        source: 'image-attribute',
        el: img,
        ...(own.file ? { file: own.file } : {}),
      });
    else if (!found.credit && stated?.credit)
      drafts.push({
        ...found,
        caption: found.caption ?? stated.caption,
        credit: stated.credit,
        line: stated.credit,
        image,
        source: 'json-ld',
        el: img,
      });
    else if (found.credit)
      drafts.push({ ...found, caption: found.caption ?? altCaption(img, found.credit), image, el: img });
    // An uncredited picture is shown by what describes it: its caption, else its alt text.
    else drafts.push({ ...found, caption: found.caption ?? altCaption(img, null), image, el: img });
  }
  return drafts;
}

/** Credits of plain text (no page): caption lines with a credit, no image. */
function textCredits(article: Article): CreditFinding[] {
  const cursor = { at: 0 };
  return textCaptions(article.text).map((c, n) => ({
    kind: 'credit',
    id: `credit-${n + 1}`,
    ...anchorCredit(article.text, c, cursor),
    credit: c.credit,
    caption: c.caption,
    image: null,
    source: 'caption-text',
    agencies: agenciesIn(c.credit),
  }));
}

/**
 * A photo essay credited once ("Photographs by Jane Doe"): one row for the package, at its first
 * uncredited picture, instead of a "No credit" row per picture.
 */
function withPackage(drafts: Draft[], article: Article, index: PageIndex, doc: Document): Draft[] {
  const uncredited = drafts.filter((d) => !d.credit && d.el);
  // One uncredited picture is a row either way; the page is read again only for a set of them.
  if (uncredited.length < 2) return drafts;
  const found = packageCredit([article.text.slice(0, 3000)]) ?? packageCredit(standfirstTexts(doc));
  if (!found) return drafts;
  const first = uncredited[0] as Draft;
  const row: Draft = { ...first, caption: null, credit: found.credit, line: found.line, source: 'credit-element' };
  return drafts
    .filter((d) => d.credit || !d.el)
    .concat(row)
    .sort(byPosition(index));
}

// Where pages print a package credit: the standfirst, the dek, the byline block.
const STANDFIRST = '[class*="standfirst"], [class*="byline"], [class*="dek"], [class*="subtitle"], [class*="intro"]';

function standfirstTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(STANDFIRST))
    .slice(0, 12)
    .map((el) => el.textContent ?? '')
    .filter((t) => t.length <= 1000);
}

function byPosition(index: PageIndex): (a: Draft, b: Draft) => number {
  const { order } = index;
  return (a, b) => (a.el ? (order.get(a.el) ?? 0) : -1) - (b.el ? (order.get(b.el) ?? 0) : -1);
}

/**
 * "[사진=MBC, SBS]" closing a Korean story (or "写真＝共同" on a line of its own) credits its pictures, printed
 * once instead of under each: every picture that prints no credit of its own takes it, keeping its own row.
 */
function withCreditLine(drafts: Draft[], article: Article): Draft[] {
  if (!drafts.some((d) => !d.credit && d.el)) return drafts;
  const found = cjkCreditLine(article.text);
  if (!found) return drafts;
  return drafts.map((d) =>
    !d.credit && d.el ? { ...d, credit: found.credit, line: found.line, source: 'credit-element' } : d,
  );
}

/**
 * "Main image credit: Getty" at the end of the story names the lead picture: the first one, when the page
 * prints no credit with it. A bare "Image credit: X" line names the story's only picture.
 */
function withLeadLine(drafts: Draft[], article: Article, doc: Document): Draft[] {
  const first = drafts.find((d) => d.el);
  if (!first || (first.credit && !first.file)) return drafts;
  const found = leadCreditLine(article.text) ?? leadCreditBlock(doc);
  if (!found || (!found.lead && drafts.length > 1)) return drafts;
  return drafts.map((d) =>
    d === first ? { ...d, credit: found.credit, line: found.line, source: 'credit-element' } : d,
  );
}

/** Every article image with its credit, in page order; a lead image only the metadata names comes first. */
export function findCredits(doc: Document, article: Article, url: string | null): CreditFinding[] {
  // Plain text has no page to read: its captions are paragraphs of the text.
  if (!doc.body?.firstElementChild) return textCredits(article);
  const index = indexPage(doc);
  const meta = pageImages(index, url);
  const lead = meta.lead && !GENERIC_IMAGE.test(meta.lead.url) ? meta.lead : null;
  const known = keptByReadability(article.html, url);
  if (lead) known.add(imageKey(lead.url));
  for (const key of meta.byKey.keys()) known.add(key);

  const root = articleRoot(index);
  const drafts = imageDrafts(index, root, known, meta, url, lead);
  // Pictures not loaded yet count only when the page credits them: a bare empty figure may be anything.
  const images = drafts.length;
  for (const slot of imageSlots(root, index.slots, url)) {
    const found = fromContainer(slot.el, slot.el);
    if (found?.credit) drafts.push({ ...found, image: slot.image, el: slot.el });
  }
  const slides = dataSlides(root, index.slides, url);
  for (const s of slides) drafts.push({ ...s, source: 'image-attribute' });
  if (drafts.length > images) {
    // Slots join the images in page order, from the index's document order (steadier than pairwise position checks).
    const { order } = index;
    drafts.sort((a, b) => (a.el ? (order.get(a.el) ?? 0) : -1) - (b.el ? (order.get(b.el) ?? 0) : -1));
  }
  // A lead image only the metadata names (a CSS background, a script-built hero): worth a line when credited;
  // uncredited, it is no picture the editor can find on the page (often a share card the page never shows).
  const leadShown = lead && drafts.some((d) => d.image && imageKey(d.image) === imageKey(lead.url));
  if (lead && !leadShown && lead.credit) drafts.unshift(fromMeta(lead));

  const all = withLeadLine(withCreditLine(withPackage(drafts, article, index, doc), article), article, doc);
  const cursor = { at: 0 };
  return all.map((d, n) => ({
    kind: 'credit',
    id: `credit-${n + 1}`,
    ...anchorCredit(article.text, d, cursor),
    credit: d.credit,
    caption: d.caption,
    image: d.image,
    source: d.source,
    agencies: agenciesIn(d.credit),
  }));
}

/** Finder registration; see `findCredits`. */
export const creditsFinder: Finder = {
  kind: 'credit',
  label: 'Image credits',
  find: (doc, article, ctx) => findCredits(doc, article, ctx.url),
};
