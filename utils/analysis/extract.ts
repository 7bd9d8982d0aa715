import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { boundedPage } from './bounded-page';
import { captionLine } from './credits/text-captions';
import { cleanByline } from './byline';
import { removeChrome } from './chrome';
import { emptyMetadata, readMetadata, type PageMetadata } from './metadata';
import { publicationName, titleWithoutTail } from './publication';
import { blockText, countWords } from './text';
import type { Article } from './types';

export const WORDS_PER_MINUTE = 230;

export type ExtractOptions = {
  url: string | null;
  /** Run Readability even when isProbablyReaderable says no ("analyze anyway"). @default true */
  force?: boolean;
};

export type Extraction = {
  /** null when Readability found no article (or was not asked to try). */
  article: Article | null;
  readerable: boolean;
  /** Page metadata read but ignored (a canonical link to another site), a page too large read in part. */
  warnings?: string[];
  /** The page the finders read: `doc`, or its bounded copy when `doc` is past the caps (bounded-page.ts). */
  page?: Document;
};

function isUrlLike(value: string | null): boolean {
  return !!value && /^(?:https?:)?\/\//i.test(value);
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/, '');
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** The page's metadata; metadata that cannot be read costs the page nothing but a warning. */
function safeMetadata(doc: Document, url: string | null): PageMetadata {
  try {
    return readMetadata(doc, url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...emptyMetadata(), warnings: [`The page's metadata could not be read (${reason}).`] };
  }
}

/**
 * Readability on a clone of `doc` (parse() mutates what it is given) plus the
 * page's own metadata. `doc` itself is never changed. A page past the depth or
 * element caps is read through its bounded copy (bounded-page.ts).
 */
export function extractArticle(doc: Document, options: ExtractOptions): Extraction {
  const { page, warning } = boundedPage(doc);
  const readerable = isProbablyReaderable(page);
  if (!readerable && options.force === false) return { article: null, readerable };

  const clone = page.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  if (!parsed?.content) return { article: null, readerable };

  const container = clone.createElement('div');
  container.innerHTML = parsed.content;
  const html = removeChrome(container) > 0 ? container.innerHTML : parsed.content;
  const text = blockText(container);
  if (!text) return { article: null, readerable };

  const metadata = safeMetadata(page, options.url);
  const wordCount = countWords(text);
  const byline = [metadata.byline, cleanByline(parsed.byline)].find((b) => b && !isUrlLike(b)) ?? null;
  const siteName = metadata.siteName ?? publicationName([parsed.siteName]);
  const title = clean(parsed.title) ?? clean(metadata.title) ?? clean(page.title) ?? '';

  const article: Article = {
    // "Headline | Site" and "Headline - Author": the tail names who published it, not what it says.
    title: titleWithoutTail(title, [siteName, hostName(options.url ?? metadata.canonicalUrl), byline]),
    byline,
    siteName,
    publishedTime: metadata.publishedTime ?? clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? metadata.lang,
    url: options.url,
    canonicalUrl: metadata.canonicalUrl,
    excerpt: clean(parsed.excerpt) ?? metadata.description,
    wordCount,
    readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    text,
    html,
    readerable,
  };
  return { article, readerable, page, warnings: warning ? [warning, ...metadata.warnings] : metadata.warnings };
}

const HEADLINE_SEARCH = 6;
const MAX_HEADLINE = 200;

/** A headline: one short line, capitalised, not closed by a full stop, not a picture's caption line. */
function headlineLike(p: string): boolean {
  const words = p.split(/\s+/).length;
  return (
    p.length <= MAX_HEADLINE &&
    words >= 3 &&
    words <= 30 &&
    /^[\p{Lu}\p{N}"“‘']/u.test(p) &&
    !/[.,;:]$/.test(p) &&
    !captionLine(p)
  );
}

/** The title of a plain-text story: the first headline-like paragraph near the top, else the first that is no caption line. */
function textTitle(paragraphs: string[]): string {
  const top = paragraphs.slice(0, HEADLINE_SEARCH);
  const title = top.find(headlineLike) ?? top.find((p) => !captionLine(p)) ?? paragraphs[0] ?? '';
  return title.replace(/\s+/g, ' ').slice(0, MAX_HEADLINE);
}

/** An article from plain text whose paragraphs are separated by blank lines. */
export function articleFromText(input: string, url: string | null): Article {
  const text = input.replace(/\r\n?/g, '\n');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const wordCount = countWords(text);
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    title: textTitle(paragraphs),
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    url,
    canonicalUrl: null,
    excerpt: paragraphs[1]?.slice(0, 300) ?? null,
    wordCount,
    readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    text,
    html: paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n'),
    readerable: true,
  };
}
