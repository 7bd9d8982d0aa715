import { articleFromText, extractArticle } from './extract';
import { FINDERS } from './finders';
import { articleLanguage, speakerRules } from './language';
import { KIND_WARNINGS, pageKind } from './page-kind';
import { visibleText } from './text';
import type { Analysis, Article, FinderContext, Finding } from './types';

export type AnalyzeOptions = {
  url: string | null;
  /** The clock, passed in so results are reproducible. */
  now: Date;
  /** Analyze even when Readability thinks the page is not an article. @default true */
  force?: boolean;
};

/** `listing` when the page is a front, section or listing page (many headlines, each a link). */
export type AnalyzeResult =
  { ok: true; analysis: Analysis } | { ok: false; reason: 'not-article'; readerable: boolean; listing?: true };

function runFinders(doc: Document, article: Article, ctx: FinderContext): { findings: Finding[]; warnings: string[] } {
  const findings: Finding[] = [];
  const warnings: string[] = [];
  for (const finder of FINDERS) {
    try {
      // A loop, not push(...list): spreading a list of 100,000+ findings overflows the stack.
      for (const finding of finder.find(doc, article, ctx)) findings.push(finding);
    } catch (error) {
      // One broken finder must not cost the user the other lists.
      warnings.push(`${finder.kind} finder failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { findings, warnings };
}

export const NO_SPEAKER_RULES =
  'Speakers are found only in English, French, German, Spanish, Portuguese and Italian; the quotes of this page are listed without them.';

/** Says once why a page's quotes have no speakers: its language has no speaker rules. */
function languageNote(lang: string | null, findings: Finding[], warnings: string[]): void {
  if (speakerRules(lang) === 'none' && findings.some((f) => f.kind === 'quote')) warnings.push(NO_SPEAKER_RULES);
}

const visibleOrNull = (value: string | null): string | null => (value === null ? null : visibleText(value) || null);

/** The article's facts as a reader sees them: no invisible characters in its title, byline, site or excerpt. */
function visibleFacts(article: Article): Article {
  return {
    ...article,
    title: visibleText(article.title),
    byline: visibleOrNull(article.byline),
    siteName: visibleOrNull(article.siteName),
    excerpt: visibleOrNull(article.excerpt),
  };
}

/** The whole pipeline: page Document in, plain JSON out. `doc` is not modified. */
export function analyze(doc: Document, options: AnalyzeOptions): AnalyzeResult {
  const {
    article: extracted,
    readerable,
    warnings: pageWarnings = [],
  } = extractArticle(doc, { url: options.url, force: options.force });
  if (!extracted) return { ok: false, reason: 'not-article', readerable };
  const kind = pageKind(extracted);
  if (kind === 'listing' && options.force === false)
    return { ok: false, reason: 'not-article', readerable, listing: true };
  const article = visibleFacts(extracted);
  const ctx: FinderContext = { url: options.url, now: options.now, lang: articleLanguage(article.text, article.lang) };
  const { findings, warnings } = runFinders(doc, article, ctx);
  languageNote(ctx.lang, findings, warnings);
  warnings.unshift(...pageWarnings);
  if (kind !== 'article') warnings.unshift(KIND_WARNINGS[kind]);
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
  const ctx: FinderContext = { url: options.url, now: options.now, lang: articleLanguage(text, null) };
  const { findings, warnings } = runFinders(doc, article, ctx);
  languageNote(ctx.lang, findings, warnings);
  return { schema: 1, analyzedAt: options.now.toISOString(), article, findings, warnings };
}
