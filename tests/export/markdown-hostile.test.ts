// The export's HTML is sanitized by DOMPurify, which needs a real DOM: jsdom, as the CLI uses.
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, test } from 'vitest';
import { analyzeInput } from '../../cli/analyze-input';
import { toMarkdown } from '../../cli/markdown';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { richClipping } from '../store/library-fixtures';

/** What Markdown syntax itself makes, and the tables the export keeps as (sanitized) HTML. */
const MARKDOWN_ELEMENTS = new Set(
  'p h1 h2 h3 h4 h5 h6 blockquote ul ol li a img em strong code pre hr br table thead tbody tfoot tr th td caption colgroup col'.split(
    ' ',
  ),
);

/** The Markdown as a CommonMark renderer shows it, as a DOM to inspect. */
function rendered(markdown: string): HTMLElement {
  const html = new HtmlRenderer().render(new Parser().parse(markdown));
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Every element and attribute in the rendered Markdown that the page could have written. */
function pageMarkup(root: HTMLElement): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) => {
    const tag = el.tagName.toLowerCase();
    const found = MARKDOWN_ELEMENTS.has(tag) ? [] : [`<${tag}>`];
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || attr.name === 'style') found.push(`${tag}[${attr.name}]`);
      if ((attr.name === 'href' || attr.name === 'src') && !/^https?:\/\//i.test(attr.value))
        found.push(`${tag}[${attr.name}=${attr.value}]`);
    }
    return found;
  });
}

const NOW = new Date('2024-03-01T09:00:00Z');

describe('the Markdown of a hostile page holds no HTML element the page wrote', () => {
  test.each([
    ['hostile-markdown.html', null],
    ['hostile-markdown.html', 'https://news.example.test/ferry'],
    ['hostile.html', null],
    ['hostile.html', 'https://news.example.test/harbour'],
  ])('%s with url %s, rendered by CommonMark', async (file, url) => {
    const page = readFileSync(resolve('tests/fixtures', file), 'utf8');
    const analysis = analyzeInput(page, { url, text: false, now: NOW });
    const markdown = await toMarkdown(analysis, NOW);
    const root = rendered(markdown);
    expect(pageMarkup(root)).toEqual([]);
    expect(markdown).not.toMatch(/javascript:/i);
  });

  // Regression: with no --url, the page's own link text reached the Markdown as <img src="x" onerror="…">.
  test('text that reads as a tag is kept, as text', async () => {
    const page = readFileSync(resolve('tests/fixtures/hostile-markdown.html'), 'utf8');
    const markdown = await toMarkdown(analyzeInput(page, { url: null, text: false, now: NOW }), NOW);
    const text = rendered(markdown).textContent ?? '';
    expect(text).toContain('<img src="x" onerror="alert(4)">');
    expect(text).toContain('<script>alert(5)</script>');
    expect(text).toContain('&lt;b&gt; stays as written');
    expect(text).toContain('Ferry <b onmouseover=alert(1)>fares</b> rise again');
  });

  test('front matter with a tag in it still reads back as the same text', async () => {
    const { parse } = await import('yaml');
    const clipping = { ...richClipping(), title: 'A <b>bold</b> title', byline: '<img src=x onerror=alert(1)>' };
    const markdown = clippingToMarkdown(clipping);
    const yaml = markdown.slice(4, markdown.indexOf('\n---', 4));
    expect(yaml).not.toContain('<');
    expect(parse(yaml)).toMatchObject({ title: 'A <b>bold</b> title', author: '<img src=x onerror=alert(1)>' });
  });
});

describe('addresses in the Markdown are written as the URL parser writes them', () => {
  // Regression: a backup's url or credit image with a newline or tab passed the http check and
  // landed raw in `[source](…)` and `[image](…)` links.
  test('a stored url and credit image with newlines and tabs make whole links', () => {
    const base = richClipping();
    const clipping = {
      ...base,
      url: 'https://news.example.test/wor\nld/st\tory',
      canonicalUrl: 'javascript:alert(1)',
      findings: base.findings.map((f) => (f.kind === 'credit' ? { ...f, image: 'https://img.test/a\n.jpg' } : f)),
    };
    const markdown = clippingToMarkdown(clipping);
    expect(markdown).toContain('source: https://news.example.test/world/story\n');
    expect(markdown).not.toContain('canonical: javascript');
    expect(markdown).toContain('([image](https://img.test/a.jpg))');
    expect(markdown).toContain('([source](https://news.example.test/world/story#:~:text=');
    const links = [...rendered(markdown).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(href).toMatch(/^https:\/\/[^\s]+$/);
  });
});
