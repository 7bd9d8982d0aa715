import type { FigureFinding } from '../analysis/types';
import type { ExportContext } from './markdown-context';
import { escapeCell } from './markdown-escape';

function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(value);
}

function figureRow(figure: FigureFinding): string {
  const { qualifier, text } = figure;
  const written = qualifier && !text.toLowerCase().includes(qualifier.toLowerCase()) ? `${qualifier} ${text}` : text;
  const value = figure.range
    ? `${formatNumber(figure.range[0])}–${formatNumber(figure.range[1])}`
    : figure.value === null
      ? ''
      : formatNumber(figure.value);
  const cells = [written, figure.unit ?? '', figure.figureKind, value].map(escapeCell);
  return `| ${cells.join(' | ')} |`;
}

/** The body of the Figures section, a GFM table: empty when there are none. */
export function figuresSection(figures: FigureFinding[], _ctx: ExportContext): string {
  if (!figures.length) return '';
  return ['| Figure | What it counts | Kind | Value |', '| --- | --- | --- | --- |', ...figures.map(figureRow)].join(
    '\n',
  );
}
