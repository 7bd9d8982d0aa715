import type { VNode } from 'preact';
import type { FigureFinding, Finding } from '../utils/analysis/types';
import { repeatsByFirst } from '../utils/analysis/figures/repeats';
import { FigureItem } from './FigureItem';

/** Figures that count the same thing, in article order. */
export type FigureGroup = {
  key: string;
  /** What the figures count, as the panel heads the group. */
  label: string;
  figures: FigureFinding[];
  /** Some figure in the group disagrees with another. */
  conflicted: boolean;
};

const KIND_LABELS: Record<FigureFinding['figureKind'], string> = {
  count: 'Counts',
  percent: 'Percentages',
  money: 'Money',
  quantity: 'Quantities',
  date: 'Dates',
  year: 'Years',
  time: 'Times',
  ordinal: 'Ordinals',
  approximate: 'Approximate figures',
};

/** "rise:percent:%:vote" → "vote (%, rise)"; figures with no group fall back to their unit or kind. */
function labelOf(f: FigureFinding): string {
  if (!f.group) return f.unit && f.figureKind === 'count' ? f.unit : KIND_LABELS[f.figureKind];
  const parts = f.group.split(':');
  const change = parts[0] === 'rise' || parts[0] === 'fall' ? parts.shift() : undefined;
  const [kind, unitOrNoun, noun] = parts;
  // The noun as the story writes it ("deaths") reads better than the group's singular key ("death").
  const what = kind === 'count' ? (f.unit ?? unitOrNoun) : `${noun ?? ''} (${unitOrNoun ?? ''})`;
  return change ? `${what}, ${change}` : (what ?? f.group);
}

// Kinds an editor rarely checks one by one: their groups come last. They are not hidden in a fold,
// since the desk's j/k moves through every listed flag and must never land on one out of sight.
const FOLDED_KINDS = new Set<FigureFinding['figureKind']>(['year', 'date', 'time', 'ordinal']);

/** A group of kinds rarely checked: only years, dates, times or ordinals, none of them inconsistent. */
export function isFolded(group: FigureGroup): boolean {
  return !group.conflicted && group.figures.every((f) => FOLDED_KINDS.has(f.figureKind));
}

/**
 * Groups figures by what they count: groups holding an inconsistency first, then counts, money,
 * percentages and quantities, then the kinds rarely checked (years, dates, times, ordinals); article order within each.
 */
export function groupFigures(figures: readonly FigureFinding[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const key = f.group ?? `kind:${f.figureKind}${f.figureKind === 'count' && f.unit ? `:${f.unit}` : ''}`;
    const group = groups.get(key) ?? { key, label: labelOf(f), figures: [], conflicted: false };
    group.figures.push(f);
    group.conflicted ||= f.conflicts.length > 0;
    groups.set(key, group);
  }
  const rank = (g: FigureGroup): number => (g.conflicted ? 0 : isFolded(g) ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

type Props = {
  figures: readonly FigureFinding[];
  /** Wraps each item, as FindingLists does (the desk adds status controls). */
  row?: (finding: Finding, item: VNode) => VNode;
};

/** The figures list: one titled group per thing counted, inconsistencies first and marked. */
export function FigureGroups({ figures, row = (_f, item) => item }: Props) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  // A repeat is shown (and checked) with its first mention when that is listed too.
  const repeats = repeatsByFirst(figures);
  const listed = (f: FigureFinding) => repeats.has(f.id);
  return (
    <>
      {groupFigures(figures).map((g) => (
        <li
          key={g.key}
          class={g.conflicted ? 'figure-group conflict' : isFolded(g) ? 'figure-group rare' : 'figure-group'}
          data-group={g.key}
        >
          <h3 class="figure-group-label">
            {g.conflicted && <span class="badge warn">inconsistent</span>}
            {g.label} <span class="count group-count">{g.figures.filter(listed).length}</span>
          </h3>
          <ul class="findings">
            {g.figures
              .filter(listed)
              .map((f) =>
                row(
                  f,
                  <FigureItem
                    key={f.id}
                    finding={f}
                    repeats={repeats.get(f.id)?.length ?? 0}
                    conflictsWith={f.conflicts.map((id) => byId.get(id)).filter((c): c is FigureFinding => !!c)}
                  />,
                ),
              )}
          </ul>
        </li>
      ))}
    </>
  );
}
