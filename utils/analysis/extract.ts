import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readMetadata } from './metadata';
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
  /** Page metadata read but ignored (a canonical link to another site). */
  warnings?: string[];
};

function isUrlLike(value: string | null): boolean {
  return !!value && /^(?:https?:)?\/\//i.test(value);
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/**
 * Readability on a clone of `doc` (parse() mutates what it is given) plus the
 * page's own metadata. `doc` itself is never changed.
 */
export function extractArticle(doc: Document, options: ExtractOptions): Extraction {
  const readerable = isProbablyReaderable(doc);
  if (!readerable && options.force === false) return { article: null, readerable };

  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  if (!parsed?.content) return { article: null, readerable };

  const container = clone.createElement('div');
  container.innerHTML = parsed.content;
  const text = blockText(container);
  if (!text) return { article: null, readerable };

  const metadata = readMetadata(doc, options.url);
  const wordCount = countWords(text);
  const byline = [metadata.byline, clean(parsed.byline)].find((b) => b && !isUrlLike(b)) ?? null;

  const article: Article = {
    title: clean(parsed.title) ?? clean(metadata.title) ?? clean(doc.title) ?? '',
    byline,
    siteName: clean(parsed.siteName) ?? metadata.siteName,
    publishedTime: metadata.publishedTime ?? clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? metadata.lang,
    url: options.url,
    canonicalUrl: metadata.canonicalUrl,
    excerpt: clean(parsed.excerpt) ?? metadata.description,
    wordCount,
    readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    text,
    html: parsed.content,
    readerable,
  };
  return { article, readerable, warnings: metadata.warnings };
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
    title: paragraphs[0]?.slice(0, 200) ?? '',
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
