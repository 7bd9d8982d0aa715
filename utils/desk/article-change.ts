/**
 * Whether a second reading of the same page found the same article, and if not, what
 * changed, in the words the panel offers the new version with ("2 quotes added").
 * Late-loading pictures, ads and widgets change the page but not the article: the same
 * text, or the same findings, is the same article and the desk stays as it is.
 */
import type { Analysis, Finding, FindingKind } from '../analysis/types';
import { quoteOf } from './anchor';

export type ArticleChange = { same: true } | { same: false; summary: string };

const NOUNS: Record<FindingKind, [string, string]> = {
  quote: ['quote', 'quotes'],
  figure: ['figure', 'figures'],
  credit: ['image credit', 'image credits'],
};

function wordsOf(f: Finding): string {
  return `${f.kind}\u0000${quoteOf(f.selectors)?.exact ?? f.id}`;
}

/** How many of each finding (by kind and words) a list holds. */
function tally(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(wordsOf(f), (counts.get(wordsOf(f)) ?? 0) + 1);
  return counts;
}

function counted(n: number, kind: FindingKind, verb: string): string {
  const [one, many] = NOUNS[kind];
  return `${n} ${n === 1 ? one : many} ${verb}`;
}

/** Compares the analysis on show with a fresh one of the same page. */
export function articleChange(shown: Analysis, fresh: Analysis): ArticleChange {
  if (shown.article.text === fresh.article.text) return { same: true };
  const before = tally(shown.findings);
  const after = tally(fresh.findings);
  const added = new Map<FindingKind, number>();
  const removed = new Map<FindingKind, number>();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const kind = key.slice(0, key.indexOf('\u0000')) as FindingKind;
    const diff = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (diff > 0) added.set(kind, (added.get(kind) ?? 0) + diff);
    if (diff < 0) removed.set(kind, (removed.get(kind) ?? 0) - diff);
  }
  // The same findings in a text that only moved (a caption, a related-links box): same article.
  if (!added.size && !removed.size && shown.article.title === fresh.article.title) return { same: true };
  const parts: string[] = [];
  for (const kind of ['quote', 'figure', 'credit'] as const) {
    if (added.get(kind)) parts.push(counted(added.get(kind)!, kind, 'added'));
    if (removed.get(kind)) parts.push(counted(removed.get(kind)!, kind, 'removed'));
  }
  if (shown.article.title !== fresh.article.title) parts.unshift('new headline');
  return { same: false, summary: parts.join(', ') };
}
