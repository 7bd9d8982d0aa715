import type { FigureHit } from './hit';
import { LOWER_BOUND } from './qualifiers';

/** Qualifiers that cap a figure from above ("less than 300"). */
export const UPPER_BOUND = new Set([
  'up to',
  'less than',
  'fewer than',
  'under',
  'below',
  'at most',
  'no more than',
  'not more than',
  'lower than',
  'smaller than',
  'less or equal than',
  'lower or equal than',
  'smaller or equal than',
  'less than or equal to',
  'equal to or less than',
  'just under',
  'well under',
  'as many as',
  'as much as',
  'or less',
  'or fewer',
  '<',
  '<=',
  '≤',
]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * Joins two bounds of one quantity into a range: "more than 100 and less than 300",
 * "at most 100 and at least 20", "above one quarter and below a half". Only when the
 * second qualifier follows the first figure directly (", and", "but").
 */
export function joinBounds(text: string, hits: FigureHit[]): FigureHit[] {
  const out: FigureHit[] = [];
  for (let k = 0; k < hits.length; k += 1) {
    const a = hits[k];
    const b = hits[k + 1];
    if (!a) continue;
    const qa = a.qualifier ?? '';
    const qb = b?.qualifier ?? '';
    const lowFirst = LOWER_BOUND.has(qa) && UPPER_BOUND.has(qb);
    const highFirst = UPPER_BOUND.has(qa) && LOWER_BOUND.has(qb);
    if (!b || !(lowFirst || highFirst) || a.value === null || b.value === null || a.figureKind !== b.figureKind) {
      out.push(a);
      continue;
    }
    const between = text.slice(a.end, b.start);
    const lo = lowFirst ? a.value : b.value;
    const hi = lowFirst ? b.value : a.value;
    if (!new RegExp(`^\\s*,?\\s*(?:and|but)?\\s*${escape(qb)}\\s*$`, 'i').test(between) || !(lo < hi)) {
      out.push(a);
      continue;
    }
    out.push({ ...a, end: b.end, value: null, range: [lo, hi], qualifier: 'between', unit: a.unit ?? b.unit });
    k += 1;
  }
  return out;
}
