import type { FinderProgress } from '../utils/analysis/run-finders';
import type { PageState } from '../utils/page-state';

type Props = {
  state: Exclude<PageState, { status: 'ready' }>;
  onAnalyzeAnyway: () => void;
  onRetry: () => void;
  /** Ends the reading under way, keeping what it found. */
  onStop: () => void;
};

/** Everything the page view shows when there is no analysis to show. */
export function PageStatus({ state, onAnalyzeAnyway, onRetry, onStop }: Props) {
  switch (state.status) {
    case 'idle':
      return <p class="status">Open an article in this window to analyze it.</p>;
    case 'loading':
      return <Reading progress={state.progress} onStop={onStop} />;
    case 'not-article':
      return (
        <div class="status notice" role="status">
          <h2>This page does not look like an article</h2>
          <p>
            {state.listing
              ? 'It reads like a front page or a list of stories (many headlines, each a link), so Copydesk has not analyzed it.'
              : state.readerable
                ? 'Copydesk could not find an article’s text on this page.'
                : 'It reads like a home page, index or app rather than a story, so Copydesk has not analyzed it.'}
          </p>
          <button type="button" class="primary" onClick={onAnalyzeAnyway}>
            Analyze anyway
          </button>
        </div>
      );
    case 'blocked':
      return (
        <div class="status notice" role="status" data-problem={state.problem.kind}>
          <h2>Copydesk can’t read this page</h2>
          <p>{state.problem.message}</p>
        </div>
      );
    case 'error':
      return (
        <div class="status error" role="alert">
          <h2>Something went wrong</h2>
          <p>{state.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}

/** Share of the finders' work done, from 0 to 1: each finder counts the same, its stretches evenly. */
export function progressShare(p: FinderProgress): number {
  return (p.finder - 1 + p.done / Math.max(p.total, 1)) / Math.max(p.finders, 1);
}

/**
 * A reading under way: which list is being read and how far, and a Stop button that shows
 * what was found so far (the lists not read to the end say so).
 */
function Reading({ progress, onStop }: { progress: FinderProgress | undefined; onStop: () => void }) {
  // Told after each step: the list last read from, and how far when it is read in parts.
  const told = !progress
    ? ''
    : progress.total > 1
      ? `${progress.label}: ${progress.done} of ${progress.total} parts read`
      : `${progress.label} read`;
  return (
    <div class="status loading reading">
      <p role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true" /> Reading the page…
        {told && <span class="reading-step"> {told}</span>}
      </p>
      <progress
        aria-label="Reading the page"
        max={100}
        value={progress ? Math.round(progressShare(progress) * 100) : undefined}
      />
      <button type="button" onClick={onStop}>
        Stop
      </button>
    </div>
  );
}
