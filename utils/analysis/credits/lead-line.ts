/**
 * A credit line for the lead picture printed apart from it, usually at the end of
 * the story: "Main image credit: Getty", "Top photo: Jane Doe/Reuters", "Header
 * image by NASA". It names the lead; a bare "Image credit: X" line names the
 * picture only when the story has one.
 */
import { cleanCredit } from './parse-credit';

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
