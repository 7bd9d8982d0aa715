import { describe, expect, test } from 'vitest';
import { figureFindings } from '../../utils/analysis/figures';
import { readAmount } from '../../utils/analysis/figures/amount';
import { hit } from '../../utils/analysis/figures/hit';
import { tokenize } from '../../utils/analysis/figures/tokens';

// A paragraph of the kind the finder meets on news pages: every reader gets work.
const PARAGRAPH =
  'More than 800,000 people have fled since 5 September 2018, the UN said on Monday, up 12% on last week. ' +
  'Aid worth $75 million and £1.2bn arrived; two-thirds of homes, some 3.2 billion litres and 40C heat. ' +
  'Thousands of civilians, between 500 and 800 fighters, the 2010-11 season, Apollo 11 and a Boeing 737.\n\n';

/** Best of three runs, in milliseconds, so one slow moment on a shared machine does not decide. */
function best(text: string): number {
  let min = Infinity;
  for (let k = 0; k < 3; k += 1) {
    const t0 = performance.now();
    figureFindings(text, '2018-09-05T10:30:00Z', 'en-GB');
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

describe('speed', () => {
  // Regression guard: the figure finder must stay linear in page size (no pattern or grouping step that grows faster).
  test('four times the text takes roughly four times as long', () => {
    const small = PARAGRAPH.repeat(200);
    const large = PARAGRAPH.repeat(800);
    best(small); // warm up the JIT
    const ratio = best(large) / best(small);
    // Linear is 4; quadratic would be 16. The bounds leave room for a noisy machine.
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(9);
  });
});

describe('one shape per record', () => {
  // Regression: amounts built by spreading a partial base and overriding fields came in several
  // key orders (shapes); reading them was most of the finder's time on a 2 MB page.
  test.each(['5 people', '5m people', '£1.2bn', 'five people', 'half of them', '1/2 of them', 'the 3rd', '-5 yards'])(
    'the amount read from "%s" has the fields in the one order',
    (text) => {
      const tokens = tokenize(text);
      const at = tokens.findIndex((t) => t.kind === 'num' || ['five', 'half'].includes(t.lower));
      const amount = readAmount(tokens, at);
      expect(amount && amount !== 'skip' ? Object.keys(amount) : []).toEqual([
        'start',
        'next',
        'value',
        'scaled',
        'ordinal',
        'fraction',
        'bare',
        'mSuffix',
      ]);
    },
  );

  test('every hit has its fields in one order, whichever were given', () => {
    const keys = (h: object): string => Object.keys(h).join(',');
    expect(keys(hit(0, 1, 'count', 5))).toBe(keys(hit(0, 1, 'money', null, { noun: 'x', range: [1, 2], unit: 'USD' })));
  });
});
