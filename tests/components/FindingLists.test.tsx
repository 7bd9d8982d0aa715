import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { FindingLists } from '../../components/FindingLists';
import type { FinderShortfall } from '../../utils/analysis/types';
import { makeFigure, makeQuote } from '../finding-factories';

const quote = makeQuote({ id: 'q1', start: 0, end: 16, text: 'It is a disaster' });
const figure = makeFigure({ id: 'f1', start: 20, end: 27, text: '800,000', value: 800000 });

function lists(shortfalls?: FinderShortfall[]): HTMLElement {
  const root = document.createElement('div');
  render(<FindingLists findings={[quote, figure]} shortfalls={shortfalls} />, root);
  return root;
}

describe('a list its finder did not read to the end', () => {
  test('says so at its own head, and only there', () => {
    const root = lists([
      { kind: 'figure', reason: 'stopped', message: 'Figures: stopped after 5 s; 1,200 of 4,000 paragraphs read.' },
    ]);
    expect(root.querySelector('#figures .shortfall')?.textContent).toBe(
      'Figures: stopped after 5 s; 1,200 of 4,000 paragraphs read.',
    );
    // What it found before stopping is still listed.
    expect(root.querySelectorAll('#figures .finding').length).toBe(1);
    expect(root.querySelector('#quotes .shortfall')).toBeNull();
    expect(root.querySelector('#credits .shortfall')).toBeNull();
  });

  test('an empty list that was not read says why instead of "none found"', () => {
    const root = lists([
      {
        kind: 'credit',
        reason: 'failed',
        message: 'Image credits: could not be read (boom); what was found before is listed.',
      },
    ]);
    expect(root.querySelector('#credits .shortfall')?.textContent).toContain('could not be read (boom)');
    expect(root.querySelector('#credits')?.textContent).not.toContain('No article images found.');
  });

  test('whole lists carry no warning', () => {
    const root = lists();
    expect(root.querySelectorAll('.shortfall').length).toBe(0);
    expect(root.querySelector('#credits')?.textContent).toContain('No article images found.');
  });
});
