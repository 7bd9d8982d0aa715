/**
 * Carries the editor's work over to a fresh analysis of the page: annotations are
 * re-anchored in the new article text, flag states are matched to the new findings.
 * Nothing is dropped: what cannot be placed comes back as an orphan, with its text.
 */
import type { Finding } from '../analysis/types';
import { anchorSelectors, quoteOf, type Anchor } from './anchor';
import type { MatchOptions } from './match-quote';
import type { Annotation, FlagState } from './model';

/** An annotation and where it lies in the current text (null: orphaned). */
export type AnchoredAnnotation = {
  annotation: Annotation;
  anchor: Anchor | null;
  /** The words it covers now; an orphan keeps the words it was made on. */
  text: string;
};

/** Re-anchors every annotation in `text`, in document order, orphans last. */
export function reanchorAnnotations(
  text: string,
  annotations: readonly Annotation[],
  options: MatchOptions = {},
): AnchoredAnnotation[] {
  const placed = annotations.map((annotation): AnchoredAnnotation => {
    const anchor = anchorSelectors(text, annotation.selectors, options);
    return {
      annotation,
      anchor,
      text: anchor ? text.slice(anchor.start, anchor.end) : (quoteOf(annotation.selectors)?.exact ?? ''),
    };
  });
  return placed.sort((a, b) => (a.anchor?.start ?? Infinity) - (b.anchor?.start ?? Infinity));
}

/** Saved flag states matched to the findings of a new analysis. */
export type FlagMatch = {
  /** Re-keyed to the current finding ids and selectors. */
  matched: FlagState[];
  /** States whose finding is no longer found on the page. */
  orphans: FlagState[];
};

function overlap(a: { start: number; end: number }, f: Finding): number {
  if (f.start === null || f.end === null) return 0;
  return Math.min(a.end, f.end) - Math.max(a.start, f.start);
}

function sameWords(state: FlagState, finding: Finding): boolean {
  const a = quoteOf(state.selectors)?.exact;
  return a !== undefined && a === quoteOf(finding.selectors)?.exact;
}

/** Finds the finding a saved state was set on: same id and words, else where its selectors anchor now. */
function findingFor(state: FlagState, findings: readonly Finding[], text: string, options: MatchOptions) {
  const candidates = findings.filter((f) => f.kind === state.kind);
  const byId = candidates.find((f) => f.id === state.findingId);
  if (byId && sameWords(state, byId)) return byId;
  const anchor = anchorSelectors(text, state.selectors, options);
  if (anchor) {
    const best = candidates
      .map((f) => ({ f, o: overlap(anchor, f) }))
      .filter((c) => c.o > 0)
      .sort((a, b) => b.o - a.o)[0];
    if (best) return best.f;
  }
  // Credits outside the article text have no position: their words are all there is.
  return candidates.find((f) => sameWords(state, f));
}

/** Matches saved states to `findings` (anchored in `text`); the newest state wins a finding claimed twice. */
export function matchFlags(
  states: readonly FlagState[],
  findings: readonly Finding[],
  text: string,
  options: MatchOptions = {},
): FlagMatch {
  const byFinding = new Map<string, FlagState>();
  const orphans: FlagState[] = [];
  const newestFirst = [...states].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  for (const state of newestFirst) {
    const finding = findingFor(state, findings, text, options);
    if (!finding) orphans.push(state);
    else if (!byFinding.has(finding.id)) {
      byFinding.set(finding.id, { ...state, findingId: finding.id, selectors: finding.selectors });
    }
  }
  return { matched: [...byFinding.values()], orphans };
}
