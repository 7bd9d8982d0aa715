import { render } from 'preact';
import { expect, test } from 'vitest';
import { FigureItem } from '../../components/FigureItem';
import { makeFigure } from '../finding-factories';

function html(figure: Parameters<typeof FigureItem>[0]['finding']): string {
  const root = document.createElement('ul');
  render(<FigureItem finding={figure} />, root);
  return root.textContent ?? '';
}

test('a figure shows what it counts beside it, so the list reads without a click', () => {
  expect(html(makeFigure({ text: '800,000', unit: 'people', context: 'people displaced' }))).toContain(
    '800,000 people · people displaced',
  );
  expect(html(makeFigure({ text: '800,000', unit: 'people' }))).not.toContain('·');
});
