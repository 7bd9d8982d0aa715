/**
 * Credits an image carries in its own attributes: a `data-credit` the site's
 * script prints on hover (Engadget), or a labelled credit in its alt or title
 * text ("... (Photo by REUTERS)"). Unlabelled alt text is a description, never a credit.
 */
import { NAME_ONLY, isCreditLike } from './agencies';
import { DATA_CREDIT } from './page-index';
import { cleanCredit, splitCaption } from './parse-credit';

// The credit line must say it is one: alt text ends in names and agencies by chance, and
// sites prefix descriptions with "Image:" (NBC), so only credit-only labels count.
const LABELLED = /^\(?\s*(?:photo(?:graph)?\s*(?:by\b|:)|credit|foto\s*:|©|\(c\))/i;
// Wire captions copied into alt text close with the credit in brackets: "(Jane Doe/City Hall photo via AP)",
// "(ITV via AP)", "(AFP file photo)". A bare "(Reuters)" or "(Ann Lee)" may name who is pictured or reported.
const BRACKETED = /^\([^()]+\)\.?$/;
const COMPOUND = /\/|\s(?:via|for)\s|\s(?:photo|pic|picture|image)\)\.?$/;

// Camera and editing software write their own names into a file's credit field.
const SOFTWARE =
  /^(?:picasa|adobe|photoshop|lightroom|gimp|canon|nikon|sony|apple|iphone|samsung|unknown|none|n\/a|-)\b/i;
const MAX_META = 4000;

/**
 * The credit WordPress copies from the file's IPTC fields into `data-image-meta` (`{"credit": "INGO BARENSCHEE",
 * "copyright": ""...}`): the photographer or agency the file names. Page JSON: parsed whole or not at all.
 */
export function imageMetaCredit(raw: string | null): { credit: string; line: string; file: true } | null {
  if (!raw || raw.length > MAX_META) return null;
  let meta: unknown;
  try {
    meta = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!meta || typeof meta !== 'object') return null;
  for (const field of ['credit', 'copyright'] as const) {
    const value = (meta as Record<string, unknown>)[field];
    if (typeof value !== 'string' || SOFTWARE.test(value.trim())) continue;
    // "Copyright (c) 2019 Shutterstock. No use without permission.": the holder is the first sentence.
    const credit = cleanCredit(value.replace(/(?<=[\p{L}\p{N}]{2})\.\s.*$/su, ''));
    if (credit && /\p{L}/u.test(credit)) return { credit, line: value.trim(), file: true };
  }
  return null;
}

/** The credit stated by `img` or its <picture>/<a> wrapper, with the line it came from and, from alt text, the caption before it. */
export function attributeCredit(
  img: Element,
): { credit: string; line: string; caption?: string | null; file?: true } | null {
  for (let el: Element | null = img, i = 0; el && i < 3; el = el.parentElement, i++) {
    for (const name of DATA_CREDIT) {
      const value = el.getAttribute(name)?.trim();
      const credit = value ? cleanCredit(value) : null;
      if (value && credit) return { credit, line: value };
    }
  }
  const meta = imageMetaCredit(img.getAttribute('data-image-meta'));
  if (meta) return meta;
  for (const name of ['title', 'alt']) {
    const text = img.getAttribute(name)?.trim();
    if (!text) continue;
    const split = splitCaption(text);
    const { credit, line, caption } = split;
    if (!credit || !line) continue;
    const labelled = LABELLED.test(line) && (isCreditLike(credit) || NAME_ONLY.test(credit));
    const wire = BRACKETED.test(line) && COMPOUND.test(line) && isCreditLike(credit);
    if (labelled || wire) return { credit, line, caption };
  }
  return null;
}
