import type { FigureFinding } from '../utils/analysis/types';

type Props = {
  finding: FigureFinding;
  /** The figures of the same quantity whose value disagrees with this one (both places are marked). */
  conflictsWith?: readonly FigureFinding[];
  /** How many later mentions repeat this figure (same thing, same value); checked with it. */
  repeats?: number;
};

const CALENDAR = new Set<FigureFinding['figureKind']>(['date', 'time', 'year']);

/** The value the desk compares, written plainly; null when the text already says it. */
export function valueLabel(f: FigureFinding): string | null {
  if (f.range) return `${f.range[0].toLocaleString('en-GB')}–${f.range[1].toLocaleString('en-GB')}`;
  if (f.value === null) return null;
  if (CALENDAR.has(f.figureKind)) return f.figureKind === 'date' ? new Date(f.value).toISOString().slice(0, 10) : null;
  if (f.figureKind === 'approximate') return `~${f.value.toLocaleString('en-GB')}s`;
  return f.value.toLocaleString('en-GB', { maximumFractionDigits: 6 });
}

/** One figure with what it counts, its kind, value and qualifier, and any disagreement. */
export function FigureItem({ finding, conflictsWith = [], repeats = 0 }: Props) {
  const value = valueLabel(finding);
  const conflicted = conflictsWith.length > 0;
  return (
    <li
      class={conflicted ? 'finding figure conflict' : 'finding figure'}
      data-kind="figure"
      data-figure-kind={finding.figureKind}
    >
      <span class="figure-text">{finding.text}</span>
      {/* "5%" already says "%"; "800,000" still needs "people". */}
      {finding.unit && !finding.text.endsWith(finding.unit) && <span class="figure-unit"> {finding.unit}</span>}
      {/* What it counts, from its own sentence, so the list reads without a click. */}
      {finding.context && <span class="figure-context"> · {finding.context}</span>}
      <span class="figure-meta">
        <span class="badge">{finding.figureKind}</span>
        {finding.qualifier && <span class="badge">{finding.qualifier}</span>}
        {finding.change && <span class="badge">{finding.change}</span>}
        {value && value !== finding.text && <span class="figure-value">= {value}</span>}
        {repeats > 0 && (
          <span class="badge repeat" title={`Given ${repeats + 1} times in the article, checked once`}>
            ×{repeats + 1}
          </span>
        )}
      </span>
      {conflicted && (
        <span class="figure-conflict" role="note">
          <span class="badge warn">check</span> elsewhere: {conflictsWith.map((c) => c.text).join(', ')}
        </span>
      )}
    </li>
  );
}
