import { describe, expect, test } from 'vitest';
import { boundedHtml } from '../../cli/bounded-html';
import { parseDocument } from '../../cli/node-dom';

describe('boundedHtml', () => {
  test('a page within the cap comes back as it is, unclosed paragraphs and scripts included', () => {
    const page =
      '<html><body>' +
      '<p>one<p>two'.repeat(2000) +
      '<script>if (a < b) document.write("<div><div>")</script><!-- <div> --><div><img src=x><br/></div></body></html>';
    expect(boundedHtml(page, 10)).toBe(page);
  });

  test('tags past the cap are dropped, their text kept in order', () => {
    const html = `${'<div>'.repeat(5)}<span>deep</span> words${'</div>'.repeat(5)}<p>after</p>`;
    expect(boundedHtml(html, 3)).toBe('<div><div><div>deep words</div></div></div><p>after</p>');
  });

  // Regression: linkedom's parser is quadratic in nesting; 180,000 levels took minutes.
  // A second or two on a quiet machine; the bound leaves room for a busy one, not for minutes.
  test('a page nested 180,000 deep parses in seconds, not minutes', { timeout: 60_000 }, () => {
    const depth = 180_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>deep words</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const doc = parseDocument(html);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(doc.body.textContent).toBe('deep words');
  });
});
