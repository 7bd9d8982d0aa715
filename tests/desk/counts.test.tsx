// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { FindingLists } from '../../components/FindingLists';
import { findingCounts } from '../../utils/desk/counts';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { entryOf } from '../../utils/store/index-records';
import { makeFigure, makeQuote } from '../finding-factories';
import { richClipping } from '../store/library-fixtures';

const TEXT =
  'Some 800,000 people fled, aid groups said. “It is a disaster,” one said. Later 800,000 people were counted.';
const first = makeFigure({
  id: 'f1',
  start: 5,
  end: 12,
  text: '800,000',
  value: 800000,
  group: 'count:people',
  unit: 'people',
});
const again = makeFigure({ ...first, id: 'f2', start: 79, end: 86, repeatOf: 'f1' });
const quote = makeQuote({ id: 'q1', start: 44, end: 60, text: 'It is a disaster' });

// Regression: 19 figures on the Page tab, "24 figures" on the Library row for the same page.
describe('one count of flags everywhere', () => {
  test('the Page tab, the Library row and the Markdown table count a repeated figure once', () => {
    const clipping = { ...richClipping({ text: TEXT }), id: 1, findings: [first, again, quote] };
    expect(findingCounts(clipping.findings)).toEqual({ quotes: 1, figures: 1, credits: 0 });
    expect(entryOf(clipping)).toMatchObject({ quotes: 1, figures: 1, credits: 0 });

    const root = document.createElement('div');
    render(<FindingLists findings={clipping.findings} />, root);
    expect(root.querySelector('#figures .count')?.textContent).toBe('1');
    expect(root.querySelectorAll('#figures .finding').length).toBe(1);

    const table = clippingToMarkdown(clipping).split('## Figures')[1]!.split('\n## ')[0]!;
    const rows = table.split('\n').filter((l) => l.startsWith('|'));
    // Header, divider, then one row per flag.
    expect(rows.length - 2).toBe(1);
  });
});
