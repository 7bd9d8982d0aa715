import { describe, expect, test } from 'vitest';
import { figureFindings } from '../../utils/analysis/figures';

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
