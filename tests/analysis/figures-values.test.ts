import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analysis/figures';

/** [text, value, range, unit] of every figure in `sentence`. */
const read = (sentence: string) =>
  findFigures(sentence, null, 'en').map((h) => [sentence.slice(h.start, h.end), h.value, h.range, h.unit]);

// NewsQuant-style values (bench/figure-newsquant-labels.jsonl holds the scored suite).
describe('currency codes before and after the amount', () => {
  test.each<[string, string, number, string]>([
    ['revenue of $US55,931,000 last year', '$US55,931,000', 55931000, 'USD'],
    ['a payout of $A82,615,680', '$A82,615,680', 82615680, 'AUD'],
    ['raised HK$5.4m', 'HK$5.4m', 5.4e6, 'HKD'],
    ['fined PS2.7m by the court (a pound sign lost in transcoding)', 'PS2.7m', 2.7e6, 'GBP'],
    ['cost 5 million USD', '5 million USD', 5e6, 'USD'],
  ])('%s', (sentence, text, value, unit) => {
    expect(read(sentence)).toContainEqual([text, value, null, unit]);
  });

  test.each([['The PS4 console sold well.'], ['The comet 67P is far away.']])('not money: %s', (sentence) => {
    expect(read(sentence).filter((f) => f[3] === 'GBP' || f[3] === 'GBX')).toEqual([]);
  });
});

describe('negative values', () => {
  test.each<[string, string, number, string | null]>([
    ['The running back lost minus-5 yards.', 'minus-5 yards', -5, 'yd'],
    ['The index fell -1.3% on the day.', '-1.3%', -1.3, '%'],
    ['a loss of $-50.8bn in the quarter', '$-50.8bn', -50.8e9, 'USD'],
  ])('%s', (sentence, text, value, unit) => {
    expect(read(sentence)).toContainEqual([text, value, null, unit]);
  });
});

describe('spelled-out compounds, units and magnitudes', () => {
  test.each<[string, string, number | null, [number, number] | null]>([
    ['four hundred million people', 'four hundred million', 4e8, null],
    ['twenty-eight thousand six hundred forty-two votes', 'twenty-eight thousand six hundred forty-two', 28642, null],
    ['tones at 15kHz and 17kHz', '15kHz', 15, null],
    ['tones at 15kHz and 17kHz', '17kHz', 17, null],
    ['Tens of thousands of people marched.', 'Tens of thousands', 1e4, [1e4, 1e5]],
    ['Hundreds of millions were lost.', 'Hundreds of millions', 1e8, [1e8, 1e9]],
  ])('%s → %s', (sentence, text, value, range) => {
    expect(
      read(sentence)
        .find((f) => f[0] === text)
        ?.slice(1, 3),
    ).toEqual([value, range]);
  });

  test('dozens is not a power of ten, so it keeps no range', () => {
    expect(read('Dozens of shops closed.')).toEqual([['Dozens', 12, null, 'shops']]);
  });

  test.each([['up 60 percent %'], ['about 90 per cent %']])('units are never doubled: %s', (sentence) => {
    expect(read(sentence).map((f) => f[0])).toEqual([sentence.replace(/^(?:up|about) | %$/g, '')]);
  });
});

describe('bond names', () => {
  // "the 10-year Treasury yield" names a bond, not ten years.
  test.each<[string, string[]]>([
    ['The 10-year Treasury yield rose to 1.82%.', ['1.82%']],
    ['the 30-year bond', []],
    ['He got a 10-year sentence.', ['10-year']],
  ])('%s', (sentence, texts) => {
    expect(read(sentence).map((f) => f[0])).toEqual(texts);
  });
});

describe('halves', () => {
  test.each<[string, string, number]>([
    // Regression: "more than a year and a half into the biggest trade war" showed "a half" (0.5).
    ['more than a year and a half into the trade war', 'a year and a half', 1.5],
    ['an hour and a half later', 'an hour and a half', 1.5],
    // Regression: "a near 1-1/2 year trade war" showed "1-1" as a score and "2" as a count.
    ['a near 1-1/2 year trade war', '1-1/2', 1.5],
    ['half of the voters', 'half', 0.5],
  ])('%s', (sentence, text, value) => {
    expect(read(sentence).map((f) => [f[0], f[1]])).toContainEqual([text, value]);
  });

  test.each([['in the first half of next year'], ['the second half of the season']])(
    'a half of a period is not an amount: %s',
    (sentence) => {
      expect(read(sentence).map((f) => f[0])).not.toContain('half');
    },
  );

  test('a score is still a score', () => {
    expect(read('a 6-1 win').map((f) => f[0])).toEqual(['6-1']);
  });
});

describe('a change from one level to another', () => {
  test('the level before and the level after are two figures', () => {
    // Regression: "rose by 37 percent, from 0.90 percent to 1.23 percent" was one range 0.9-1.23.
    const sentence = 'Problematic use rose by 37 percent, from 0.90 percent to 1.23 percent, after legalization.';
    expect(read(sentence).map((f) => [f[0], f[1], f[2]])).toEqual([
      ['37 percent', 37, null],
      ['0.90 percent', 0.9, null],
      ['1.23 percent', 1.23, null],
    ]);
  });

  test('without a verb of change "from ... to" is a range', () => {
    const sentence = 'Fees range from 5 percent to 10 percent.';
    expect(read(sentence).map((f) => [f[0], f[2]])).toEqual([['5 percent to 10 percent', [5, 10]]]);
  });
});

describe('who faces whom', () => {
  test.each([['burying the feed on a two-on-one.'], ['a one-on-one meeting'], ['a 3-on-3 game']])(
    'not a count: %s',
    (sentence) => {
      // Regression (a hockey report): "a two-on-one" showed "two-on" as a count of 2.
      expect(read(sentence)).toEqual([]);
    },
  );
});
