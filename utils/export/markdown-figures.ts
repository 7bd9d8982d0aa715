import { repeatsByFirst } from '../analysis/figures/repeats';
import type { FigureFinding } from '../analysis/types';
import { statusLabel, type ExportContext } from './markdown-context';
import { escapeInline, escapeLinkUrl } from './markdown-escape';

// Built once: constructing a formatter per figure dominated exporting thousands of clippings.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** The figure as written, with its qualifier when the text leaves it out, and the value compared. */
function figureCell(figure: FigureFinding, link: string | null): string {
  const { qualifier, text } = figure;
  const written = qualifier && !text.toLowerCase().includes(qualifier.toLowerCase()) ? `${qualifier} ${text}` : text;
  const calendar = figure.figureKind === 'date' || figure.figureKind === 'time' || figure.figureKind === 'year';
  const value = figure.range
    ? `${formatNumber(figure.range[0])}–${formatNumber(figure.range[1])}`
    : figure.value === null || calendar
      ? ''
      : formatNumber(figure.value);
  const shown = escapeInline(written);
  const linked = link ? `[${shown}](${escapeLinkUrl(link)})` : shown;
  return value && value !== text ? `${linked} (= ${escapeInline(value)})` : linked;
}

/** "people (count, rise)": what the figure counts, then its kind and direction. */
function countsCell(figure: FigureFinding): string {
  const kind = [figure.figureKind, figure.change].filter(Boolean).join(', ');
  return escapeInline(figure.unit ? `${figure.unit} (${kind})` : kind);
}

/** The sentence of `paragraph` that holds `exact`; the whole paragraph when it cannot tell. */
export function sentenceAround(paragraph: string, exact: string): string {
  const at = paragraph.indexOf(exact);
  if (at < 0) return paragraph;
  // A sentence ends at . ! ? (and a closing mark) followed by a space and a capital or an opening mark.
  const ends = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  let end = paragraph.length;
  for (const m of paragraph.matchAll(ends)) {
    const stop = m.index + m[0].length;
    if (stop <= at) start = stop;
    else if (m.index >= at + exact.length) {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return paragraph.slice(start, end).trim();
}

function conflictsCell(figure: FigureFinding, byId: ReadonlyMap<string, FigureFinding>): string {
  const others = figure.conflicts.map((id) => byId.get(id)?.text).filter((t): t is string => !!t);
  return others.length ? escapeInline(`differs from ${others.join(', ')}`) : '';
}

/**
 * The body of the Figures section, a GFM table with the figure, what it counts, the
 * sentence it sits in, the editor's status and any disagreement with another figure of the
 * same quantity. Figures that disagree come first; empty when there are none.
 */
export function figuresSection(figures: FigureFinding[], ctx: ExportContext): string {
  if (!figures.length) return '';
  const byId = new Map(figures.map((f) => [f.id, f]));
  // A repeat of a listed figure is one row with its first mention, marked "×n".
  const repeats = repeatsByFirst(figures);
  const listed = figures.filter((f) => repeats.has(f.id));
  const ordered = [...listed].sort((a, b) => Number(b.conflicts.length > 0) - Number(a.conflicts.length > 0));
  const rows = ordered.map((f) => {
    const times = (repeats.get(f.id)?.length ?? 0) + 1;
    const cells = [
      figureCell(f, ctx.linkTo(f)) + (times > 1 ? ` (×${times})` : ''),
      countsCell(f),
      escapeInline(sentenceAround(ctx.contextOf(f), f.text)),
      escapeInline(statusLabel(ctx.stateOf(f))),
      conflictsCell(f, byId),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| Figure | What it counts | Context | Status | Inconsistencies |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
