import { expect, test } from 'vitest';
import { findQuotes } from '../../utils/analysis/quotes';

const filler = 'The council met on Tuesday and discussed the budget for the coming year at some length. '.repeat(4);
// Each quote its own words: the same quote repeated is listed once.
const para = (i: number): string =>
  `${filler}“We cannot accept outcome ${i} for the people of the region,” Guterres told reporters.\n\nOfficials say the vote will be close.`;
const page = (n: number): string => Array.from({ length: n }, (_, i) => para(i)).join('\n\n');

/** Best of five runs: the machine is shared, the minimum is the least noisy. */
function best(text: string): number {
  let ms = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    findQuotes(text);
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

test('time grows linearly with the page: 4x the text costs well under 16x the time', () => {
  const small = page(500);
  const large = page(2000);
  expect(findQuotes(small).filter((q) => q.form === 'direct')).toHaveLength(500);
  expect(findQuotes(small).filter((q) => q.form === 'claim')).toHaveLength(500);
  best(small); // warm-up
  const ratio = best(large) / best(small);
  // Linear is ~4; quadratic would be ~16. 10 leaves room for a shared, noisy machine.
  expect(ratio).toBeLessThan(10);
});
