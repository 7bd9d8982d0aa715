import type { ClippingSync } from '../utils/desk/desk-reducer';
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

/** How the saved clipping stands against the desk: every check is written to it as it is made. */
const SYNC_TEXT: Record<ClippingSync['sync'], string> = {
  saving: 'Saving your checks to the clipping…',
  saved: 'In the Library, up to date',
  error: 'Your last checks are not in the clipping yet.',
};

type Props = {
  state: SaveState;
  /** The saved clipping of this page the desk keeps up to date, if any. */
  sync: ClippingSync | null;
  onSave: () => void;
  onReplace: (id: number) => void;
  onKeepBoth: () => void;
  onOpen: (id: number) => void;
};

/** The save action for the current page, with duplicate handling and errors in plain words. */
export function SaveBar({ state, sync, onSave, onReplace, onKeepBoth, onOpen }: Props) {
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
          {sync ? (
            <p class="sync" data-sync={sync.sync} role="status">
              <span class="sync-mark" aria-hidden="true">
                {sync.sync === 'saved' ? '✓' : sync.sync === 'saving' ? '…' : '!'}
              </span>{' '}
              {SYNC_TEXT[sync.sync]}
              {sync.sync === 'error' && (
                <>
                  {' '}
                  <button type="button" class="link" onClick={onSave}>
                    Save again
                  </button>
                </>
              )}
              {state.status !== 'saved' && (
                <>
                  {' '}
                  <button type="button" class="link" onClick={() => onOpen(sync.id)}>
                    Open
                  </button>
                </>
              )}
            </p>
          ) : (
            <button type="button" class="primary" onClick={onSave} disabled={state.status === 'saving'}>
              {state.status === 'saving' ? 'Saving…' : 'Save clipping'}
            </button>
          )}
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
