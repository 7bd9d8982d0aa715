import { describe, expect, test } from 'vitest';
import type { FigureFinding } from '../../utils/analysis/types';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { base, cellsOf, makeClipping } from './markdown-fixtures';

const figure = (
  text: string,
  unit: string | null,
  value: number | null,
  extra: Partial<FigureFinding> = {},
): FigureFinding => ({
  ...base,
  id: `f${text}`,
  kind: 'figure',
  text,
  figureKind: 'count',
  value,
  range: null,
  unit,
  qualifier: null,
  ...extra,
});

describe('figures section', () => {
  test('figures become a table; a pipe in a cell stays in that one cell', () => {
    const md = clippingToMarkdown(
      makeClipping([
        figure('800,000', 'people', 800000, { qualifier: 'some' }),
        figure('10|20', 'a|b\nc', null, { figureKind: 'quantity', range: [10, 20] }),
      ]),
    );
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.map(cellsOf)).toEqual([
      ['Figure', 'What it counts', 'Kind', 'Value'],
      ['---', '---', '---', '---'],
      ['some 800,000', 'people', 'count', '800,000'],
      ['10\\|20', 'a\\|b c', 'quantity', '10–20'],
    ]);
  });
});
