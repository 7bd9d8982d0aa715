import type { ComponentChildren } from 'preact';
import type { FlagState, FlagStatus } from '../utils/desk/model';
import { NoteEditor } from './NoteEditor';

/** The statuses a button sets, with their key and icon. "unchecked" is the absence of one (key u). */
export const STATUS_BUTTONS: readonly { status: FlagStatus; label: string; key: string; icon: string }[] = [
  { status: 'verified', label: 'Verified', key: 'v', icon: '✓' },
  { status: 'disputed', label: 'Disputed', key: 'd', icon: '✗' },
  { status: 'needs-source', label: 'Needs source', key: 'n', icon: '?' },
];

type Props = {
  id: string;
  state: FlagState | undefined;
  current: boolean;
  /** Shown in full (it was last shown on the page); other rows keep to one line. */
  full: boolean;
  /** The one row Tab reaches (roving focus); j/k move it. */
  tabbable: boolean;
  /** The note being written, when the editor is open (kept outside, so nothing typed is lost). */
  draft: string | null;
  /** Why "show on the page" failed for this flag, shown on the flag itself. */
  notice: string | null;
  /** Who set it and when, in a team ("Disputed by sam, 10:32"). */
  by?: string | null;
  /** The finding as its own item component renders it (an <li>). */
  children: ComponentChildren;
  /** More controls for this kind of flag, under its line (an unclear quote's speaker choice). */
  extra?: ComponentChildren;
  onLocate: () => void;
  onStatus: (status: FlagStatus) => void;
  onOpenNote: () => void;
  onDraft: (text: string) => void;
  onSaveNote: (note: string) => void;
  onCancelNote: () => void;
  onFocus: () => void;
};

/**
 * One flag in the panel, on one line: the finding as its list renders it, then icon
 * buttons for the statuses (v/d/n, again or u to reset) and the note, which opens on
 * demand. Clicking the finding shows it on the page.
 */
export function FlagRow(props: Props) {
  const { id, state, current, full, tabbable, draft, notice } = props;
  const status = state?.status ?? 'unchecked';
  const note = state?.note ?? '';
  const tab = tabbable ? 0 : -1;
  return (
    <li
      class={`flag-row${current ? ' current' : ''}${full ? ' full' : ''}`}
      data-nav={id}
      data-status={status}
      tabIndex={tab}
      onFocusIn={props.onFocus}
    >
      <div class="flag-line">
        <ul class="flag-finding" role="list" onClick={props.onLocate} title="Show on the page">
          {props.children}
        </ul>
        <div class="flag-controls" role="group" aria-label="Status">
          {STATUS_BUTTONS.map((b) => (
            <button
              key={b.status}
              type="button"
              class={`status-button ${b.status}`}
              aria-label={b.label}
              aria-pressed={status === b.status}
              aria-keyshortcuts={b.key}
              title={`${b.label} (${b.key}; again or u to reset)`}
              tabIndex={tab}
              onClick={() => props.onStatus(status === b.status ? 'unchecked' : b.status)}
            >
              <span aria-hidden="true">{b.icon}</span>
            </button>
          ))}
          <button
            type="button"
            class={`note-button${note ? ' has-note' : ''}`}
            aria-label={note ? 'Edit note' : 'Note'}
            title={note ? 'Edit the note' : 'Add a note'}
            aria-expanded={draft !== null}
            tabIndex={tab}
            onClick={() => (draft === null ? props.onOpenNote() : props.onCancelNote())}
          >
            <span aria-hidden="true">✎</span>
          </button>
        </div>
      </div>
      {props.extra}
      {props.by && <p class="flag-by">{props.by}</p>}
      {notice && (
        <p class="flag-notice" role="status">
          {notice}
        </p>
      )}
      {draft !== null ? (
        <NoteEditor
          label="Note on this flag"
          value={draft}
          onChange={props.onDraft}
          onSave={(value) => props.onSaveNote(value)}
          onCancel={props.onCancelNote}
        />
      ) : (
        note && <p class="flag-note">{note}</p>
      )}
    </li>
  );
}
