import TurndownService from 'turndown';
import { stringify } from 'yaml';
import { resolveUrl } from '../analysis/resolve-url';
import type { CreditFinding, FigureFinding, QuoteFinding } from '../analysis/types';
import type { Clipping } from '../store/schema';
import { escapeCell, escapeInline, escapeLinkUrl } from './markdown-escape';

const NONE = 'None found.';

/**
 * The HTML-to-Markdown converter the export uses unless given another. Relative image
 * and link URLs (left by a Node DOM) are resolved against `baseUrl`, so they still work
 * once the file leaves the page.
 */
export function createTurndown(baseUrl: string | null = null): TurndownService {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  // Plain Turndown flattens tables into loose text; kept as (sanitized) HTML they stay tables.
  turndown.keep(['table']);
  turndown.addRule('absolute-image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const src = resolveUrl(img.getAttribute('src'), baseUrl);
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').replace(/[[\]\\]/g, '\\$&');
      return src ? `![${alt}](${escapeLinkUrl(src)})` : '';
    },
  });
  turndown.addRule('absolute-link', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = resolveUrl((node as HTMLElement).getAttribute('href'), baseUrl);
      return href && content.trim() ? `[${content}](${escapeLinkUrl(href)})` : content;
    },
  });
  return turndown;
}

export type MarkdownOptions = {
  /** @default createTurndown() */
  turndown?: TurndownService;
};

function frontMatter(clipping: Clipping): string {
  const data = {
    title: clipping.title,
    source: clipping.url || null,
    canonical: clipping.canonicalUrl,
    site: clipping.siteName,
    author: clipping.byline,
    published: clipping.publishedTime,
    clipped: clipping.clippedAt,
    tags: clipping.tags,
    word_count: clipping.wordCount,
  };
  // lineWidth 0: long titles stay on one line instead of being folded.
  return `---\n${stringify(data, { lineWidth: 0 })}---`;
}

function quoteBlock(quote: QuoteFinding): string {
  const notes = [quote.cue, quote.partial ? 'partial' : null].filter(Boolean).join(', ');
  const who = quote.speaker ? escapeInline(quote.speaker) : 'Unattributed';
  // The blank line keeps the attribution out of the blockquote (lazy continuation).
  return `> ${escapeInline(quote.text)}\n\n— ${who}${notes ? ` (${escapeInline(notes)})` : ''}`;
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(value);
}

function figureRow(figure: FigureFinding): string {
  const { qualifier, text } = figure;
  const written = qualifier && !text.toLowerCase().includes(qualifier.toLowerCase()) ? `${qualifier} ${text}` : text;
  const value = figure.range
    ? `${formatNumber(figure.range[0])}–${formatNumber(figure.range[1])}`
    : figure.value === null
      ? ''
      : formatNumber(figure.value);
  const cells = [written, figure.unit ?? '', figure.figureKind, value].map(escapeCell);
  return `| ${cells.join(' | ')} |`;
}

function figureTable(figures: FigureFinding[]): string {
  return ['| Figure | What it counts | Kind | Value |', '| --- | --- | --- | --- |', ...figures.map(figureRow)].join(
    '\n',
  );
}

function creditItem(credit: CreditFinding): string {
  const caption = credit.caption ? escapeInline(credit.caption) : '_No caption_';
  const holder = credit.credit ? escapeInline(credit.credit) : '**No credit**';
  const link = credit.image && /^https?:\/\//i.test(credit.image) ? ` ([image](${escapeLinkUrl(credit.image)}))` : '';
  return `- ${caption} — ${holder}${link}`;
}

function section(heading: string, body: string): string {
  return `## ${heading}\n\n${body.trim() ? body : NONE}`;
}

/** The clipping as a Markdown document: YAML front matter, findings, then the article. */
export function clippingToMarkdown(clipping: Clipping, options: MarkdownOptions = {}): string {
  const quotes = clipping.findings.filter((f): f is QuoteFinding => f.kind === 'quote');
  const figures = clipping.findings.filter((f): f is FigureFinding => f.kind === 'figure');
  const credits = clipping.findings.filter((f): f is CreditFinding => f.kind === 'credit');
  const turndown = options.turndown ?? createTurndown(clipping.url || null);
  const title = escapeInline(clipping.title) || 'Untitled article';

  return [
    frontMatter(clipping),
    `# ${title}`,
    section('Quotes', quotes.map(quoteBlock).join('\n\n')),
    section('Figures', figures.length ? figureTable(figures) : ''),
    section('Image credits', credits.map(creditItem).join('\n')),
    section('Article', clipping.html.trim() ? turndown.turndown(clipping.html) : ''),
  ]
    .join('\n\n')
    .concat('\n');
}
