/**
 * Credits in plain text: a wire story pasted as text keeps its picture captions
 * as paragraphs of their own ("Idlib 2018 (Image: PA)"). Such a paragraph is
 * short, and closes with a bracketed or labelled credit line; a sentence of the
 * story that ends with "told Reuters." is not one.
 */
import { splitCaption, type SplitCaption } from './parse-credit';

const MAX_CAPTION_LINE = 300;
// The credit line must say it is one: a bracket, or a label with its colon or "by".
const MARKED_LINE = /^(?:[([]|(?:photo(?:graph)?s?|pictures?|images?|credits?|pics?)\s*(?::|by\b)|©)/i;

/** Caption and credit of one paragraph, when it reads as a picture's caption line; null otherwise. */
export function captionLine(paragraph: string): SplitCaption | null {
  const p = paragraph.replace(/\s+/g, ' ').trim();
  if (!p || p.length > MAX_CAPTION_LINE || p.includes('\n')) return null;
  const split = splitCaption(p);
  if (!split.credit || !split.line || !MARKED_LINE.test(split.line)) return null;
  // More than two sentences before the credit is story text that happens to end in a bracket.
  if ((split.caption?.match(/[.!?]\s+\p{Lu}/gu) ?? []).length > 1) return null;
  return split;
}

/** Caption lines of a plain-text story, in order; the same caption and credit printed twice count once. */
export function textCaptions(text: string): SplitCaption[] {
  const out: SplitCaption[] = [];
  const seen = new Set<string>();
  for (const paragraph of text.split(/\n\s*\n/)) {
    const found = captionLine(paragraph);
    if (!found) continue;
    const key = `${found.caption ?? ''}\u0000${found.credit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(found);
  }
  return out;
}
