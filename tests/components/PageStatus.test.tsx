import { render } from 'preact';
import { expect, test } from 'vitest';
import { PageStatus } from '../../components/PageStatus';

function text(listing: boolean, readerable: boolean): string {
  const root = document.createElement('div');
  const state = { status: 'not-article' as const, url: 'https://harbour.example.test/news', readerable, listing };
  render(<PageStatus state={state} onAnalyzeAnyway={() => {}} onRetry={() => {}} />, root);
  return root.textContent ?? '';
}

test('a listing page is named for what it is, with "Analyze anyway" still offered', () => {
  expect(text(true, true)).toContain('a front page or a list of stories');
  expect(text(true, true)).toContain('Analyze anyway');
  expect(text(false, true)).not.toContain('list of stories');
  expect(text(false, false)).toContain('home page, index or app');
});
