import type { ComponentChildren } from 'preact';
import type { FlagState } from '../utils/desk/model';
import { statusChoice } from './status';

type Props = {
  state: FlagState | undefined;
  /** Who set it and when, in a team ("Disputed by sam, 10:32"). */
  by?: string | null;
  /** The finding as its own item component renders it (an <li>). */
  children: ComponentChildren;
};

/** A flag of a saved clipping as the editor left it: the finding, its status and its note. Read only. */
export function SavedFlag({ state, by, children }: Props) {
  const status = state?.status ?? 'unchecked';
  return (
    <li class="saved-flag" data-status={status}>
      <ul class="flag-finding" role="list">
        {children}
      </ul>
      {(status !== 'unchecked' || state?.note || state?.speaker) && (
        <p class="saved-flag-state">
          {status !== 'unchecked' && <span class={`status-badge ${status}`}>{statusChoice(status).label}</span>}
          {state?.speaker && <span class="saved-flag-speaker">Speaker (editor’s choice): {state.speaker}</span>}
          {state?.note && <span class="saved-flag-note">{state.note}</span>}
        </p>
      )}
      {state && by && <p class="flag-by">{by}</p>}
    </li>
  );
}
