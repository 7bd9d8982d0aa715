import { describe, expect, test } from 'vitest';
import { lowerBound, upperBound } from '../../utils/analysis/sorted';

const NUMBERS = [2, 4, 4, 4, 9];

describe('lowerBound / upperBound', () => {
  test.each([
    // target, first index not below, first index above
    [0, 0, 0],
    [2, 0, 1],
    [3, 1, 1],
    [4, 1, 4],
    [9, 4, 5],
    [10, 5, 5],
  ])('%d in [2, 4, 4, 4, 9] → lower %d, upper %d', (target, lower, upper) => {
    expect(lowerBound(NUMBERS, target)).toBe(lower);
    expect(upperBound(NUMBERS, target)).toBe(upper);
  });

  test.each([
    ['an empty list', [] as string[], 'a', 0],
    ['words, before all', ['bar', 'baz', 'foo'], 'a', 0],
    ['words, a prefix sits before the words it starts', ['bar', 'baz', 'foo'], 'ba', 0],
    ['words, between', ['bar', 'baz', 'foo'], 'bb', 2],
    ['words, after all', ['bar', 'baz', 'foo'], 'zz', 3],
  ])('strings: %s', (_name, words, target, expected) => {
    expect(lowerBound(words, target)).toBe(expected);
  });

  test('a key reads the sort key of each item', () => {
    const mentions = [{ pos: 3 }, { pos: 10 }, { pos: 10 }, { pos: 42 }];
    expect(lowerBound(mentions, 10, (m) => m.pos)).toBe(1);
    expect(upperBound(mentions, 10, (m) => m.pos)).toBe(3);
    expect(lowerBound(mentions, 43, (m) => m.pos)).toBe(4);
  });
});
