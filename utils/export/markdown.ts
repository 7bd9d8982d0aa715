import TurndownService from 'turndown';
import { Scalar, stringify } from 'yaml';
import { lowerBound, upperBound } from '../analysis/sorted';
import { safeUrl } from '../analysis/resolve-url';
import type { CreditFinding, FigureFinding, QuoteFinding } from '../analysis/types';
import type { Clipping } from '../store/schema';
import { NONE, type ExportContext } from './markdown-context';
import { annotationsSection } from './markdown-annotations';
import { creditsSection } from './markdown-credits';
import { escapeInline, escapeLinkUrl } from './markdown-escape';
import { figuresSection } from './markdown-figures';
import { quotesSection } from './markdown-quotes';
import { textFragmentLink } from './text-fragment';

/** Anything Turndown's own escaping would change (its rules: these characters, or these at the start). */
const TURNDOWN_ESCAPES = /[\\*`[\]_]|^[-+=#~>\d]/;
/**
 * What Turndown leaves alone but a Markdown renderer would read as markup: `<` opening
 * an HTML tag (page text such as "<img src=x onerror=…>" would render live) and `&`
 * starting an entity. Backslash-escaped they read as the characters they are.
 */
const HTML_START = /<|&(?=#?[a-z0-9]+;)/gi;

/**
 * The HTML-to-Markdown converter the export uses unless given another. Relative image
 * and link URLs (left by a Node DOM) are resolved against `baseUrl`, so they still work
 * once the file leaves the page; anything but http(s) is dropped (link text kept). A function is asked at each conversion, so one converter
 * serves a whole zip of clippings from different pages.
 */
export function createTurndown(baseUrl: string | null | (() => string | null) = null): TurndownService {
  const base = typeof baseUrl === 'function' ? baseUrl : () => baseUrl;
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  // Turndown runs a dozen replaces on every text node; most text has nothing they touch.
  const escape = turndown.escape.bind(turndown);
  turndown.escape = (text: string) => (TURNDOWN_ESCAPES.test(text) ? escape(text) : text).replace(HTML_START, '\\$&');
  // Plain Turndown flattens tables into loose text; kept as (sanitized) HTML they stay tables.
  turndown.keep(['table']);
  turndown.addRule('absolute-image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const src = safeUrl(img.getAttribute('src'), base());
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').replace(/[[\]\\<]/g, '\\$&');
      return src ? `![${alt}](${escapeLinkUrl(src)})` : '';
    },
  });
  turndown.addRule('absolute-link', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = safeUrl((node as HTMLElement).getAttribute('href'), base());
      return href && content.trim() ? `[${content}](${escapeLinkUrl(href)})` : content;
    },
  });
  return turndown;
}

export type MarkdownOptions = {
  /** @default createTurndown() */
  turndown?: TurndownService;
  /** @default contextFor(clipping) */
  context?: ExportContext;
};

/**
 * A front-matter text value. One holding `<` is written double-quoted with each `<` as
 * `\x3C` (YAML reads it back as `<`), so a renderer that shows front matter as text
 * (plain CommonMark does) never meets an HTML tag in it.
 */
function yamlText(value: string | null): string | Scalar | null {
  if (value === null || !value.includes('<')) return value;
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function frontMatter(clipping: Clipping): string {
  const data = {
    title: yamlText(clipping.title),
    // Addresses as the URL parser writes them, http(s) only.
    source: safeUrl(clipping.url),
    canonical: safeUrl(clipping.canonicalUrl),
    site: yamlText(clipping.siteName),
    author: yamlText(clipping.byline),
    published: yamlText(clipping.publishedTime),
    clipped: clipping.clippedAt,
    tags: clipping.tags.map(yamlText),
    word_count: clipping.wordCount,
  };
  // lineWidth 0: long titles stay on one line instead of being folded. Only double-quoted
  // scalars can hold a `<` here (URLs are percent-encoded), and \x3C is an escape there.
  return `---\n${stringify(data, { lineWidth: 0 }).replace(/</g, '\\x3C')}---`;
}

/** Where each "\n\n" paragraph break of `text` starts, in order. */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 1)) breaks.push(at);
  return breaks;
}

/** The last break at or before `offset` (as lastIndexOf), or -1. */
function breakBefore(breaks: readonly number[], offset: number): number {
  const i = upperBound(breaks, offset);
  return i > 0 ? breaks[i - 1]! : -1;
}

/** The first break at or after `offset` (as indexOf), or -1. */
function breakAfter(breaks: readonly number[], offset: number): number {
  const i = lowerBound(breaks, offset);
  return i < breaks.length ? breaks[i]! : -1;
}

/** Finds the sentence around a finding in the clipping text; falls back to the finding's quote. */
function contextIn(text: string): ExportContext['contextOf'] {
  // Several findings share a paragraph: find the breaks once and clean each paragraph once.
  let breaks: number[] | null = null;
  const paragraphs = new Map<number, string>();
  return (finding) => {
    if (finding.start === null || finding.end === null) return '';
    breaks ??= paragraphBreaks(text);
    const before = breakBefore(breaks, finding.start);
    const after = breakAfter(breaks, finding.end);
    // Both ends are break positions (or -1 / past the end): one number names the pair.
    const key = (before + 1) * (text.length + 2) + (after + 1);
    let paragraph = paragraphs.get(key);
    if (paragraph === undefined) {
      paragraph = text
        .slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after)
        .replace(/\s+/g, ' ')
        .trim();
      paragraphs.set(key, paragraph);
    }
    return paragraph;
  };
}

/** The export context of a stored clipping: its flag states, and text-fragment links to the source. */
export function contextFor(clipping: Clipping): ExportContext {
  const states = new Map((clipping.flags ?? []).map((s) => [s.findingId, s]));
  return {
    stateOf: (f) => states.get(f.id),
    linkTo: (f) => textFragmentLink(clipping.url, f),
    contextOf: contextIn(clipping.text),
  };
}

function section(heading: string, body: string): string {
  return `## ${heading}\n\n${body.trim() ? body : NONE}`;
}

/** The clipping as a Markdown document: YAML front matter, findings, then the article. */
export function clippingToMarkdown(clipping: Clipping, options: MarkdownOptions = {}): string {
  const quotes = clipping.findings.filter((f): f is QuoteFinding => f.kind === 'quote');
  const figures = clipping.findings.filter((f): f is FigureFinding => f.kind === 'figure');
  const credits = clipping.findings.filter((f): f is CreditFinding => f.kind === 'credit');
  const ctx = options.context ?? contextFor(clipping);
  const turndown = options.turndown ?? createTurndown(clipping.url || null);
  const title = escapeInline(clipping.title) || 'Untitled article';

  return [
    frontMatter(clipping),
    `# ${title}`,
    section('Quotes', quotesSection(quotes, ctx)),
    section('Figures', figuresSection(figures, ctx)),
    section('Image credits', creditsSection(credits, ctx)),
    ...[annotationsSection(clipping, ctx)].filter(Boolean).map((body) => section('Annotations', body)),
    section('Article', clipping.html.trim() ? turndown.turndown(clipping.html) : ''),
  ]
    .join('\n\n')
    .concat('\n');
}
