/**
 * `--format md`: the clipping exactly as the extension exports it. The export
 * and store modules are loaded on first use so json runs never pay for them.
 */
import type { Analysis } from '../utils/analysis/types';

/** The Markdown export of `analysis`, as saved at `now`. */
export async function toMarkdown(analysis: Analysis, now: Date): Promise<string> {
  const [{ clippingFromAnalysis }, { clippingToMarkdown }] = await Promise.all([
    import('../utils/store/clippings'),
    import('../utils/export/markdown'),
  ]);
  const clipping = clippingFromAnalysis(analysis, { html: analysis.article.html, now });
  const markdown = clippingToMarkdown(clipping);
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
}
