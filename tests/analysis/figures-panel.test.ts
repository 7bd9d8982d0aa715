import { h, render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { FigureGroups, groupFigures, isFolded } from '../../components/FigureGroups';
import { figureFindings } from '../../utils/analysis/figures';

const TEXT =
  'Thousands of civilians have died. Some 800,000 people have been displaced, the UN said on Monday.\n\n' +
  'Officials said 700,000 people had fled, and 300 homes were destroyed. Prices rose 5%.';
const figures = figureFindings(TEXT, '2018-09-05T10:30:00Z', 'en-GB');

afterEach(() => {
  document.body.innerHTML = '';
});

function mount() {
  const root = document.createElement('ul');
  document.body.append(root);
  render(h(FigureGroups, { figures }), root);
  return root;
}

describe('figure groups', () => {
  test('groups by what the figures count, the inconsistent group first', () => {
    const groups = groupFigures(figures);
    expect(groups[0]).toMatchObject({ key: 'count:people', conflicted: true, label: 'people' });
    expect(groups[0]?.figures.map((f) => f.text)).toEqual(['800,000', '700,000']);
    expect(groups.slice(1).every((g) => !g.conflicted)).toBe(true);
    expect(groups.map((g) => g.key)).toContain('count:civilian');
  });

  test('every figure is an li.finding.figure, each once', () => {
    const root = mount();
    const items = root.querySelectorAll('li.finding.figure[data-kind="figure"]');
    expect(items).toHaveLength(figures.length);
  });

  test('both places of an inconsistency are marked and name each other', () => {
    const root = mount();
    const marked = [...root.querySelectorAll('li.finding.figure.conflict')];
    expect(marked.map((li) => li.querySelector('.figure-text')?.textContent)).toEqual(['800,000', '700,000']);
    expect(marked[0]?.querySelector('.figure-conflict')?.textContent).toContain('700,000');
    expect(marked[1]?.querySelector('.figure-conflict')?.textContent).toContain('800,000');
    expect(root.querySelector('li.figure-group.conflict .badge.warn')?.textContent).toBe('inconsistent');
  });

  test.each<[string, string[], string | undefined]>([
    // The value is left out where the text already says it.
    ['800,000', ['count', 'some'], undefined],
    // A plural power of ten spans its order of magnitude: "thousands" is 1,000-10,000.
    ['Thousands', ['approximate'], '= 1,000–10,000'],
    ['5%', ['percent', 'rise'], '= 5'],
  ])('%s shows its kind, qualifier and value', (text, badges, value) => {
    const root = mount();
    const li = [...root.querySelectorAll('li.finding.figure')].find(
      (el) => el.querySelector('.figure-text')?.textContent === text,
    );
    expect([...(li?.querySelectorAll('.figure-meta .badge') ?? [])].map((b) => b.textContent)).toEqual(badges);
    expect(li).toBeDefined();
    expect(li?.querySelector('.figure-value')?.textContent).toBe(value);
  });

  test('a figure given twice is listed once, marked ×2, and the group counts it once', () => {
    const repeated = figureFindings(
      'Some 800,000 people have been displaced.\n\nThe UN said 800,000 people were displaced in total.',
      null,
      'en',
    );
    const root = document.createElement('ul');
    document.body.append(root);
    render(h(FigureGroups, { figures: repeated }), root);
    const items = [...root.querySelectorAll('li.finding.figure')];
    expect(items.map((li) => li.querySelector('.figure-text')?.textContent)).toEqual(['800,000']);
    expect(items[0]?.querySelector('.badge.repeat')?.textContent).toBe('×2');
    expect(root.querySelector('.group-count')?.textContent).toBe('1');
  });

  test('the unit is written once: "5%" is not followed by another "%"', () => {
    const root = document.createElement('ul');
    document.body.append(root);
    render(h(FigureGroups, { figures: figureFindings('Prices rose 5% and 300 people left.', null, 'en') }), root);
    const texts = [...root.querySelectorAll('li.finding.figure')].map((li) =>
      [li.querySelector('.figure-text')?.textContent, li.querySelector('.figure-unit')?.textContent ?? null].join('|'),
    );
    expect(texts).toEqual(expect.arrayContaining(['5%|', '300| people']));
  });
});

describe('density: kinds an editor rarely checks come last', () => {
  const text =
    'In 2018, on March 5, 2019, the UN said 800,000 people had fled for the first time. Prices rose 5% in 2019.';
  const found = figureFindings(text, null, 'en');

  test('counts, money, percentages and quantities come before years, dates, times and ordinals', () => {
    const kinds = groupFigures(found).map((g) => g.figures[0]?.figureKind);
    const firstFolded = kinds.findIndex((k) => ['year', 'date', 'time', 'ordinal'].includes(k ?? ''));
    expect(firstFolded).toBeGreaterThan(0);
    expect(kinds.slice(firstFolded).every((k) => ['year', 'date', 'time', 'ordinal'].includes(k ?? ''))).toBe(true);
  });

  test('their groups are marked rare and still list every figure, each once', () => {
    const root = document.createElement('ul');
    document.body.append(root);
    render(h(FigureGroups, { figures: found }), root);
    const rare = [...root.querySelectorAll('li.figure-group.rare')].map((li) => li.getAttribute('data-group'));
    expect(rare).toEqual(expect.arrayContaining(['kind:year', 'kind:date']));
    expect(rare).not.toContain('count:people');
    expect(root.querySelectorAll('li.finding.figure')).toHaveLength(found.length);
  });

  test('an inconsistent group is never among the rare ones', () => {
    const groups = groupFigures(figures);
    expect(groups[0]?.conflicted).toBe(true);
    expect(isFolded(groups[0]!)).toBe(false);
  });
});
