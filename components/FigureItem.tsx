import type { FigureFinding } from '../utils/analysis/types';

function valueLabel(f: FigureFinding): string | null {
  if (f.range) return `${f.range[0].toLocaleString()}–${f.range[1].toLocaleString()}`;
  if (f.value === null) return null;
  if (f.figureKind === 'date' || f.figureKind === 'time' || f.figureKind === 'year') return null;
  return f.value.toLocaleString();
}

/** One figure with what it counts and the value the desk can compare. */
export function FigureItem({ finding }: { finding: FigureFinding }) {
  const value = valueLabel(finding);
  return (
    <li class="finding figure" data-kind="figure">
      <span class="figure-text">{finding.text}</span>
      {finding.unit && <span class="figure-unit"> {finding.unit}</span>}
      <span class="figure-meta">
        <span class="badge">{finding.figureKind}</span>
        {finding.qualifier && <span class="badge">{finding.qualifier}</span>}
        {value && value !== finding.text && <span class="figure-value">= {value}</span>}
      </span>
    </li>
  );
}
