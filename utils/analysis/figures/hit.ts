import type { FigureKind } from '../types';

/** One figure before it becomes a finding: offsets into the article text plus what it says. */
export type FigureHit = {
  start: number;
  end: number;
  figureKind: FigureKind;
  value: number | null;
  range: [number, number] | null;
  unit: string | null;
  qualifier: string | null;
};

/** A hit with the fields most finders leave empty filled with null. */
export function hit(
  start: number,
  end: number,
  figureKind: FigureKind,
  value: number | null,
  extra: Partial<Pick<FigureHit, 'range' | 'unit' | 'qualifier'>> = {},
): FigureHit {
  return { start, end, figureKind, value, range: null, unit: null, qualifier: null, ...extra };
}
