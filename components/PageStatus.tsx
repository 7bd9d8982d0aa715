import type { PageState } from '../utils/page-state';

type Props = { state: Exclude<PageState, { status: 'ready' }>; onAnalyzeAnyway: () => void; onRetry: () => void };

/** Everything the page view shows when there is no analysis to show. */
export function PageStatus({ state, onAnalyzeAnyway, onRetry }: Props) {
  switch (state.status) {
    case 'idle':
      return <p class="status">Open an article in this window to analyze it.</p>;
    case 'loading':
      return (
        <p class="status loading" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" /> Reading the page…
        </p>
      );
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
