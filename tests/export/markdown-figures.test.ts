import { describe, expect, test } from 'vitest';
import type { FigureFinding, Finding } from '../../utils/analysis/types';
import type { FlagState } from '../../utils/desk/model';
import { clippingToMarkdown } from '../../utils/export/markdown';
import type { ExportContext } from '../../utils/export/markdown-context';
import { figuresSection, sentenceAround } from '../../utils/export/markdown-figures';
import { makeFigure } from '../finding-factories';
import { cellsOf, makeClipping } from './markdown-fixtures';

const figure = (
  text: string,
  unit: string | null,
  value: number | null,
  extra: Partial<FigureFinding> = {},
): FigureFinding => makeFigure({ id: `f${text}`, text, value, unit, ...extra });

const PARAGRAPH =
  'Aid agencies met on Monday. Some 800,000 people have fled Idlib. The UN said 700,000 people had fled.';

function context(states: Record<string, FlagState['status']> = {}, link: string | null = null): ExportContext {
  return {
    stateOf: (f: Finding) => (states[f.id] ? ({ status: states[f.id] } as FlagState) : undefined),
    linkTo: () => link,
    contextOf: () => PARAGRAPH,
  };
}

const rowsOf = (md: string): string[][] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map(cellsOf);

describe('figures section', () => {
  test('a table of figure, what it counts, context sentence, status and inconsistencies', () => {
    const a = figure('800,000', 'people', 800000, {
      qualifier: 'some',
      group: 'count:people',
      conflicts: ['f700,000'],
    });
    const b = figure('700,000', 'people', 700000, { group: 'count:people', conflicts: ['f800,000'] });
    const c = figure('Monday', null, null, { figureKind: 'date' });
    expect(rowsOf(figuresSection([c, a, b], context({ 'f800,000': 'verified' })))).toEqual([
      ['Figure', 'What it counts', 'Context', 'Status', 'Inconsistencies'],
      ['---', '---', '---', '---', '---'],
      ['some 800,000', 'people (count)', 'Some 800,000 people have fled Idlib.', 'verified', 'differs from 700,000'],
      ['700,000', 'people (count)', 'The UN said 700,000 people had fled.', 'unchecked', 'differs from 800,000'],
      ['Monday', 'date', 'Aid agencies met on Monday.', 'unchecked', ''],
    ]);
  });

  test('the value compared is written when the text does not say it; ranges with a dash', () => {
    const rows = rowsOf(
      figuresSection(
        [
          figure('£3.2bn', 'GBP', 3.2e9, { figureKind: 'money' }),
          figure('5-10%', '%', null, { figureKind: 'percent', range: [5, 10], change: 'rise' }),
        ],
        context(),
      ),
    );
    expect(rows[2]?.[0]).toBe('£3.2bn (= 3,200,000,000)');
    expect(rows[3]?.slice(0, 2)).toEqual(['5-10% (= 5–10)', '% (percent, rise)']);
  });

  test('a link to the place in the source wraps the figure', () => {
    const rows = rowsOf(
      figuresSection([figure('800,000', 'people', 800000)], context({}, 'https://x.test/a#:~:text=800')),
    );
    expect(rows[2]?.[0]).toBe('[800,000](https://x.test/a#:~:text=800)');
  });

  test('a repeated figure is one row, marked with how often the article gives it', () => {
    const first = figure('800,000', 'people', 800000, { id: 'f1' });
    const again = figure('800,000', 'people', 800000, { id: 'f2', repeatOf: 'f1' });
    const rows = figuresSection([first, again, figure('300', 'homes', 300)], context())
      .split('\n')
      .slice(2)
      .map((r) => cellsOf(r)[0]);
    expect(rows).toEqual(['800,000 (×2)', '300']);
  });

  test('a pipe or newline in a cell stays in that one cell', () => {
    const rows = rowsOf(
      figuresSection([figure('10|20', 'a|b\nc', null, { figureKind: 'quantity', range: [10, 20] })], context()),
    );
    expect(rows[2]?.slice(0, 2)).toEqual(['10\\|20 (= 10–20)', 'a\\|b c (quantity)']);
  });

  test('through the whole export, with the clipping context', () => {
    const md = clippingToMarkdown(makeClipping([figure('800,000', 'people', 800000)]));
    expect(md).toContain('| Figure | What it counts | Context | Status | Inconsistencies |');
    expect(md).toMatch(/\| 800,000 \| people \(count\) \|.*\| unchecked \|/);
  });
});

describe('sentenceAround', () => {
  test.each([
    [PARAGRAPH, '700,000', 'The UN said 700,000 people had fled.'],
    [PARAGRAPH, 'Monday', 'Aid agencies met on Monday.'],
    ['No full stop 5 here', '5', 'No full stop 5 here'],
    ['Missing text. Here.', 'absent', 'Missing text. Here.'],
    ['He paid $1.5m. "It was 3.5 times more," she said. Then left.', '3.5', '"It was 3.5 times more," she said.'],
  ])('%s / %s', (paragraph, exact, sentence) => {
    expect(sentenceAround(paragraph, exact)).toBe(sentence);
  });
});
