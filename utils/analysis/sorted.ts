/**
 * Binary search over sorted arrays, in one place: several modules look up offsets,
 * positions or words in sorted lists, and a hand-written loop per module is five
 * chances to get a bound wrong.
 */

type Key = number | string;

const self = <T>(item: T): T => item;

/**
 * The first index whose key is not below `target` (`sorted.length` when every key is):
 * where `target` would be inserted before its equals. `key` reads the sort key of an
 * item; by default the item itself.
 */
export function lowerBound<T extends Key>(sorted: readonly T[], target: T): number;
export function lowerBound<T, K extends Key>(sorted: readonly T[], target: K, key: (item: T) => K): number;
export function lowerBound<T, K extends Key>(
  sorted: readonly T[],
  target: K,
  key: (item: T) => K = self as (item: T) => K,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose key is above `target`: where `target` would be inserted after its equals. */
export function upperBound<T extends Key>(sorted: readonly T[], target: T): number;
export function upperBound<T, K extends Key>(sorted: readonly T[], target: K, key: (item: T) => K): number;
export function upperBound<T, K extends Key>(
  sorted: readonly T[],
  target: K,
  key: (item: T) => K = self as (item: T) => K,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
