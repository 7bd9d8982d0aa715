import type { FigureHit } from './hit';
import { teaserLines } from './teasers';
import { ONES } from './words';

// A date with no number in it ("Tuesday", "last week", "in March", "a year ago") is not a
// figure an editor checks (LABELLING.md: relative dates without a number are left out).
const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(ONES).join('|')}|few|several|dozen)\\b`, 'i');

/** A date that says no number: a weekday, a bare month, "today", "last year", "a week ago". */
export function isNumberlessDate(text: string, h: FigureHit): boolean {
  if (h.figureKind !== 'date') return false;
  const written = text.slice(h.start, h.end);
  return !/\d/.test(written) && !NUMBER_WORD.test(written.replace(/\b(?:a|an|one)\b/gi, ''));
}

// What a dateline of the page itself is made of once its dates and times are taken out:
// "Updated 1:39 am EST, Wednesday, November 20, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019",
// "Published November 20th, 2019 - 07:50 GMT".
// The same in the languages whose dates are read: "sexta-feira, 22 de outubro de 2010 às 20:13",
// "Montag, 18. November 2019, 14:05 Uhr", "lunedì 18 novembre 2019 alle 10:05".
const STAMP_WORDS =
  /(?<![\p{L}\p{N}])(?:updated?|published|posted|last|modified|first|on|at|am|pm|a\.m|p\.m|utc|gmt|bst|cet|ist|[ecmp][sd]t|mon|tue|wed|thu|fri|sat|sun|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|às|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|um|uhr|aktualisiert|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|à|le|mis à jour|publié|lunes|martes|miércoles|jueves|viernes|a las|actualizado|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|alle|ore|aggiornato)(?![\p{L}\p{N}])\.?/giu;
const STAMP_SAYS = /\b(?:updated?|published|posted|modified)\b/i;
// "By Justine Coleman - 11/18/19 11:04 PM EST": the byline that opens the page's own stamp.
const BYLINE = /^\s*by\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}/iu;
const YEAR = /\b(?:19|20)\d\d\b/;
// "Image 1 of 23", "Photo 3/12", "1 of 8": a gallery's counter, not the story's figure.
const COUNTER = /^\s*(?:(?:image|photo|picture|slide|item|page)s?\s*)?\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}\s*$/i;

// A line that points elsewhere or signs the page: "Read more: ...", "SEE MORE: ...",
// "On HoustonChronicle.com: ...", "(Graphic: Global assets in 2019 - here)", "Copyright © 2019".
const TEASER =
  /^\s*(?:\(?(?:read|see|watch|also read|read also|related|more on this|recommended|graphic|video|listen|click here)\b[^:]{0,20}:|on [\w.-]+\.(?:com|net|org|co\.uk)\b[^:]{0,20}:|copyright\b|©)/i;
// A number alone on its line is a counter or a share count ("4", "6" beside a gallery, "3.409" over
// "letture"), not prose.
const LONE_NUMBER = /^\s*(?:\d{1,4}|\d{1,3}(?:[.,\u00a0\u202f]\d{3}){1,3})\s*$/;
// "Listen to Newsbeat live at 12:45 and 17:45 weekdays": a line that sends the reader to a broadcast.
const PROMO = /^\s*(?:listen|tune in|watch)\b[^"“”]{0,80}?\b(?:live|on demand|listen back|podcast)\b/i;
// An embedded post's signature: "— Robert Maguire (@RobertMaguire_) November 18, 2019".
const POST_SIGNATURE = /^\s*[—–-]\s*.{0,80}\(@\w{1,30}\)/;

/** [start, end) of the line (paragraph) around `at`. */
function lineAt(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/**
 * True when the line holding these hits is page furniture rather than the story: the
 * page's own time stamp (a line of nothing but dates, times and "Updated"/"Published",
 * with a year or such a word in it) or a gallery counter ("Image 1 of 23").
 * Teaser and copyright lines, numbers alone on a line and an embedded post's signature
 * are furniture too. A caption's "November 19, 2019" sits in a sentence and stays; "4:14 p.m." alone on a
 * line (a heading of a live story) has neither a year nor a stamp word and stays.
 */
function furnitureLine(text: string, start: number, end: number, hits: readonly FigureHit[]): boolean {
  const line = text.slice(start, end);
  // A text of one line is all story (a sentence pasted in, a caption): nothing around it to be furniture of.
  if (start === 0 && end === text.length) return false;
  if (
    COUNTER.test(line) ||
    TEASER.test(line) ||
    LONE_NUMBER.test(line) ||
    POST_SIGNATURE.test(line) ||
    PROMO.test(line)
  )
    return true;
  let rest = '';
  let at = start;
  for (const h of hits) {
    rest += text.slice(at, h.start);
    at = h.end;
  }
  rest += text.slice(at, end);
  // A year run into the next word ("2019Updated") is part of the stamp too.
  const byline = BYLINE.exec(rest);
  const leftover = rest
    .slice(byline ? byline[0].length : 0)
    .replace(/(?:19|20)\d\d/g, '')
    .replace(STAMP_WORDS, '')
    .replace(/[\s,.:|/•·–—-]+/g, '');
  return leftover === '' && (YEAR.test(line) || STAMP_SAYS.test(line) || byline !== null);
}

// "(Published Monday, Nov. 18, 2019)" after a video's caption: the page's stamp inside a line of prose.
const STAMP_ASIDE = /\((?:updated?|published|posted|modified)\b[^()]{0,80}\)/gi;
// "The contents of this site are ©2019 Capitol Hill Publishing": the year of a copyright notice.
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*$/i;

/** [start, end) of each parenthesised stamp of the page in the line from `lineStart`, found once per line. */
function stampAsides(line: string, lineStart: number): [number, number][] {
  if (!line.includes('(')) return [];
  return [...line.matchAll(STAMP_ASIDE)].map((m) => [lineStart + m.index, lineStart + m.index + m[0].length]);
}

/** The year of a copyright notice: "©2019", "Copyright 2019". */
function copyrightYear(text: string, lineStart: number, h: FigureHit): boolean {
  return h.figureKind === 'year' && COPYRIGHT.test(text.slice(Math.max(lineStart, h.start - 12), h.start));
}

// A table cell read out as a line: at most five words ("Kyle Busch", "Martin Truex Jr.",
// "Pos."), or a number alone ("5040", "27", "1.23%").
const CELL = /^(?=.{1,40}$)\S+(?: \S+){0,4}$/;
// "Busch won 5 races.": a short sentence (a lower-case word, a full stop) is prose, not a cell.
const SHORT_SENTENCE = /(?:^|\s)\p{Ll}.*[.!?]["”’]?$/u;
const NUMBER_CELL = /^[\s\d.,:%$€£+\-–()]*\d[\s\d.,:%$€£+\-–()]*$/;
/** A run of cell lines is a table when this many of its cells, and a third of them, are numbers alone. */
const TABLE_NUMBERS = 4;

/**
 * Starts of the lines that are cells of a data table (standings, results, live trackers):
 * a run of short lines without sentences in which numbers stand alone, which is how a
 * table reads once its markup is gone. Its numbers are the table's, not the story's.
 */
export function tableLines(text: string): Set<number> {
  const table = new Set<number>();
  let run: number[] = [];
  let numbers = 0;
  const close = (): void => {
    if (numbers >= TABLE_NUMBERS && numbers * 3 >= run.length) for (const at of run) table.add(at);
    run = [];
    numbers = 0;
  };
  for (let at = 0; at <= text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).trim();
    if (line && CELL.test(line) && !SHORT_SENTENCE.test(line)) {
      run.push(at);
      if (NUMBER_CELL.test(line)) numbers += 1;
    } else if (line) close();
    at = end + 1;
  }
  close();
  return table;
}

// "2. Never urged Ukraine to investigate", "3) The Giuliani problem": the number of an item in a list.
// "11) zerbino d’ingresso": after a bracket any word follows.
const LIST_MARKER = /^\d{1,2}(?:\. +["“‘']?\p{Lu}|\) +["“‘']?\p{L})/u;

/** A count that numbers a list item: at the start of its line, a full stop and a capital after it, or a bracket. */
function listMarker(text: string, lineStart: number, h: FigureHit): boolean {
  return (
    h.figureKind === 'count' &&
    text.slice(lineStart, h.start).trim() === '' &&
    LIST_MARKER.test(text.slice(h.start, h.start + 8))
  );
}

/**
 * The hits an editor would check: without numberless dates, page time stamps, gallery counters,
 * data tables, teasers of other stories and the numbers of list items.
 */
export function dropFurniture(text: string, hits: readonly FigureHit[]): FigureHit[] {
  const out: FigureHit[] = [];
  const table = hits.length ? tableLines(text) : new Set<number>();
  const teasers = hits.length ? teaserLines(text) : new Set<number>();
  for (let i = 0; i < hits.length;) {
    const [start, end] = lineAt(text, hits[i]?.start ?? 0);
    let j = i;
    while (j < hits.length && (hits[j]?.start ?? 0) < end) j += 1;
    const inLine = hits.slice(i, j);
    if (!table.has(start) && !teasers.has(start) && !furnitureLine(text, start, end, inLine)) {
      const asides = stampAsides(text.slice(start, end), start);
      // Hits and asides both run left to right: one pointer walks the asides, so the check stays linear.
      let k = 0;
      const inAside = (h: FigureHit): boolean => {
        while (k < asides.length && (asides[k]?.[1] ?? 0) <= h.start) k += 1;
        const aside = asides[k];
        return aside !== undefined && h.start >= aside[0] && h.end <= aside[1];
      };
      // One push per hit: spreading a line of 300,000 hits into push() overflows the stack.
      for (const h of inLine)
        if (!isNumberlessDate(text, h) && !listMarker(text, start, h) && !inAside(h) && !copyrightYear(text, start, h))
          out.push(h);
    }
    i = j;
  }
  return out;
}
