import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { hostilePage } from '../../bench/hostile-pages';
import { analyze } from '../../utils/analysis/analyze';
import { boundedPage, MAX_DEPTH, MAX_ELEMENTS } from '../../utils/analysis/bounded-page';
import { blockText } from '../../utils/analysis/text';

const NOW = new Date('2024-05-01T00:00:00Z');
const linkedomDoc = (html: string): Document => parseHTML(html).document as unknown as Document;
const happyDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const STORY =
  '<h1>Council votes on the bridge</h1><p>The council voted on Tuesday to rebuild the bridge across the river for $1.2 million, ' +
  'said Mayor Anna Smith, who called it "the best use of the money we have".</p>';

const nested = (depth: number, inner: string): string =>
  `<!doctype html><html><head><title>Deep</title></head><body><article>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</article></body></html>`;

describe.each([
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
])('a page past the caps (%s)', (_name, parse) => {
  test('a page within the caps is used as it is', () => {
    const doc = parse(nested(20, STORY));
    expect(boundedPage(doc)).toEqual({ page: doc, warning: null });
  });

  test('the bounded copy keeps the text in order and nests no deeper than the cap', () => {
    const doc = parse(nested(MAX_DEPTH + 50, '<p>one</p><p>two</p>') + '');
    const { page, warning } = boundedPage(doc);
    expect(warning).not.toBeNull();
    expect(page).not.toBe(doc);
    expect(blockText(page.body)).toBe('one\n\ntwo');
    let depth = 0;
    for (let el: Element | null = page.body; el; el = el.firstElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1);
  });
});

// Regression: a page nested 2,500 deep crashed Readability with "Maximum call stack size exceeded".
// On linkedom (the CLI's DOM): happy-dom's own selector matching fails on pages nested some 190 deep.
test('a page nested 5,000 deep is analysed, its text kept, with a warning', () => {
  const result = analyze(linkedomDoc(nested(5_000, STORY)), { url: null, now: NOW });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.analysis.article.text).toContain('rebuild the bridge across the river');
  expect(result.analysis.findings.some((f) => f.kind === 'figure')).toBe(true);
  expect(result.analysis.warnings.join(' ')).toMatch(`nested deeper than ${MAX_DEPTH} levels`);
});

describe('a page of too many elements', () => {
  test('elements past the cap are left out, with a warning', () => {
    const doc = linkedomDoc(nested(1, `${STORY}${'<span>x</span>'.repeat(MAX_ELEMENTS + 10)}`));
    const { page, warning } = boundedPage(doc);
    expect(warning).toMatch(/elements past the first 100,000 were left out/);
    expect(page.querySelectorAll('*').length).toBeLessThanOrEqual(MAX_ELEMENTS);
    expect(blockText(page.body)).toContain('rebuild the bridge');
  });
});

describe('blockText', () => {
  test('reads a tree 20,000 deep without recursion', () => {
    const doc = linkedomDoc(nested(20_000, '<p>deep words</p>'));
    expect(blockText(doc.body)).toBe('deep words');
  });
});

describe('every hostile shape (bench/hostile-pages.ts) at 100 KB', () => {
  test.each(['gallery', 'quotes', 'figures', 'deep', 'jsonld-deep', 'huge-attribute', 'wide'] as const)(
    '%s is analysed without a failure',
    (shape) => {
      const result = analyze(linkedomDoc(hostilePage(shape, 100_000)), { url: 'https://example.com/a', now: NOW });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.analysis.shortfalls).toBeUndefined();
    },
  );
});
