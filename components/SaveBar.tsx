import { formatDateTime } from './format';

/**
 * What a save did: a first copy, the saved copy updated in place (page unchanged), or a
 * new version linked to the saved copy, which is kept (page changed since).
 */
export type SaveOutcome = 'saved' | 'updated' | 'new-version';

/** Where saving stands; 'exists' asks before a second copy of the same page is made. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; id: number; outcome: SaveOutcome }
  | { status: 'exists'; id: number; clippedAt: string }
  | { status: 'error'; message: string };

const SAVED_TEXT: Record<SaveOutcome, string> = {
  saved: 'Saved.',
  updated: 'Updated.',
  'new-version': 'The page changed, so it was saved as a new version; the earlier copy is kept.',
};

type Props = {
  state: SaveState;
  onSave: () => void;
  onReplace: (id: number) => void;
  onKeepBoth: () => void;
  onOpen: (id: number) => void;
};

/** The save action for the current page, with duplicate handling and errors in plain words. */
export function SaveBar({ state, onSave, onReplace, onKeepBoth, onOpen }: Props) {
  return (
    <div class="save-bar" role="region" aria-label="Save">
      {state.status === 'exists' ? (
        <div class="save-question" role="alert">
          <p>You saved this page on {formatDateTime(state.clippedAt)}.</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => onReplace(state.id)}>
              Update saved copy
            </button>
            <button type="button" onClick={onKeepBoth}>
              Keep both
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="button" class="primary" onClick={onSave} disabled={state.status === 'saving'}>
            {state.status === 'saving' ? 'Saving…' : 'Save clipping'}
          </button>
          {state.status === 'saved' && (
            <p class="save-done" role="status">
              {SAVED_TEXT[state.outcome]}{' '}
              <button type="button" class="link" onClick={() => onOpen(state.id)}>
                Open in Library
              </button>
            </p>
          )}
          {state.status === 'error' && (
            <p class="save-error" role="alert">
              {state.message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
