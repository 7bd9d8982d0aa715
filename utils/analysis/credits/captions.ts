/**
 * The caption and credit the page prints with one image: inside its <figure>
 * (a figcaption, a separate credit element), in a caption wrapper around it, or
 * in a caption line right under it. Reads only the image's neighbourhood.
 */
import type { CreditSource } from '../types';
import { visibleText } from './dom-text';
import { cleanCaption, cleanCredit, collapse, splitCaption, stripLabel } from './parse-credit';
import { isCreditLike } from './agencies';

export type PageCredit = {
  caption: string | null;
  credit: string | null;
  /** The credit as it reads on the page (label included), for a quote selector. */
  line: string | null;
  source: CreditSource;
};

// Inside a <figure> a "byline" or author is the photographer's; in a looser wrapper it is the story's.
// A caption's <cite> or <small> often sets the credit apart (WordPress, many news themes).
const FIGURE_ONLY = ['[class*="byline"]', '[itemprop~="author"]', 'figcaption cite', 'figcaption small'];
// Elements that set text apart for any reason: a credit only when their words read as one.
const LOOSE_TAGS = new Set(['CITE', 'SMALL']);
const CREDIT_SELECTOR = [
  '[class*="credit"]',
  '[class*="Credit"]',
  '[class*="copyright"]',
  '[class*="photographer"]',
  '[class*="attribution"]',
  '[class*="courtesy"]',
  '[class*="source"]',
  '[itemprop~="copyrightHolder"]',
  '[itemprop~="creditText"]',
  '[itemprop~="creator"]',
  '[itemprop~="copyrightNotice"]',
].join(', ');
const FIGURE_CREDIT_SELECTOR = [CREDIT_SELECTOR, ...FIGURE_ONLY].join(', ');
const CAPTION_SELECTOR =
  'figcaption, [itemprop~="caption"], [class*="caption"], [class*="Caption"], [class*="cutline"], [class*="legend"]';
const CAPTION_CLASS = /caption|cutline|legend/i;
const CREDIT_CLASS = /credit|copyright|photographer|attribution|courtesy/i;
const MAX_CAPTION = 600;
// A gallery slide's caption block, printed full and truncated, with its credit.
const MAX_CAPTION_BLOCK = 3000;
const NONE: PageCredit = { caption: null, credit: null, line: null, source: 'none' };

/** Any words in `el`: a test that stops at the first one instead of collapsing a long text. */
function hasText(el: Element): boolean {
  return /\S/.test(el.textContent ?? '');
}

/** A credit element's holder, if its text reads as a credit rather than as a whole caption. */
function creditOf(el: Element): string | null {
  const text = visibleText(el);
  if (!text || text.length > 150) return null;
  const { labeled } = stripLabel(text);
  // An element classed as a credit says what it is; a "source" or byline class may hold anything.
  const declared = CREDIT_CLASS.test(el.getAttribute('class') ?? '');
  if (LOOSE_TAGS.has(el.tagName) && !declared) return labeled || isCreditLike(text) ? cleanCredit(text) : null;
  return labeled || declared || isCreditLike(text) || text.length <= 60 ? cleanCredit(text) : null;
}

function creditElement(container: Element, img: Element): Element | null {
  const selector = container.tagName === 'FIGURE' ? FIGURE_CREDIT_SELECTOR : CREDIT_SELECTOR;
  const found = Array.from(container.querySelectorAll(selector)).filter((el) => !el.contains(img) && creditOf(el));
  // Innermost wins: a figcaption classed "credit" may wrap both the caption and the real credit.
  const innermost = found.filter((el) => !found.some((o) => o !== el && el.contains(o)));
  return innermost[innermost.length - 1] ?? copyrightLine(container, img);
}

/** A short unclassed line that says it is a copyright ("© REUTERS / POOL" under a header picture). */
function copyrightLine(container: Element, img: Element): Element | null {
  if (container === img) return null;
  for (const el of Array.from(container.children)) {
    if (el.contains(img) || el.querySelector('img, figure')) continue;
    const text = collapse(el.textContent ?? '');
    if (text.length <= 80 && /^(?:©|\(c\)\s)/i.test(text)) return el;
  }
  return null;
}

function captionElement(container: Element, img: Element, credit: Element | null): Element | null {
  for (const el of Array.from(container.querySelectorAll(CAPTION_SELECTOR))) {
    if (el.contains(img) || el === credit || credit?.contains(el)) continue;
    // Caption toggles ("reveal-caption" checkboxes and labels) come before the caption and hold no words.
    if (!hasText(el)) continue;
    return el;
  }
  return null;
}

/** Caption and credit printed inside `container` around `img` (which may be the container itself: a slot with no <img>). */
export function fromContainer(container: Element, img: Element): PageCredit | null {
  const creditEl = creditElement(container, img);
  const captionEl = captionElement(container, img, creditEl);
  if (creditEl) {
    const rest = captionEl ? visibleText(captionEl, creditEl) : '';
    // "Caption. Photo: <span class=credit>PA</span>": the label stays behind in the caption text.
    const caption = cleanCaption(
      rest.replace(/(?:\(|\b)(?:photo(?:graph)?|picture|image|credit|pic)\s*(?::|by)?\s*$/i, ''),
    );
    const credit = creditOf(creditEl);
    // Some pages repeat the credit as the caption (MSN): it is not a caption then.
    return {
      caption: caption === credit ? null : caption,
      credit,
      line: visibleText(creditEl),
      source: 'credit-element',
    };
  }
  if (!captionEl) return null;
  const text = visibleText(captionEl);
  if (!text || text.length > MAX_CAPTION) return null;
  const split = splitCaption(text);
  const source = captionEl.tagName === 'FIGCAPTION' ? 'figcaption' : 'caption-text';
  if (split.credit) return { ...split, source };
  return { ...split, ...creditLineAfter(container, img, captionEl), source };
}

/** A second caption line that is only a credit ("Photo: Getty Images" in its own figcaption under the caption, Kinja). */
function creditLineAfter(container: Element, img: Element, captionEl: Element): Partial<PageCredit> {
  let seen = false;
  for (const el of Array.from(container.querySelectorAll(CAPTION_SELECTOR))) {
    seen ||= el === captionEl;
    if (!seen || el === captionEl || el.contains(img) || captionEl.contains(el) || el.contains(captionEl)) continue;
    const line = visibleText(el);
    if (!line || line.length > 150) continue;
    const split = splitCaption(line);
    if (split.credit && !split.caption) return { credit: split.credit, line: split.line };
  }
  return {};
}

/** `wrapper` shows no picture but `img` (a <noscript> copy of it aside). */
function onlyImage(wrapper: Element, img: Element): boolean {
  for (const other of Array.from(wrapper.querySelectorAll('img')))
    if (other !== img && other.parentElement?.tagName !== 'NOSCRIPT') return false;
  return true;
}

function creditOnly(container: Element, img: Element): PageCredit | null {
  if (!creditElement(container, img)) return null;
  const found = fromContainer(container, img);
  return found && { ...found, caption: found.caption && found.caption.length <= MAX_CAPTION ? found.caption : null };
}

/** Topmost ancestor holding nothing but the image (link, picture, wrapper divs). */
function imageBlock(img: Element, root: Element | null): Element {
  let block = img;
  for (let i = 0; i < 5; i++) {
    const parent = block.parentElement;
    if (!parent || parent === root || parent.tagName === 'BODY' || hasText(parent)) break;
    block = parent;
  }
  return block;
}

function fromNextLine(block: Element): PageCredit | null {
  let next = block.nextElementSibling;
  if (next && !hasText(next)) next = next.nextElementSibling;
  // A caption block is short; the rest of the story after a picture is not worth searching.
  if (!next || (next.textContent?.length ?? 0) > MAX_CAPTION_BLOCK) return null;
  // The next figure's caption belongs to that figure, loaded or not.
  if (next.tagName === 'FIGURE' || next.querySelector('img, figure, figcaption')) return null;
  // A caption block under a gallery slide or list item may be long; its credit element still names the holder.
  if (next.querySelector(CREDIT_SELECTOR)) {
    const found = fromContainer(next, next);
    if (found?.credit) return found;
  }
  const text = visibleText(next);
  if (!text || text.length > 300) return null;
  const cls = next.getAttribute('class') ?? '';
  const split = splitCaption(text);
  if (CREDIT_CLASS.test(cls))
    return split.credit
      ? { ...split, source: 'credit-element' }
      : { caption: null, credit: cleanCredit(text), line: text, source: 'credit-element' };
  if (CAPTION_CLASS.test(cls) || split.credit) return { ...split, source: 'caption-text' };
  return null;
}

/** Caption and credit printed with `img`; source 'none' when the page prints neither. */
export function pageCredit(img: Element, root: Element | null): PageCredit {
  const figure = img.closest('figure');
  // The caption may follow the figure's own box (NBC's hero: figure in a holder, figcaption after the holder).
  if (figure) return fromContainer(figure, img) ?? fromNextLine(imageBlock(figure, root)) ?? NONE;
  const block = imageBlock(img, root);
  const wrapper = block.parentElement;
  const alone = !!wrapper && wrapper !== root && wrapper.tagName !== 'BODY' && onlyImage(wrapper, img);
  if (wrapper && alone && wrapper.childElementCount <= 4) {
    const length = wrapper.textContent?.length ?? 0;
    // A gallery slide prints a long caption (often twice, full and truncated) beside one picture.
    const found =
      length <= MAX_CAPTION
        ? fromContainer(wrapper, img)
        : length <= MAX_CAPTION_BLOCK
          ? creditOnly(wrapper, img)
          : null;
    if (found) return found;
  }
  // The caption line may follow the image's box rather than the image ("View this image" link beside it).
  return (
    fromNextLine(block) ??
    (wrapper && alone && collapse(wrapper.textContent ?? '').length <= 300 ? fromNextLine(wrapper) : null) ??
    NONE
  );
}
