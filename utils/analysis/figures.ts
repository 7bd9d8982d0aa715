import { claimedChars, findCalendarHits } from './figures/claims';
import type { FigureHit } from './figures/hit';
import { scanFigures } from './figures/scan';
import { tokenize } from './figures/tokens';
import { selectorsFor } from './selectors';
import type { Article, Finder, FigureFinding } from './types';

/**
 * Every figure in `text`: counts, money, percentages, quantities, dates, times, years,
 * ordinals and vague amounts. `published` resolves relative dates ("last week");
 * `lang` decides whether 5/6/2018 is day-first. One pass over the tokens, linear in the text.
 */
export function findFigures(text: string, published: string | null, lang: string | null): FigureHit[] {
  const dayFirst = lang !== null && !/^en-us/i.test(lang);
  const calendar = findCalendarHits(text, published, dayFirst);
  const claimed = claimedChars(text, calendar);
  const tokens = tokenize(text);
  const numbers = scanFigures(tokens, (i) => claimed[tokens[i]?.start ?? 0] === 1);
  return [...calendar, ...numbers].sort((a, b) => a.start - b.start);
}

function toFinding(text: string, h: FigureHit): FigureFinding {
  return {
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
  };
}

/** Figures in the article text; relative dates resolve against the article's own publication date. */
export const figuresFinder: Finder = {
  kind: 'figure',
  label: 'Figures',
  find: (_doc: Document, article: Article) =>
    findFigures(article.text, article.publishedTime, article.lang).map((h) => toFinding(article.text, h)),
};
