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
  const hitOut = {
    start,
    end,
    figureKind,
    value: tidy(value),
    range: null,
    unit: null,
    qualifier: null,
    change: null,
    noun: null,
    ...extra,
  };
  if (hitOut.range) hitOut.range = [tidy(hitOut.range[0]) ?? 0, tidy(hitOut.range[1]) ?? 0];
  return hitOut;
}

/** 66.4 × 1e6 is 66400000.00000001 in floating point; fifteen significant digits is what was written. */
function tidy<T extends number | null>(n: T): T {
  return (n === null ? n : Number(n.toPrecision(15))) as T;
}
