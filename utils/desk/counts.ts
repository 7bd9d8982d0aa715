/**
 * How many flags of each kind a page has, counted one way everywhere (the Page tab, the
 * Library row, the clipping view, the Markdown): a figure repeated later in the article
 * is one flag, checked with its first mention.
 */
import { repeatsByFirst } from '../analysis/figures/repeats';
import type { FigureFinding, Finding } from '../analysis/types';

export type FindingCounts = { quotes: number; figures: number; credits: number };

export function findingCounts(findings: readonly Finding[]): FindingCounts {
  let quotes = 0;
  let credits = 0;
  const figures: FigureFinding[] = [];
  for (const f of findings) {
    if (f.kind === 'quote') quotes++;
    else if (f.kind === 'figure') figures.push(f);
    else credits++;
  }
  return { quotes, figures: repeatsByFirst(figures).size, credits };
}
