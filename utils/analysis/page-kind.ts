/**
 * What kind of page an extracted article came from. A front, section or listing
 * page is many headlines, each a link to its story: Readability still finds a
 * block of text there (the list of teasers), but it is no article to check. A long
 * reference page (an encyclopedia entry, documentation) is an article of sorts, not news.
 */
import type { Article } from './types';

export type PageKind = 'article' | 'listing' | 'reference';

export type PageSignals = {
  /** Headlines in the extracted content that are links (`<h3><a>` or `<a><h3>`). */
  linkedHeadlines: number;
  /** Share of the extracted content's text inside links. */
  linkShare: number;
  /** Numbered citation marks ("[12]"): a reference page's footnotes. */
  citations: number;
  words: number;
};

const LINKED_HEADLINE = /<h[1-4]\b[^>]*>\s*(?:<(?!\/)[^>]*>\s*)*<a\b|<a\b[^>]*>\s*(?:<(?!\/)[^>]*>\s*)*<h[1-4]\b/gi;
const LINK = /<a\b[^>]*>([\s\S]*?)<\/a>/gi;
const TAG = /<[^>]+>/g;
const CITATION = /\[\d{1,3}\]/g;
// A listing shows a handful of linked headlines at least, and a fifth of its words or more are links
// (articles in the corpora: at most 0.18 with five such headlines or more).
const MIN_HEADLINES = 5;
const MIN_LINK_SHARE = 0.2;
// A reference page is long, undated and unsigned, and cites its sources by number.
const MIN_REFERENCE_WORDS = 3000;
const MIN_CITATIONS = 15;

/** The one-line warning a forced analysis of such a page carries. */
export const KIND_WARNINGS: Record<Exclude<PageKind, 'article'>, string> = {
  listing: 'This looks like a front or listing page (many headlines, each a link), not an article.',
  reference: 'This reads like a reference page, not a news article.',
};

const textLength = (html: string): number => html.replace(TAG, '').replace(/\s+/g, ' ').trim().length;

/** The measures `pageKind` decides on, read from the article's HTML with a few linear scans. */
export function pageSignals(article: Pick<Article, 'html' | 'text' | 'wordCount'>): PageSignals {
  const linkedHeadlines = article.html.match(LINKED_HEADLINE)?.length ?? 0;
  let inLinks = 0;
  for (const m of article.html.matchAll(LINK)) inLinks += textLength(m[1] ?? '');
  const all = article.text.replace(/\s+/g, ' ').trim().length;
  return {
    linkedHeadlines,
    linkShare: all ? Math.min(1, inLinks / all) : 0,
    citations: article.text.match(CITATION)?.length ?? 0,
    words: article.wordCount,
  };
}

/** 'listing' for a front, section or listing page; 'reference' for a long reference page; else 'article'. */
export function pageKind(article: Pick<Article, 'html' | 'text' | 'wordCount' | 'byline' | 'publishedTime'>): PageKind {
  const s = pageSignals(article);
  if (s.linkedHeadlines >= MIN_HEADLINES && s.linkShare >= MIN_LINK_SHARE) return 'listing';
  if (s.words >= MIN_REFERENCE_WORDS && s.citations >= MIN_CITATIONS && !article.byline && !article.publishedTime)
    return 'reference';
  return 'article';
}
