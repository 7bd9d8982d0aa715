import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { FlagState, FlagStatus } from '../utils/desk/model';
import { NoteEditor } from './NoteEditor';
import { StatusMenu } from './StatusMenu';

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
 * One flag in the panel, on one line: the finding as its list renders it (a quote leads
 * with its speaker), then one status control showing the status, whose menu sets it
 * (or v/d/n/u on the flag) and opens the note on demand. A note already written shows
 * under the line. Clicking the finding shows it on the page.
 */
export function FlagRow(props: Props) {
  const { id, state, current, full, tabbable, draft, notice } = props;
  const status = state?.status ?? 'unchecked';
  const note = state?.note ?? '';
  const row = useRef<HTMLLIElement>(null);
  return (
    <li
      ref={row}
      class={`flag-row${current ? ' current' : ''}${full ? ' full' : ''}`}
      data-nav={id}
      data-status={status}
      tabIndex={tabbable ? 0 : -1}
      onFocusIn={props.onFocus}
    >
      <div class="flag-line">
        <ul class="flag-finding" role="list" onClick={props.onLocate} title="Show on the page">
          {props.children}
        </ul>
        <StatusMenu
          status={status}
          hasNote={!!note}
          tabbable={tabbable}
          onStatus={props.onStatus}
          onNote={() => {
            // Already open: the menu's "note" goes back to what is being typed.
            if (draft !== null) row.current?.querySelector('textarea')?.focus();
            else props.onOpenNote();
          }}
        />
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
