import type { HighlightKind } from '../utils/desk/highlight-style';
import { HIGHLIGHT_KINDS } from '../utils/desk/highlight-style';

const KIND_LABELS: Record<HighlightKind, string> = {
  quote: 'Quotes',
  figure: 'Figures',
  credit: 'Credits',
  annotation: 'Annotations',
};

type Props = {
  checked: number;
  total: number;
  leftOnly: boolean;
  hidden: readonly HighlightKind[];
  onLeftOnly: () => void;
  onToggleKind: (kind: HighlightKind) => void;
  onAnnotate: () => void;
};

/** Progress through the flags, the "left to check" filter, the page colours and the annotate button. */
export function DeskToolbar({ checked, total, leftOnly, hidden, onLeftOnly, onToggleKind, onAnnotate }: Props) {
  return (
    <div class="desk-bar" role="region" aria-label="Checking">
      <div class="progress-row">
        <span class="progress-label" id="desk-progress">
          {checked} of {total} checked
        </span>
        <progress max={Math.max(total, 1)} value={checked} aria-labelledby="desk-progress" />
      </div>
      <div class="row">
        <button type="button" class="chip" aria-pressed={leftOnly} onClick={onLeftOnly}>
          Left to check ({total - checked})
        </button>
        <button type="button" class="annotate-button" aria-keyshortcuts="a" onClick={onAnnotate}>
          Annotate selection
        </button>
      </div>
      <fieldset class="legend">
        <legend>Show on page</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label key={kind} class="legend-item" data-kind={kind}>
            <input type="checkbox" checked={!hidden.includes(kind)} onChange={() => onToggleKind(kind)} />
            <span class="swatch" aria-hidden="true" />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
