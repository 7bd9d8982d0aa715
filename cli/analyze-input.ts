/** One input through the engine: page bytes (or plain text) in, Analysis out. */
import { analyze, analyzeText } from '../utils/analysis/analyze';
import type { Deadline } from '../utils/analysis/deadline';
import { readMetadata } from '../utils/analysis/metadata';
import { blockText } from '../utils/analysis/text';
import type { Analysis } from '../utils/analysis/types';
import { emptyDocument, parseDocument } from './node-dom';

export type InputOptions = {
  url: string | null;
  /** The input is plain text, paragraphs separated by blank lines. */
  text: boolean;
  now: Date;
  /** The finders' time budget for this input. @default none */
  deadline?: Deadline;
};

export const WHOLE_PAGE_WARNING = 'Readability found no article; the whole page text was analyzed.';

/**
 * When Readability finds nothing even when forced (a bare page, a list of
 * links), the command still owes the user an analysis: fall back to the
 * page's visible text with its own metadata, and say so.
 */
function analyzeWholePage(doc: Document, options: InputOptions): Analysis {
  const text = doc.body ? blockText(doc.body) : '';
  if (!text) throw new Error('no text found in the page');
  const analysis = analyzeText(text, doc, { url: options.url, now: options.now, deadline: options.deadline });
  const meta = readMetadata(doc, options.url);
  const article = {
    ...analysis.article,
    title: meta.title ?? (doc.title.trim() || analysis.article.title),
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    canonicalUrl: meta.canonicalUrl,
    excerpt: meta.description ?? analysis.article.excerpt,
    readerable: false,
  };
  return { ...analysis, article, warnings: [WHOLE_PAGE_WARNING, ...meta.warnings, ...analysis.warnings] };
}

/** Analyzes decoded input; throws an Error whose message says why when there is nothing to analyze. */
export function analyzeInput(content: string, options: InputOptions): Analysis {
  const { url, now, deadline } = options;
  if (options.text) return analyzeText(content, emptyDocument(), { url, now, deadline });
  const doc = parseDocument(content);
  const result = analyze(doc, { url, now, force: true, deadline });
  return result.ok ? result.analysis : analyzeWholePage(doc, options);
}
