/**
 * A credit line for the lead picture printed apart from it, usually at the end of
 * the story: "Main image credit: Getty", "Top photo: Jane Doe/Reuters", "Header
 * image by NASA", or in a block named for the lead picture with no picture in it
 * (`<div class="featured-image-source">Image Source: Jane Doe/Shutterstock</div>`).
 * It names the lead; a bare "Image credit: X" line names the picture only when the story has one.
 */
import { cleanCredit, collapse, splitCaption } from './parse-credit';

export type LeadLine = { credit: string; line: string; lead: boolean };

const MAX_LINE = 120;
const PLACE = String.raw`(?:main|lead|top|header|hero|featured?|cover|banner|title|opening)`;
const PICTURE = String.raw`(?:image|photo(?:graph)?|picture|pic|illustration)`;
// The whole paragraph is the line: a sentence that mentions a main image is story text.
const LEAD = new RegExp(String.raw`^${PLACE}\s+${PICTURE}\s*(?:credits?\s*)?(?:[:：]|by\b)\s*(\S.*)$`, 'i');
const ANY = new RegExp(String.raw`^${PICTURE}\s+credits?\s*[:：]\s*(\S.*)$`, 'i');

/** The lead picture's credit line among the paragraphs of `text`; null when there is none. */
export function leadCreditLine(text: string): LeadLine | null {
  for (const raw of text.split(/\n+/)) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (!p || p.length > MAX_LINE) continue;
    const lead = LEAD.exec(p);
    const any = lead ? null : ANY.exec(p);
    const credit = cleanCredit((lead ?? any)?.[1] ?? '');
    // A holder starts with a capital, a digit or a handle: "top image by the river" is prose.
    if (credit && /^[\p{Lu}\p{N}@]/u.test(credit)) return { credit, line: p, lead: !!lead };
  }
  return null;
}

// Blocks a theme names for the lead picture's caption or source, printed away from the picture.
const LEAD_BLOCK =
  '[class*="featured-image"], [class*="featured-img"], [class*="lead-image"], [class*="hero-image"], [class*="main-image"], [class*="top-image"]';
const MAX_BLOCKS = 8;

/** The lead picture's credit from a lead-image block that holds no picture; null when there is none. */
export function leadCreditBlock(doc: Document): LeadLine | null {
  const blocks = Array.from(doc.querySelectorAll(LEAD_BLOCK)).slice(0, MAX_BLOCKS);
  for (const el of blocks) {
    if (el.querySelector('img, picture, figure')) continue;
    const text = collapse(el.textContent ?? '');
    if (!text || text.length > MAX_LINE) continue;
    const { credit, line } = splitCaption(text);
    if (credit && line) return { credit, line, lead: true };
  }
  return null;
}
