import { describe, expect, test } from 'vitest';
import { figureFindings } from '../../utils/analysis/figures';
import { groupKey } from '../../utils/analysis/figures/groups';

const PUBLISHED = '2018-09-05T10:30:00Z';

function byText(text: string) {
  const all = figureFindings(text, PUBLISHED, 'en-GB');
  const get = (exact: string) => all.find((f) => f.text === exact);
  return { all, get };
}

describe('the same quantity given twice with different values', () => {
  test('is flagged in both places', () => {
    const { get } = byText(
      'Some 800,000 people have been displaced, the UN says.\n\nOfficials said 700,000 people had fled the fighting.',
    );
    const a = get('800,000');
    const b = get('700,000');
    expect(a?.group).toBe('count:people');
    expect(b?.group).toBe('count:people');
    expect(a?.conflicts).toEqual([b?.id]);
    expect(b?.conflicts).toEqual([a?.id]);
  });

  test.each<[string, string, string, boolean]>([
    ['800,000 people fled. Later 700,000 people fled.', '800,000', '700,000', true],
    ['A misplaced zero: 80,000 deaths, then 800,000 deaths.', '80,000', '800,000', true],
    ['800,000 people fled. Later 800,000 people returned.', '800,000', '800,000', false],
    ['More than 700,000 people fled. In all 800,000 people fled.', '700,000', '800,000', false],
    ['Nearly 800,000 people fled. In all 780,000 people fled.', '800,000', '780,000', false],
    ['About 800,000 people fled. Officials said 790,000 people.', '800,000', '790,000', false],
    ['3 people died. Some 3,000 people were hurt.', '3', '3,000', false],
    ['It cost $5m. Shares fell 5%.', '$5m', '5%', false],
    ['Sales rose 5% to $30m. Costs rose 7%.', '5%', '7%', false],
  ])('%s → %s vs %s conflict: %s', (text, x, y, conflict) => {
    const all = figureFindings(text, PUBLISHED, 'en-GB');
    const a = all.find((f) => f.text === x);
    const b = all.filter((f) => f.text === y).find((f) => f !== a);
    expect(a, JSON.stringify(all)).toBeDefined();
    expect(b).toBeDefined();
    expect(a?.conflicts.includes(b?.id ?? '')).toBe(conflict);
  });

  test('the same value repeated shares the group with no conflicts', () => {
    const { all } = byText('800,000 people fled. The 800,000 people need food. About 800,000 people.');
    const people = all.filter((f) => f.unit === 'people');
    expect(people).toHaveLength(3);
    expect(new Set(people.map((f) => f.group))).toEqual(new Set(['count:people']));
    expect(people.every((f) => f.conflicts.length === 0)).toBe(true);
  });
});

describe('group keys', () => {
  test.each<[Parameters<typeof groupKey>[0], string | null, string | null]>([
    [{ figureKind: 'count', unit: 'deaths', change: null }, null, 'count:death'],
    [{ figureKind: 'approximate', unit: 'deaths', change: null }, null, 'count:death'],
    [{ figureKind: 'count', unit: null, change: null }, null, null],
    [{ figureKind: 'money', unit: 'USD', change: null }, 'contracts', 'money:USD:contract'],
    [{ figureKind: 'money', unit: 'USD', change: null }, null, null],
    [{ figureKind: 'percent', unit: '%', change: 'rise' }, 'voters', 'rise:percent:%:voter'],
    [{ figureKind: 'date', unit: null, change: null }, null, null],
  ])('%j + %s → %s', (f, noun, key) => {
    expect(groupKey(f, noun)).toBe(key);
  });
});

describe('approximate figures', () => {
  test.each<[string, string, number, string]>([
    ['thousands of deaths', 'thousands', 1e3, 'deaths'],
    ['tens of thousands of civilians', 'tens of thousands', 1e4, 'civilians'],
    ['dozens of people', 'dozens', 12, 'people'],
    ['hundreds of millions of dollars', 'hundreds of millions', 1e8, 'dollars'],
  ])('%s → magnitude %d of %s', (text, exact, magnitude, unit) => {
    const f = byText(text).get(exact);
    expect(f).toMatchObject({ figureKind: 'approximate', magnitude, unit });
  });

  test('an exact count is not approximate and has no magnitude', () => {
    expect(byText('800,000 people').get('800,000')).toMatchObject({ figureKind: 'count', magnitude: null });
  });
});
