import { articleFromText, extractArticle } from './extract';
import { FINDERS } from './finders';
import type { Analysis, Article, FinderContext, Finding } from './types';

export type AnalyzeOptions = {
  url: string | null;
  /** The clock, passed in so results are reproducible. */
  now: Date;
  /** Analyze even when Readability thinks the page is not an article. @default true */
  force?: boolean;
};

export type AnalyzeResult =
  { ok: true; analysis: Analysis } | { ok: false; reason: 'not-article'; readerable: boolean };

function runFinders(doc: Document, article: Article, ctx: FinderContext): { findings: Finding[]; warnings: string[] } {
  const findings: Finding[] = [];
  const warnings: string[] = [];
  for (const finder of FINDERS) {
    try {
      findings.push(...finder.find(doc, article, ctx));
    } catch (error) {
      // One broken finder must not cost the user the other lists.
      warnings.push(`${finder.kind} finder failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { findings, warnings };
}

/** The whole pipeline: page Document in, plain JSON out. `doc` is not modified. */
export function analyze(doc: Document, options: AnalyzeOptions): AnalyzeResult {
  const {
    article,
    readerable,
    warnings: pageWarnings = [],
  } = extractArticle(doc, { url: options.url, force: options.force });
  if (!article) return { ok: false, reason: 'not-article', readerable };
  const ctx: FinderContext = { url: options.url, now: options.now, lang: article.lang };
  const { findings, warnings } = runFinders(doc, article, ctx);
  warnings.unshift(...pageWarnings);
  if (!readerable)
    warnings.unshift('Readability does not consider this page an article; results may include page furniture.');
  return { ok: true, analysis: { schema: 1, analyzedAt: options.now.toISOString(), article, findings, warnings } };
}

/**
 * Plain text in (paragraphs separated by blank lines); `doc` is any Document the
 * finders may inspect (an empty one is fine: credits then finds nothing).
 */
export function analyzeText(text: string, doc: Document, options: Omit<AnalyzeOptions, 'force'>): Analysis {
  const article = articleFromText(text, options.url);
  const ctx: FinderContext = { url: options.url, now: options.now, lang: null };
  const { findings, warnings } = runFinders(doc, article, ctx);
  return { schema: 1, analyzedAt: options.now.toISOString(), article, findings, warnings };
}
