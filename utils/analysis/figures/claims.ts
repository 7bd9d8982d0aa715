import { findDates } from './dates';
import { findForeignDates } from './foreign-dates';
import { findForeignDecades } from './foreign-decades';
import type { FigureHit } from './hit';
import { findTimes } from './times';

// Phone numbers and IP addresses are not figures; their digits must not be read as counts.
// Bounded repeats only, so each pattern is linear in the text.
const NOT_FIGURES = [
  /\+\d{1,3}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s./-]\d{1,5}){1,5}/g,
  /(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b/g,
  /\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/g,
  /\b(?:https?:\/\/|www\.)[^\s<>"]+/g,
];
// "a September 11 commemoration": the attacks' name, not a date to check.
const NAMED_DAY = /\bSeptember 11(?=,? (?:attacks?|commemorations?|anniversary|memorial|hijackers|terror))/g;

/** Dates, times and decades found by pattern, without overlaps (earliest, then longest, wins). */
export function findCalendarHits(
  text: string,
  published: string | null,
  dayFirst: boolean,
  lang: string | null = null,
): FigureHit[] {
  const named = new Set([...text.matchAll(NAMED_DAY)].map((m) => m.index));
  const all = [
    ...findDates(text, published, dayFirst),
    ...findForeignDates(text, lang, published),
    ...findForeignDecades(text, lang),
    ...findTimes(text),
  ].filter((h) => !named.has(h.start));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FigureHit[] = [];
  let reach = -1;
  for (const h of all) {
    if (h.start < reach) continue;
    kept.push(h);
    reach = h.end;
  }
  return kept;
}

/** Marks every character of `text` that a calendar hit or a phone number/IP address covers. */
export function claimedChars(text: string, hits: readonly FigureHit[]): Uint8Array {
  const mark = new Uint8Array(text.length);
  for (const h of hits) mark.fill(1, h.start, h.end);
  for (const pattern of [...NOT_FIGURES, NAMED_DAY])
    for (const m of text.matchAll(pattern)) mark.fill(1, m.index, m.index + m[0].length);
  return mark;
}
