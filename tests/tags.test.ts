import { describe, expect, test } from 'vitest';
import { parseTags } from '../utils/desk/desk-actions';
import { cleanTag, cleanTags } from '../utils/tags';

describe('cleanTag', () => {
  test.each([
    ['syria', 'syria'],
    ['  middle   east ', 'middle east'],
    ['line\nbreak\ttab', 'line break tab'],
    ['a\u00a0b', 'a b'],
    ['   ', ''],
    ['', ''],
  ])('%j -> %j', (tag, expected) => {
    expect(cleanTag(tag)).toBe(expected);
  });
});

describe('cleanTags', () => {
  test.each([
    [
      ['b', ' a ', 'b'],
      ['b', 'a'],
    ],
    [['  ', ''], []],
    [['x  y', 'x y'], ['x y']],
  ])('%j -> %j', (tags, expected) => {
    expect(cleanTags(tags)).toEqual(expected);
  });
});

// The desk, the store and the panel once had three cleaners that could drift apart.
describe('parseTags (what the editor typed) cleans as the store does', () => {
  test.each([
    ['syria, idlib', ['syria', 'idlib']],
    [' middle   east ,, syria,syria ', ['middle east', 'syria']],
    [',', []],
  ])('%j -> %j', (input, expected) => {
    expect(parseTags(input)).toEqual(expected);
    expect(parseTags(input)).toEqual(cleanTags(input.split(',')));
  });
});
