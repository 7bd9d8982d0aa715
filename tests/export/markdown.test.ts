import { describe, expect, test } from 'vitest';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { escapeInline } from '../../utils/export/markdown-escape';
import { frontMatterOf, makeClipping } from './markdown-fixtures';

describe('front matter', () => {
  test('carries the clipping metadata', () => {
    expect(frontMatterOf(clippingToMarkdown(makeClipping()))).toEqual({
      title: 'UN Secretary General Urges Assad To Call Off Idlib Attack',
      source: 'https://news.example.test/world/un-urges-assad-idlib?utm_source=twitter#comments',
      canonical: 'https://news.example.test/world/un-urges-assad-idlib',
      site: 'The Wire Desk',
      author: 'Sam Writer',
      published: '2018-09-05T10:30:00Z',
      clipped: '2024-01-05T12:00:00.000Z',
      tags: ['syria'],
      word_count: 15,
    });
  });

  test.each([
    'Breaking: UN says "no" to attack',
    'Pipes | and #hashtags # here',
    '- starts with a dash',
    '---',
    'Line one\nLine two\n---\nthree',
    "It's 'quoted' & <b>bold</b>",
    '@mention `tick` *star* [link]',
    '> not a quote',
    'null',
    'yes',
    '2018-09-05',
    '  padded  ',
    'Tab\tand trailing colon:',
    'x'.repeat(300),
  ])('title %j survives YAML.parse exactly', (title) => {
    const fm = frontMatterOf(clippingToMarkdown(makeClipping([], title))) as { title: unknown };
    expect(fm.title).toBe(title);
  });
});

describe('body', () => {
  test('has the title heading and every section in order', () => {
    const md = clippingToMarkdown(makeClipping());
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings).toEqual([
      '# UN Secretary General Urges Assad To Call Off Idlib Attack',
      '## Quotes',
      '## Figures',
      '## Image credits',
      '## Article',
      '## Background',
    ]);
  });

  test('empty sections say "None found."', () => {
    const md = clippingToMarkdown(makeClipping());
    expect(md).toContain('## Quotes\n\nNone found.\n');
    expect(md).toContain('## Figures\n\nNone found.\n');
    expect(md).toContain('## Image credits\n\nNone found.\n');
  });

  test('a title with Markdown syntax is escaped in the heading, one line', () => {
    const md = clippingToMarkdown(makeClipping([], '# Breaking\n*news*'));
    expect(md).toContain('\n# \\# Breaking \\*news\\*\n');
  });

  test('relative image and link URLs are resolved against the clipping URL', () => {
    const c = {
      ...makeClipping(),
      url: 'https://news.example.test/world/story',
      html: '<p><img src="/img/a b.jpg" alt="A [b]"> <a href="../about">About</a> <a href="https://x.test/">X</a></p>',
    };
    const md = clippingToMarkdown(c);
    expect(md).toContain(
      '![A \\[b\\]](https://news.example.test/img/a%20b.jpg) [About](https://news.example.test/about) [X](https://x.test/)',
    );
  });

  // Stored html is sanitized, but the export does not rely on it: a script link is never written.
  test.each([
    ['a javascript: link keeps its text only', '<p><a href="javascript:alert(1)">Click</a></p>', 'Click'],
    ['a data: image is dropped', '<p>a<img src="data:image/png;base64,AAAA" alt="x"></p>', 'a'],
  ])('%s', (_name, html, expected) => {
    const md = clippingToMarkdown({ ...makeClipping(), html });
    expect(md).toMatch(new RegExp(`## Article\\n\\n${expected}\\n$`));
    expect(md).not.toMatch(/javascript:|data:/);
  });

  test('the article body is converted by Turndown (atx headings, - bullets, _em_)', () => {
    const md = clippingToMarkdown(makeClipping());
    expect(md).toMatch(/## Article\n\n## Background\n\nIdlib is the _last_ rebel-held area\.\n\n-\s+one\n-\s+two\n$/);
  });
});

describe('escapeInline', () => {
  test.each([
    ['plain text unchanged', 'U.S. aid rises 5%', 'U.S. aid rises 5%'],
    ['whitespace runs and newlines collapse', '  a\n\tb  c ', 'a b c'],
    ['a no-break space is whitespace too', 'a\u00a0 b', 'a b'],
    ['inline syntax escaped', 'a*b_c`d[e]<f>|g~h\\i', 'a\\*b\\_c\\`d\\[e\\]\\<f\\>\\|g\\~h\\\\i'],
    ['an entity is escaped', 'AT&amp;T &#169;', 'AT\\&amp;T \\&#169;'],
    ['a lone ampersand is not', 'Q&A & more', 'Q&A & more'],
    ['a heading start', '# not a heading', '\\# not a heading'],
    ['a list start after trimming', '  - item', '\\- item'],
    ['an ordered list start', '12. twelve', '12\\. twelve'],
    ['a number mid-line is left alone', 'in 2024. Then', 'in 2024. Then'],
  ])('%s', (_name, text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });
});
