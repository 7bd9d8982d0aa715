import { joinBounds } from './figures/bounds';
import { claimedChars, findCalendarHits } from './figures/claims';
import { figureContext } from './figures/context';
import { dropFurniture } from './figures/furniture';
import { markRepeats } from './figures/repeats';
import { linkFigures } from './figures/groups';
import type { FigureHit } from './figures/hit';
import { scanFigures } from './figures/scan';
import { readInEnglish } from './figures/languages';
import { tokenize } from './figures/tokens';
import { selectorsFor } from './selectors';
import type { Article, Finder, FigureFinding } from './types';

/** Languages that write 2,5 for two and a half and 1.000 for a thousand. */
const DECIMAL_COMMA = /^(de|fr|es|it|pt|nl|pl|ru|tr|sv|da|nb|nn|no|fi|cs|sk|ro|hu|el|id|uk|hr|sl|bg|lt|lv|et|ca|vi)\b/i;

/**
 * Every figure in `text`: counts, money, percentages, quantities, dates, times, years,
 * ordinals and vague amounts, without page furniture and numberless dates. `published` resolves relative dates ("last week");
 * `lang` decides whether 5/6/2018 is day-first and whether "2,5" is a decimal, and in French, German,
 * Spanish, Portuguese and Italian adds that language's number words, scale words and month names.
 * One pass over the tokens, linear in the text.
 */
export function findFigures(text: string, published: string | null, lang: string | null): FigureHit[] {
  const dayFirst = lang !== null && !/^en-us/i.test(lang);
  const calendar = findCalendarHits(text, published, dayFirst, lang);
  const claimed = claimedChars(text, calendar);
  const tokens = readInEnglish(tokenize(text, lang !== null && DECIMAL_COMMA.test(lang)), lang);
  const numbers = scanFigures(tokens, (i) => claimed[tokens[i]?.start ?? 0] === 1);
  return dropFurniture(
    text,
    [...calendar, ...joinBounds(text, numbers)].sort((a, b) => a.start - b.start),
  );
}

function toFinding(text: string, h: FigureHit): FigureFinding {
  const context = figureContext(text, h.start, h.end);
  const finding: FigureFinding = {
    kind: 'figure',
    id: `figure-${h.start}`,
    start: h.start,
    end: h.end,
    selectors: selectorsFor(text, h.start, h.end),
    text: text.slice(h.start, h.end),
    figureKind: h.figureKind,
    value: h.value,
    range: h.range,
    unit: h.unit,
    qualifier: h.qualifier,
    change: h.change,
    magnitude: h.figureKind === 'approximate' ? h.value : null,
    group: null,
    conflicts: [],
    repeatOf: null,
  };
  if (context) finding.context = context;
  return finding;
}

/** Findings for `text` with figures of the same quantity grouped and disagreements linked. */
export function figureFindings(text: string, published: string | null, lang: string | null): FigureFinding[] {
  const hits = findFigures(text, published, lang);
  const findings = hits.map((h) => toFinding(text, h));
  linkFigures(text, findings, new Map(hits.map((h, i) => [findings[i]?.id ?? '', h.noun])));
  markRepeats(findings);
  return findings;
}

/**
 * The language whose number marks the figures are read in: the page's declared tag
 * ("en-US" decides month-first dates) when the words agree with it, else the language
 * the words are in (a German story on an "en" template writes 40.000 for forty thousand).
 */
export function figureLanguage(declared: string | null | undefined, detected: string | null): string | null {
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (!declared || !detected || detected === 'und' || primary === detected) return declared ?? detected;
  return detected;
}

/** Figures in the article text; relative dates resolve against the article's own publication date. */
export const figuresFinder: Finder = {
  kind: 'figure',
  label: 'Figures',
  find: (_doc: Document, article: Article, ctx) =>
    figureFindings(article.text, article.publishedTime, figureLanguage(article.lang, ctx.lang)),
};
