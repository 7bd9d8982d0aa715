/**
 * DOMPurify is only safe on a real DOM: on happy-dom (the unit-test environment) it
 * leaves scripts in, and on linkedom it returns the input untouched. So the payload
 * tests run the module in real Chromium (bundled by Vite, as the panel gets it), and
 * the Node DOMs are tested for refusing.
 */
import { Window as HappyWindow } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sanitizeHtml, UnsafeDomError, type SanitizeOptions } from '../utils/sanitize';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('unsafe DOMs are refused', () => {
  // Regression: DOMPurify on happy-dom returned `<img onerror>` and `<script>` untouched.
  test.each([
    ['happy-dom', () => new HappyWindow() as unknown as Window],
    ['linkedom', () => parseHTML('<!doctype html><html><body></body></html>').window as unknown as Window],
    ['the happy-dom test environment', () => window],
  ])('%s', (_name, makeWindow) => {
    expect(() => sanitizeHtml('<p onclick="x()">hi</p>', makeWindow())).toThrow(UnsafeDomError);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: 'utils/sanitize.ts', formats: ['iife'], name: 'CopydeskSanitize' },
      },
    });
    const chunk = (Array.isArray(out) ? out[0] : (out as Rolldown.RolldownOutput))?.output[0];
    if (!chunk) throw new Error('Vite produced no bundle for utils/sanitize.ts');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.addScriptTag({ content: chunk.code });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  function sanitize(html: string, options: SanitizeOptions = {}): Promise<string> {
    return page.evaluate(
      ([h, o]) =>
        (
          window as unknown as { CopydeskSanitize: { sanitizeHtml: typeof sanitizeHtml } }
        ).CopydeskSanitize.sanitizeHtml(h, window, o),
      [html, options] as const,
    );
  }

  test.each([
    ['<script>', '<p>a</p><script>alert(1)</script>', /<script|alert/i],
    ['onerror=', '<img src="https://a.test/x.jpg" onerror="alert(1)">', /onerror|alert/i],
    ['onclick=', '<p onclick="alert(1)">a</p>', /onclick|alert/i],
    ['javascript: href', '<a href="javascript:alert(1)">a</a>', /javascript|alert/i],
    ['entity-encoded javascript: href', '<a href="jav&#x09;ascript:alert(1)">a</a>', /ascript|alert/i],
    ['<iframe>', '<iframe src="https://evil.test/"></iframe><p>a</p>', /iframe|evil/i],
    ['<svg onload>', '<svg onload="alert(1)"><circle r="1"/></svg><p>a</p>', /svg|onload|alert/i],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', /data:|<img/i],
    [
      '<form> and its controls',
      '<form action="https://evil.test"><input name="p"><button>Go</button></form>',
      /form|input|button|Go/i,
    ],
    ['<style> and style=', '<style>p{color:red}</style><p style="color:red">a</p>', /style|color/i],
    ['<object>/<embed>', '<object data="x.swf"></object><embed src="x.swf">', /object|embed|swf/i],
    ['mXSS through noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', /onerror|alert/i],
    ['class and id', '<p class="ad" id="app">a</p>', /class|id=/i],
  ])('drops %s', async (_name, payload, forbidden) => {
    expect(await sanitize(payload)).not.toMatch(forbidden);
  });

  test('keeps ordinary article markup', async () => {
    const article = [
      '<h2>Heading</h2>',
      '<p>Some <em>em</em>, <strong>strong</strong> and <a href="https://a.test/x">a link</a>.</p>',
      '<blockquote><p>A quote.</p></blockquote>',
      '<ul><li>one</li></ul><ol><li>two</li></ol>',
      '<figure><img src="https://a.test/i.jpg" alt="Alt"><figcaption>Caption (Image: PA)</figcaption></figure>',
      '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    ].join('');
    const expected = article
      .replace('<a href="https://a.test/x">', '<a href="https://a.test/x" target="_blank" rel="noopener noreferrer">')
      .replace('alt="Alt">', 'alt="Alt" referrerpolicy="no-referrer" loading="lazy">');
    expect(await sanitize(article)).toBe(expected);
  });

  test('links open in a new tab without opener, whatever the page said', async () => {
    expect(await sanitize('<a href="https://a.test/" target="_self" rel="opener">a</a>')).toBe(
      '<a href="https://a.test/" target="_blank" rel="noopener noreferrer">a</a>',
    );
  });

  // Regression: article images shown in the panel sent the panel's referrer to the news site.
  test.each([
    ['an image the page gave no policy', '<img src="https://a.test/i.jpg" alt="">'],
    [
      'an image whose page asked for a referrer and eager loading',
      '<img src="https://a.test/i.jpg" alt="" referrerpolicy="unsafe-url" loading="eager">',
    ],
  ])('%s loads lazily without a referrer', async (_name, html) => {
    expect(await sanitize(html)).toBe(
      '<img src="https://a.test/i.jpg" alt="" referrerpolicy="no-referrer" loading="lazy">',
    );
  });

  test('sanitizing twice changes nothing more (restore cleans stored clippings again)', async () => {
    const once = await sanitize('<p><a href="https://a.test/">a</a><img src="https://a.test/i.jpg" alt="x"></p>');
    expect(await sanitize(once)).toBe(once);
  });

  test('relative URLs are resolved with baseUrl and dropped without it', async () => {
    const html = '<p><a href="/about">About</a><img src="img/a.jpg" alt="a"></p>';
    expect(await sanitize(html, { baseUrl: 'https://news.test/world/story' })).toBe(
      '<p><a href="https://news.test/about" target="_blank" rel="noopener noreferrer">About</a><img src="https://news.test/world/img/a.jpg" alt="a" referrerpolicy="no-referrer" loading="lazy"></p>',
    );
    expect(await sanitize(html)).toBe('<p><a>About</a></p>');
  });
});
