import { render } from 'preact';
import { expect, test } from 'vitest';
import { PageStatus, progressShare } from '../../components/PageStatus';

function text(listing: boolean, readerable: boolean): string {
  const root = document.createElement('div');
  const state = { status: 'not-article' as const, url: 'https://harbour.example.test/news', readerable, listing };
  render(<PageStatus state={state} onAnalyzeAnyway={() => {}} onRetry={() => {}} onStop={() => {}} />, root);
  return root.textContent ?? '';
}

test('a listing page is named for what it is, with "Analyze anyway" still offered', () => {
  expect(text(true, true)).toContain('a front page or a list of stories');
  expect(text(true, true)).toContain('Analyze anyway');
  expect(text(false, true)).not.toContain('list of stories');
  expect(text(false, false)).toContain('home page, index or app');
});

test('a reading under way tells its progress, and Stop asks to end it', () => {
  const root = document.createElement('div');
  let stops = 0;
  const progress = { kind: 'figure' as const, label: 'Figures', done: 3, total: 10, finder: 2, finders: 3 };
  render(
    <PageStatus
      state={{ status: 'loading', url: 'https://harbour.example.test/news', progress }}
      onAnalyzeAnyway={() => {}}
      onRetry={() => {}}
      onStop={() => stops++}
    />,
    root,
  );
  expect(root.textContent).toContain('Figures: 3 of 10 parts read');
  // The first finder done, the second three tenths of the way: (1 + 0.3) / 3.
  expect(root.querySelector('progress')?.getAttribute('value')).toBe(String(Math.round((1.3 / 3) * 100)));
  const stop = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Stop');
  stop?.click();
  expect(stops).toBe(1);
});

test('before the first step the bar has no value (indeterminate), and the share runs from 0 to 1', () => {
  const root = document.createElement('div');
  const state = { status: 'loading' as const, url: 'https://harbour.example.test/news' };
  render(<PageStatus state={state} onAnalyzeAnyway={() => {}} onRetry={() => {}} onStop={() => {}} />, root);
  expect(root.querySelector('progress')?.hasAttribute('value')).toBe(false);
  expect(progressShare({ kind: 'quote', label: 'Quotes', done: 1, total: 1, finder: 3, finders: 3 })).toBe(1);
  expect(progressShare({ kind: 'quote', label: 'Quotes', done: 0, total: 4, finder: 1, finders: 3 })).toBe(0);
});
