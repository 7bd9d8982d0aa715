import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FlagState, FlagStatus } from '../utils/desk/model';
import { NoteEditor } from './NoteEditor';

/** The statuses a button sets, with their key. "unchecked" is the absence of one (key u). */
export const STATUS_BUTTONS: readonly { status: FlagStatus; label: string; key: string }[] = [
  { status: 'verified', label: 'Verified', key: 'v' },
  { status: 'disputed', label: 'Disputed', key: 'd' },
  { status: 'needs-source', label: 'Needs source', key: 'n' },
];

type Props = {
  id: string;
  state: FlagState | undefined;
  current: boolean;
  /** The one row Tab reaches (roving focus); j/k move it. */
  tabbable: boolean;
  /** The finding as its own item component renders it (an <li>). */
  children: ComponentChildren;
  onLocate: () => void;
  onStatus: (status: FlagStatus) => void;
  onNote: (note: string) => void;
  onFocus: () => void;
};

/**
 * One flag in the panel: the finding as its list renders it, plus the editor's status
 * buttons and note. Clicking the finding shows it on the page.
 */
export function FlagRow({ id, state, current, tabbable, children, onLocate, onStatus, onNote, onFocus }: Props) {
  const status = state?.status ?? 'unchecked';
  const note = state?.note ?? '';
  const [editing, setEditing] = useState(false);
  return (
    <li
      class={`flag-row${current ? ' current' : ''}`}
      data-nav={id}
      data-status={status}
      tabIndex={tabbable ? 0 : -1}
      onFocusIn={onFocus}
    >
      <ul class="flag-finding" role="list" onClick={onLocate} title="Show on the page">
        {children}
      </ul>
      <div class="flag-controls">
        <div class="status-group" role="group" aria-label="Status">
          {STATUS_BUTTONS.map((b) => (
            <button
              key={b.status}
              type="button"
              class={`status-button ${b.status}`}
              aria-pressed={status === b.status}
              aria-keyshortcuts={b.key}
              title={`${b.label} (${b.key}; again or u to reset)`}
              tabIndex={tabbable ? 0 : -1}
              onClick={() => onStatus(status === b.status ? 'unchecked' : b.status)}
            >
              {b.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="note-button"
          aria-expanded={editing}
          tabIndex={tabbable ? 0 : -1}
          onClick={() => setEditing(!editing)}
        >
          {note ? 'Edit note' : 'Note'}
        </button>
      </div>
      {editing ? (
        <NoteEditor
          label="Note on this flag"
          value={note}
          onSave={(value) => {
            onNote(value);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        note && <p class="flag-note">{note}</p>
      )}
    </li>
  );
}
