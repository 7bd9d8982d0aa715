import { describe, expect, test } from 'vitest';
import { figureFindings } from '../../utils/analysis/figures';

/** [text, figures that repeat an earlier one (as written), figures that do not] */
const CASES: [string, string[], string[]][] = [
  ['Some 800,000 people fled.\n\nIn all, 800,000 people fled the region.', ['800,000'], []],
  ['The war began in 2018. By late 2018 the town had fallen.', ['2018'], []],
  ['Some 800,000 people fled.\n\nAbout 700,000 people fled.', [], ['800,000', '700,000']],
  // A hedge changes the claim: "more than 500" is not "500".
  ['Police said 500 people marched. Organisers said more than 500 people marched.', [], ['500', 'more than 500']],
  ['Prices rose 5% in May and wages rose 5% in June.', [], ['5%']],
];

describe('repeated figures', () => {
  test.each(CASES)('%j', (text, repeats, distinct) => {
    const figures = figureFindings(text, null, 'en');
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const written of repeats) {
      const again = figures.filter((f) => f.text === written);
      expect(again.length).toBeGreaterThanOrEqual(2);
      expect(again[0]?.repeatOf).toBeNull();
      for (const f of again.slice(1)) expect(byId.get(f.repeatOf ?? '')?.text).toBe(written);
    }
    for (const written of distinct) {
      const all = figures.filter((x) => x.text === written || `${x.qualifier} ${x.text}` === written);
      expect(all.length).toBeGreaterThan(0);
      for (const f of all) expect(f.repeatOf).toBeNull();
    }
  });
});

describe('dates repeat only as written', () => {
  test('a different expression of the same day is not folded into the first', () => {
    // Published on 20 November 2019: "2 days ago" is 18 November, but it is another statement.
    const found = figureFindings(
      'The deal was signed on Nov. 18, 2019.\n\nOfficials met 2 days ago.\n\nThe deal of Nov. 18, 2019 stands.',
      '2019-11-20T12:00:00Z',
      'en-US',
    );
    const dates = found.filter((f) => f.figureKind === 'date');
    expect(dates.map((f) => [f.text, f.repeatOf === null])).toEqual([
      ['Nov. 18, 2019', true],
      ['2 days ago', true],
      ['Nov. 18, 2019', false],
    ]);
    expect(dates[0]?.value).toBe(dates[1]?.value);
    expect(dates[2]?.repeatOf).toBe(dates[0]?.id);
  });
});
