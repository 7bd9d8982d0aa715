import { ONES, ORDINAL_WORDS, SCALES, TENS } from './words';

// Words that can open a figure: number words, "a"/"an" ("a dozen"), fractions, vague amounts
// ("thousands", "several hundred") and "percent of". Checking this set first lets the scanner
// pass over ordinary words without trying every reader on them: most of its time on real pages.
const OPENERS = new Set([
  'a',
  'an',
  'half',
  'quarter',
  'hundred',
  'several',
  'few',
  'many',
  'some',
  'percent',
  'percents',
  'per',
  'percentage',
  'tens',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
  'twice',
  'thrice',
]);

for (const table of [ONES, TENS, SCALES]) for (const word of Object.keys(table)) OPENERS.add(word);
for (const word of ORDINAL_WORDS) OPENERS.add(word);

/** True when a figure may start at a word written `lower`. */
export function mayOpenFigure(lower: string): boolean {
  return OPENERS.has(lower);
}
