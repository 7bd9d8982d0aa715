import type { Deadline } from './deadline';
import { articleFromText, extractArticle } from './extract';
import { FINDERS } from './finders';
import { articleLanguage, speakerRules } from './language';
import { KIND_WARNINGS, pageKind } from './page-kind';
import { finderSteps, runFinders, type FinderProgress, type FindersResult } from './run-finders';
import { visibleText } from './text';
import type { Analysis, Article, FinderContext, Finding } from './types';

export type { FinderProgress } from './run-finders';

export type AnalyzeOptions = {
  url: string | null;
  /** The clock, passed in so results are reproducible. */
  now: Date;
  /** Analyze even when Readability thinks the page is not an article. @default true */
  force?: boolean;
  /** The time budget: finders past it stop and say so in the warnings. @default none */
  deadline?: Deadline;
};

/** `listing` when the page is a front, section or listing page (many headlines, each a link). */
export type AnalyzeResult =
  { ok: true; analysis: Analysis } | { ok: false; reason: 'not-article'; readerable: boolean; listing?: true };

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

/** The analysis with its incomplete lists, when there are any. */
function withShortfalls(analysis: Analysis, result: FindersResult): Analysis {
  return result.shortfalls.length ? { ...analysis, shortfalls: result.shortfalls } : analysis;
}

/**
 * The whole pipeline as steps: extraction, then one step per finder and stretch of
 * text, each yielding the progress made, so a caller can yield to its user between
 * steps or stop. The result is what the generator returns. `doc` is not modified.
 */
export function* analysisSteps(doc: Document, options: AnalyzeOptions): Generator<FinderProgress, AnalyzeResult> {
  const {
    article: extracted,
    readerable,
    page,
    warnings: pageWarnings = [],
  } = extractArticle(doc, { url: options.url, force: options.force });
  if (!extracted) return { ok: false, reason: 'not-article', readerable };
  const kind = pageKind(extracted);
  if (kind === 'listing' && options.force === false)
    return { ok: false, reason: 'not-article', readerable, listing: true };
  const article = visibleFacts(extracted);
  const ctx: FinderContext = { url: options.url, now: options.now, lang: articleLanguage(article.text, article.lang) };
  const result = yield* finderSteps(FINDERS, page ?? doc, article, ctx, options.deadline);
  const { findings, warnings } = result;
  languageNote(ctx.lang, findings, warnings);
  warnings.unshift(...pageWarnings);
  if (kind !== 'article') warnings.unshift(KIND_WARNINGS[kind]);
  if (!readerable)
    warnings.unshift('Readability does not consider this page an article; results may include page furniture.');
  const analysis = { schema: 1 as const, analyzedAt: options.now.toISOString(), article, findings, warnings };
  return { ok: true, analysis: withShortfalls(analysis, result) };
}

/** The whole pipeline at once: page Document in, plain JSON out. `doc` is not modified. */
export function analyze(doc: Document, options: AnalyzeOptions): AnalyzeResult {
  const steps = analysisSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Plain text in (paragraphs separated by blank lines); `doc` is any Document the
 * finders may inspect (an empty one is fine: credits then finds nothing).
 */
export function analyzeText(text: string, doc: Document, options: Omit<AnalyzeOptions, 'force'>): Analysis {
  const article = articleFromText(text, options.url);
  const ctx: FinderContext = { url: options.url, now: options.now, lang: articleLanguage(text, null) };
  const result = runFinders(FINDERS, doc, article, ctx, options.deadline);
  languageNote(ctx.lang, result.findings, result.warnings);
  const analysis = {
    schema: 1 as const,
    analyzedAt: options.now.toISOString(),
    article,
    findings: result.findings,
    warnings: result.warnings,
  };
  return withShortfalls(analysis, result);
}
