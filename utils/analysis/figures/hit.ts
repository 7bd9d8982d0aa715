import type { FigureChange, FigureKind } from '../types';

/** One figure before it becomes a finding: offsets into the article text plus what it says. */
export type FigureHit = {
  start: number;
  end: number;
  figureKind: FigureKind;
  value: number | null;
  range: [number, number] | null;
  unit: string | null;
  qualifier: string | null;
  change: FigureChange | null;
  /** The noun a measured figure is about ("5% of *voters*", "$75m *contract*"), for grouping; null for counts, whose unit is the noun. */
  noun: string | null;
};

/** A hit with the fields most finders leave empty filled with null. */
export function hit(
  start: number,
  end: number,
  figureKind: FigureKind,
  value: number | null,
  extra: Partial<Pick<FigureHit, 'range' | 'unit' | 'qualifier' | 'change' | 'noun'>> = {},
): FigureHit {
  // Every field written in one order (no spread with overrides), so every hit has one shape.
  const range = extra.range ?? null;
  return {
    start,
    end,
    figureKind,
    value: tidy(value),
    range: range ? [tidy(range[0]), tidy(range[1])] : null,
    unit: extra.unit ?? null,
    qualifier: extra.qualifier ?? null,
    change: extra.change ?? null,
    noun: extra.noun ?? null,
  };
}

/** 66.4 × 1e6 is 66400000.00000001 in floating point; fifteen significant digits is what was written. */
function tidy<T extends number | null>(n: T): T {
  // Safe integers are exact already; toPrecision is the slow path, kept for fractions and huge values.
  if (n === null || Number.isSafeInteger(n)) return n;
  return Number(n.toPrecision(15)) as T;
}
