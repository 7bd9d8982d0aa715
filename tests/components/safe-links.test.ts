import { h, render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ClippingView } from '../../components/ClippingView';
import { CreditItem } from '../../components/CreditItem';
import { makeCredit } from '../finding-factories';
import { richClipping } from '../store/library-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

const noop = () => {};

describe('the clipping view links only to web pages', () => {
  // Regression: after restoring a crafted backup, the source line was a javascript: link.
  test.each([
    ['https://news.test/story', 'https://news.test/story'],
    ['javascript:alert(document.cookie)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///home/desk/story.html', null],
  ])('%j links to %j', (url, href) => {
    const root = mount(
      h(ClippingView, {
        clipping: { ...richClipping(), url },
        safeHtml: '',
        markdown: '',
        onBack: noop,
        onDelete: noop,
        onDownload: noop,
        onCopy: () => Promise.resolve(true),
      }),
    );
    const source = root.querySelector('.source')!;
    expect(source.textContent).toContain(url);
    expect(source.querySelector('a')?.getAttribute('href') ?? null).toBe(href);
  });
});

describe('a credit thumbnail loads only web images', () => {
  test.each([
    ['https://img.test/a.jpg', 'https://img.test/a.jpg'],
    ['javascript:alert(1)', null],
    ['data:image/svg+xml;base64,PHN2Zz4=', null],
    [null, null],
  ])('%j shows %j', (image, src) => {
    const root = mount(h('ul', null, h(CreditItem, { finding: makeCredit({ image }) })));
    expect(root.querySelector('img')?.getAttribute('src') ?? null).toBe(src);
  });
});
