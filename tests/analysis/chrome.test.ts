import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { removeChrome } from '../../utils/analysis/chrome';

function clean(html: string): string {
  const { document } = parseHTML(`<html><body><div id="a">${html}</div></body></html>`);
  const container = document.getElementById('a') as unknown as Element;
  removeChrome(container);
  return Array.from(container.querySelectorAll('p, div, li, h3'))
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean)
    .join(' | ');
}

describe('removeChrome', () => {
  test.each([
    ['<p>SUBSCRIBE</p><p>The council met.</p>'],
    ['<div>BREAKING NEWS</div><p>The council met.</p>'],
    ['<p>Advertisement</p><p>The council met.</p>'],
    ['<p>PUBLISHED: 09:22, Wed, Nov 20, 2019</p><p>The council met.</p>'],
    ['<h3>Media caption</h3><p>The council met.</p>'],
    ['<ul><li></li><li> </li></ul><p>The council met.</p>'],
  ])('%j keeps only the story', (html) => {
    expect(clean(html)).toBe('The council met.');
  });

  test('story paragraphs that mention such words stay', () => {
    const html =
      '<p>Readers can subscribe to the council newsletter, the mayor said.</p><p>Breaking news travels fast.</p>';
    expect(clean(html)).toBe(
      'Readers can subscribe to the council newsletter, the mayor said. | Breaking news travels fast.',
    );
  });

  test('a block holding a picture stays whatever its text', () => {
    expect(clean('<div>Advertisement<img src="a.jpg"></div><p>The council met.</p>')).toBe(
      'Advertisement | The council met.',
    );
  });
});
