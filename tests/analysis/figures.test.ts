import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { findFigures, figuresFinder } from '../../utils/analysis/figures';
import { findDates } from '../../utils/analysis/figures/dates';
import type { FigureFinding, FigureKind } from '../../utils/analysis/types';
import wireStory from '../fixtures/wire-story.html?raw';

const PUBLISHED = '2018-09-05T10:30:00Z';
const DAY = 86_400_000;
const PUBLISHED_DAY = Date.UTC(2018, 8, 5);

/** The one figure found in `text`, reduced to what the tables compare. */
function only(text: string, lang: string | null = 'en-GB') {
  const hits = findFigures(text, PUBLISHED, lang);
  return hits.map((h) => ({
    text: text.slice(h.start, h.end),
    kind: h.figureKind,
    value: h.value,
    range: h.range,
    unit: h.unit,
    qualifier: h.qualifier,
  }));
}

type Row = [string, string, FigureKind, number | null, string | null];

describe('figures found with kind, value and unit', () => {
  test.each<Row>([
    ['the displacement of 800,000 people.', '800,000', 'count', 800000, 'people'],
    ['They raised £1.2bn last year', '£1.2bn', 'money', 1.2e9, 'GBP'],
    ['a $75 million contract', '$75 million', 'money', 75e6, 'USD'],
    ['a US$5 fee', 'US$5', 'money', 5, 'USD'],
    ['costs EUR 20 each', 'EUR 20', 'money', 20, 'EUR'],
    ['costs 20 euros each', '20 euros', 'money', 20, 'EUR'],
    ['125 million Australian dollars', '125 million Australian dollars', 'money', 125e6, 'AUD'],
    ['shares fell 50p to close', '50p', 'money', 50, 'GBX'],
    ['about ¥300 each', '¥300', 'money', 300, 'JPY'],
    ['inflation hit 5% in May', '5%', 'percent', 5, '%'],
    ['up 5 per cent on the year', '5 per cent', 'percent', 5, '%'],
    ['rose five percent', 'five percent', 'percent', 5, '%'],
    ['a lead of 3 percentage points', '3 percentage points', 'percent', 3, 'percentage points'],
    ['a 10km run', '10km', 'quantity', 10, 'km'],
    ['driving at 30mph through', '30mph', 'quantity', 30, 'mph'],
    ['highs of 20°C today', '20°C', 'quantity', 20, '°C'],
    ['a balmy 31C in London', '31C', 'quantity', 31, '°C'],
    ['some 500 tonnes of grain', '500 tonnes', 'quantity', 500, 't'],
    ['he is 1.8m tall', '1.8m', 'quantity', 1.8, 'm'],
    ['a six-mile trip', 'six-mile', 'quantity', 6, 'mi'],
    ['5 litres of water', '5 litres', 'quantity', 5, 'l'],
    ['3.2 billion users', '3.2 billion', 'count', 3.2e9, 'users'],
    ['1.5m people were affected', '1.5m', 'count', 1.5e6, 'people'],
    ['eight hundred soldiers', 'eight hundred', 'count', 800, 'soldiers'],
    ['a dozen eggs', 'a dozen', 'count', 12, 'eggs'],
    ['two-thirds of voters', 'two-thirds', 'count', 2 / 3, 'voters'],
    ['one and a half million', 'one and a half million', 'count', 1.5e6, null],
    ['twenty-one trillion', 'twenty-one trillion', 'count', 21e12, null],
    ['thousands of deaths', 'thousands', 'approximate', 1000, 'deaths'],
    ['tens of thousands of people', 'tens of thousands', 'approximate', 10000, 'people'],
    ['dozens of homes', 'dozens', 'approximate', 12, 'homes'],
    ['several hundred protesters', 'several hundred', 'approximate', 100, 'protesters'],
    ['the 21st century', '21st', 'ordinal', 21, null],
    ['the twenty-fifth anniversary', 'twenty-fifth', 'ordinal', 25, null],
    ['in 2018, the', '2018', 'year', 2018, null],
    ['the 2018 election', '2018', 'year', 2018, null],
    ['in the 1990s there', '1990s', 'year', 1990, 'decade'],
    ['at 10:30 on', '10:30', 'time', 630, null],
    ['by 3pm', '3pm', 'time', 900, null],
    ['at 1.30pm BST', '1.30pm BST', 'time', 810, 'BST'],
    ['minus five degrees', 'minus five degrees', 'quantity', -5, '°'],
  ])('%s → %s', (text, exact, kind, value, unit) => {
    const found = only(text).find((f) => f.text === exact);
    expect(found, JSON.stringify(only(text))).toBeDefined();
    expect(found?.kind).toBe(kind);
    if (value === null) expect(found?.value).toBeNull();
    else expect(found?.value).toBeCloseTo(value, 6);
    expect(found?.unit).toBe(unit);
  });
});

describe('ranges', () => {
  test.each<[string, string, FigureKind, [number, number], string | null]>([
    ['between 500 and 800 people', '500 and 800', 'count', [500, 800], 'people'],
    ['a rise of 5-10%', '5-10%', 'percent', [5, 10], '%'],
    ['from 2010 to 2015 the', '2010 to 2015', 'year', [2010, 2015], null],
    ['the 2010-11 season', '2010-11', 'year', [2010, 2011], null],
    ['£5m-£10m in fees', '£5m-£10m', 'money', [5e6, 10e6], 'GBP'],
    ['2 to 3 million people', '2 to 3 million', 'count', [2e6, 3e6], 'people'],
  ])('%s → %s', (text, exact, kind, range, unit) => {
    const found = only(text).find((f) => f.text === exact);
    expect(found, JSON.stringify(only(text))).toBeDefined();
    expect(found?.kind).toBe(kind);
    expect(found?.range).toEqual(range);
    expect(found?.value).toBeNull();
    expect(found?.unit).toBe(unit);
  });

  // Regression: a score such as "won 3-1" must not become a range from 3 down to 1.
  test('a descending pair is not a range', () => {
    expect(only('they won 3-1 at home').some((f) => f.range !== null)).toBe(false);
  });
});

describe('qualifiers', () => {
  test.each([
    ['more than 40 people died', '40', 'more than'],
    ['nearly 1,000 homes', '1,000', 'nearly'],
    ['up to 700 jobs', '700', 'up to'],
    ['at least fourteen people', 'fourteen', 'at least'],
    ['about £3m in total', '£3m', 'about'],
    ['500 or more delegates', '500', 'or more'],
  ])('%s → %s (%s)', (text, exact, qualifier) => {
    expect(only(text).find((f) => f.text === exact)?.qualifier).toBe(qualifier);
  });
});

describe('dates', () => {
  test.each<[string, string, number | null]>([
    ['on 5 September 2018 the', '5 September 2018', PUBLISHED_DAY],
    ['on Sept. 5 the', 'Sept. 5', PUBLISHED_DAY],
    ['dated 2018-09-05 in', '2018-09-05', PUBLISHED_DAY],
    ['three days ago', 'three days ago', PUBLISHED_DAY - 3 * DAY],
  ])('%s → %s', (text, exact, value) => {
    const found = only(text).find((f) => f.text === exact);
    expect(found?.kind).toBe('date');
    expect(found?.value).toBe(value);
  });

  // Relative dates without a number are not shown (LABELLING.md), but they are still read,
  // so their words never become counts and a later use can resolve them.
  test.each<[string, string, number | null]>([
    ['said yesterday that', 'yesterday', PUBLISHED_DAY - DAY],
    // A week's bounds depend on the reader's calendar: no day is certain, so none is given.
    ['Last week Iran', 'Last week', null],
    ['on Monday the', 'Monday', PUBLISHED_DAY - 2 * DAY],
  ])('%s is read as %s but not shown', (text, exact, value) => {
    const read = findDates(text, '2018-09-05T10:30:00Z', false).find((h) => text.slice(h.start, h.end) === exact);
    expect(read?.value).toBe(value);
    expect(only(text)).toEqual([]);
  });

  // Dates honestly: the span a relative date is certain of, never a day it does not name.
  test.each<[string, string, [number, number] | null]>([
    ['earlier this year the', 'earlier this year', [Date.UTC(2018, 0, 1), Date.UTC(2018, 11, 31)]],
    ['last month the', 'last month', [Date.UTC(2018, 7, 1), Date.UTC(2018, 7, 31)]],
    ['two months ago', 'two months ago', [Date.UTC(2018, 6, 1), Date.UTC(2018, 6, 31)]],
    ['five years ago', 'five years ago', [Date.UTC(2013, 0, 1), Date.UTC(2013, 11, 31)]],
    ['two weeks ago', 'two weeks ago', null],
  ])('%s is the span %s names, not a day', (text, exact, range) => {
    const read = findDates(text, '2018-09-05T10:30:00Z', false).find((h) => text.slice(h.start, h.end) === exact);
    expect(read?.value).toBeNull();
    expect(read?.range).toEqual(range);
  });

  test('relative dates have no value when the article has no date', () => {
    expect(findDates('said yesterday', null, false)[0]?.value).toBeNull();
  });
});

describe('not figures', () => {
  test.each([
    ['Apollo 11 landed'],
    ['the G20 summit'],
    ['a Boeing 737 jet'],
    ['the COVID-19 pandemic'],
    ['call 020 7946 0000 now'],
    ['call +44 20 7946 0000 now'],
    ['she lives at 10 Downing Street'],
    ['the one who left'],
    ['one of them'],
    ['see https://example.com/page?id=2020%20x'],
    ['open 24/7 all year'],
    ['the MH17 inquiry'],
  ])('%s', (text) => {
    expect(only(text).filter((f) => f.kind !== 'date')).toEqual([]);
  });
});

describe('wire story fixture', () => {
  const { document } = parseHTML(wireStory);
  const result = analyze(document as unknown as Document, { url: null, now: new Date('2024-01-01T00:00:00Z') });
  if (!result.ok) throw new Error('fixture did not analyze');
  const figures = result.analysis.findings.filter((f): f is FigureFinding => f.kind === 'figure');
  const text = result.analysis.article.text;

  test.each<[string, FigureKind]>([
    ['800,000', 'count'],
    ['thousands', 'approximate'],
    ['2018', 'year'],
  ])('finds %s as %s', (exact, kind) => {
    const found = figures.filter((f) => f.text === exact);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.figureKind === kind)).toBe(true);
  });

  test('800,000 counts people', () => {
    expect(figures.find((f) => f.text === '800,000')).toMatchObject({ value: 800000, unit: 'people' });
  });

  test('thousands counts deaths or civilians', () => {
    const units = figures.filter((f) => f.text === 'thousands').map((f) => f.unit);
    expect(units.some((u) => u === 'deaths' || u === 'civilians')).toBe(true);
  });

  test('offsets and selectors point at the figure in the article text', () => {
    for (const f of figures) {
      expect(text.slice(f.start ?? 0, f.end ?? 0)).toBe(f.text);
      expect(f.id).toBe(`figure-${f.start}`);
      expect(f.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: f.text });
    }
  });

  test('numberless dates (Last week, yesterday) are not shown', () => {
    expect(text).toContain('yesterday');
    expect(figures.filter((f) => /^(?:last week|yesterday)$/i.test(f.text))).toEqual([]);
  });

  test('the finder is registered under its contract', () => {
    expect(figuresFinder).toMatchObject({ kind: 'figure', label: 'Figures' });
  });
});

describe('speed', () => {
  // Regression guard: every pattern must stay linear; a pathological digit run must not stall.
  test('a long run of digits and separators is scanned quickly', () => {
    const text = '1,2,3-4-5 '.repeat(20000) + '9'.repeat(5000);
    // Best of three, as in figures-speed.test.ts: one slow moment on a shared machine does not decide.
    let best = Infinity;
    for (let k = 0; k < 3; k += 1) {
      const t0 = performance.now();
      findFigures(text, null, null);
      best = Math.min(best, performance.now() - t0);
    }
    // Under 2 s on a quiet machine; ten times that leaves room for a busy one, not for backtracking.
    expect(best).toBeLessThan(20_000);
  });
});
