// Range.toString and intersectsNode are incomplete in happy-dom; jsdom implements them as browsers do.
// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { blockText, collapseSpace, isSpace } from '../../utils/analysis/text';
import { randomHighlightNames } from '../../utils/desk/highlight-style';
import { createHighlighter } from '../../utils/desk/page-highlighter';
import { selectorsForPageQuote } from '../../utils/desk/page-items';
import { readPageText } from '../../utils/desk/page-text';
import { findingAt } from './fixtures';

const NAMES = randomHighlightNames();

/**
 * The engine's text (where findings point) and the live page's text (where highlights are
 * searched) must hold the same words with the same spaces, or every highlight falls back
 * to the slow approximate search or misses.
 */

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc.body;
}

describe('one whitespace rule', () => {
  test.each([
    [' ', true],
    ['\n', true],
    ['\t', true],
    ['\u00a0', true],
    ['\u202f', true],
    ['\u2009', true],
    ['\u3000', true],
    ['a', false],
    ['£', false],
    ['\u200b', false],
  ])('isSpace(%j) → %s', (c, expected) => {
    expect(isSpace(c)).toBe(expected);
  });

  test('collapseSpace makes every run one plain space', () => {
    expect(collapseSpace('£1.2\u00a0bn \u00a0 and\u202f5\n\n%')).toBe('£1.2 bn and 5 %');
  });
});

// Regression: readPageText kept U+00A0 while the engine made it a space, so "£1.2 bn" and
// "Mr Smith" never matched exactly on the page; selections did not map back either.
const NBSP_PAGE = `<article><p>The deal is worth £1.2&nbsp;bn, Mr&nbsp;Smith said on&nbsp;&nbsp;Monday.</p></article>`;

describe('a page with no-break spaces', () => {
  test('the page text has plain spaces, as the engine text has', () => {
    const root = body(NBSP_PAGE);
    const { text } = readPageText(root);
    expect(text).toBe('The deal is worth £1.2 bn, Mr Smith said on Monday.');
    expect(text).toBe(blockText(root));
  });

  test.each(['£1.2 bn', 'Mr Smith'])(
    'the finding "%s" is highlighted by its exact words, not approximately',
    (words) => {
      const root = body(NBSP_PAGE);
      const article = blockText(root);
      const registry = new Map<string, { ranges: Range[] }>();
      let clockReads = 0;
      const highlighter = createHighlighter({
        root,
        names: NAMES,
        registry: registry as unknown as Parameters<typeof createHighlighter>[0]['registry'],
        makeHighlight: (ranges) => ({ ranges }),
        scrollTo: () => undefined,
        // The approximate search reads the clock; an exact match never needs it.
        now: () => (clockReads++, 0),
      });
      const finding = findingAt(article, 'figure', words);
      const before = clockReads;
      expect(
        highlighter.update([{ id: finding.id, kind: 'figure', quote: { exact: words, prefix: '', suffix: '' } }], []),
      ).toEqual({
        missing: [],
      });
      // update reads the clock once for its deadline; a fuzzy fallback would read it more.
      expect(clockReads - before).toBe(1);
      expect(registry.get(NAMES.figure)?.ranges.map((r) => r.toString().replace(/\u00a0/g, ' '))).toEqual([words]);
    },
  );

  test('a selection over no-break spaces maps back to the article text', () => {
    const root = body(NBSP_PAGE);
    const p = root.querySelector('p')!;
    const range = root.ownerDocument.createRange();
    const node = p.firstChild as Text;
    range.setStart(node, node.data.indexOf('Mr'));
    range.setEnd(node, node.data.indexOf(' said'));
    const registry = new Map();
    const highlighter = createHighlighter({
      root,
      names: NAMES,
      registry: registry as unknown as Parameters<typeof createHighlighter>[0]['registry'],
      makeHighlight: () => ({}),
      scrollTo: () => undefined,
    });
    const quote = highlighter.quoteOfRange(range)!;
    expect(quote.exact).toBe('Mr Smith');
    const article = 'The deal is worth £1.2\u00a0bn, Mr\u00a0Smith said on\u00a0Monday.';
    const selectors = selectorsForPageQuote(article, quote)!;
    expect(selectors).toContainEqual({ type: 'TextPositionSelector', start: 27, end: 35 });
  });
});

describe('the same elements skipped on both sides', () => {
  test.each([
    ['a button', '<p>Prices rose <button>Share</button>5 per cent.</p>'],
    ['a hidden element', '<p>Prices rose <span hidden>secret</span>5 per cent.</p>'],
    ['iframe fallback text', '<p>Prices rose <iframe>Your browser cannot</iframe>5 per cent.</p>'],
    ['object fallback text', '<p>Prices rose <object>Get a plugin</object>5 per cent.</p>'],
    ['a script', '<p>Prices rose <script>var x = 1;</script>5 per cent.</p>'],
  ])('%s: page text and engine text agree', (_name, html) => {
    const root = body(html);
    expect(readPageText(root).text).toBe('Prices rose 5 per cent.');
    expect(blockText(root)).toBe('Prices rose 5 per cent.');
  });
});
