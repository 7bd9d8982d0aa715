/**
 * `--format md`: the clipping exactly as the extension exports it. The export
 * and store modules are loaded on first use so json runs never pay for them.
 */
import type { Analysis } from '../utils/analysis/types';

/** The Markdown export of `analysis`, as saved at `now`. */
export async function toMarkdown(analysis: Analysis, now: Date): Promise<string> {
  const [{ clippingFromAnalysis }, { clippingToMarkdown }, { sanitizeHtml }, { JSDOM }] = await Promise.all([
    import('../utils/store/clippings'),
    import('../utils/export/markdown'),
    import('../utils/sanitize'),
    // DOMPurify is only sound on a real DOM implementation; linkedom and happy-dom let payloads through.
    import('jsdom'),
  ]);
  const html = sanitizeHtml(analysis.article.html, new JSDOM('').window as unknown as Window, {
    baseUrl: analysis.article.url ?? analysis.article.canonicalUrl,
  });
  const clipping = clippingFromAnalysis(analysis, { html, now });
  const markdown = clippingToMarkdown(clipping);
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
}
