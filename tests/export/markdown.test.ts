import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { CreditFinding, FigureFinding, Finding, QuoteFinding } from '../../utils/analysis/types';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { clippingFromAnalysis, type Clipping } from '../../utils/store/clippings';
import { makeAnalysis } from '../store/fixtures';

const base = { start: 0, end: 1, selectors: [] };
const quote = (text: string, speaker: string | null, cue: string | null, partial = false): QuoteFinding => ({
  ...base,
  id: `q${text.length}`,
  kind: 'quote',
  text,
  speaker,
  cue,
  partial,
});
const figure = (
  text: string,
  unit: string | null,
  value: number | null,
  extra: Partial<FigureFinding> = {},
): FigureFinding => ({
  ...base,
  id: `f${text}`,
  kind: 'figure',
  text,
  figureKind: 'count',
  value,
  range: null,
  unit,
  qualifier: null,
  ...extra,
});
const credit = (caption: string | null, holder: string | null, image: string | null): CreditFinding => ({
  ...base,
  id: `c${caption}`,
  kind: 'credit',
  caption,
  credit: holder,
  image,
  source: holder ? 'figcaption' : 'none',
});

function makeClipping(findings: Finding[] = [], title?: string): Clipping {
  const analysis = makeAnalysis(title === undefined ? {} : { title }, findings);
  const html = '<h2>Background</h2><p>Idlib is the <em>last</em> rebel-held area.</p><ul><li>one</li><li>two</li></ul>';
  return clippingFromAnalysis(analysis, { html, now: new Date('2024-01-05T12:00:00Z'), tags: ['syria'] });
}

/** The YAML between the opening and closing `---`. */
function frontMatterOf(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match).not.toBeNull();
  return parse(match![1]!);
}

/** GFM splits a row on pipes not preceded by a backslash. */
function cellsOf(row: string): string[] {
  return row
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

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

  test.each([
    [
      quote('a humanitarian nightmare', 'Antonio Guterres', 'said'),
      '> a humanitarian nightmare\n\n— Antonio Guterres (said)',
    ],
    [quote('terrorists must be purged', 'Zarif', null, true), '> terrorists must be purged\n\n— Zarif (partial)'],
    [quote('we will stay', null, null), '> we will stay\n\n— Unattributed'],
    [quote('# not a heading\n- nor *a list*', null, null), '> \\# not a heading - nor \\*a list\\*\n\n— Unattributed'],
  ])('quote %#', (finding, expected) => {
    expect(clippingToMarkdown(makeClipping([finding]))).toContain(`## Quotes\n\n${expected}\n`);
  });

  test('figures become a table; a pipe in a cell stays in that one cell', () => {
    const md = clippingToMarkdown(
      makeClipping([
        figure('800,000', 'people', 800000, { qualifier: 'some' }),
        figure('10|20', 'a|b\nc', null, { figureKind: 'quantity', range: [10, 20] }),
      ]),
    );
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.map(cellsOf)).toEqual([
      ['Figure', 'What it counts', 'Kind', 'Value'],
      ['---', '---', '---', '---'],
      ['some 800,000', 'people', 'count', '800,000'],
      ['10\\|20', 'a\\|b c', 'quantity', '10–20'],
    ]);
  });

  test('image credits list the credit, or flag a missing one, with the image link', () => {
    const md = clippingToMarkdown(
      makeClipping([
        credit('Idlib 2018', 'PA', 'https://news.example.test/img/idlib (1).jpg'),
        credit(null, null, 'https://news.example.test/img/tamanah.jpg'),
        credit('Unsafe', 'X', 'javascript:alert(1)'),
      ]),
    );
    expect(md).toContain(
      [
        '- Idlib 2018 — PA ([image](https://news.example.test/img/idlib%20%281%29.jpg))',
        '- _No caption_ — **No credit** ([image](https://news.example.test/img/tamanah.jpg))',
        '- Unsafe — X\n',
      ].join('\n'),
    );
    expect(md).not.toContain('javascript:');
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

  test('the article body is converted by Turndown (atx headings, - bullets, _em_)', () => {
    const md = clippingToMarkdown(makeClipping());
    expect(md).toMatch(/## Article\n\n## Background\n\nIdlib is the _last_ rebel-held area\.\n\n-\s+one\n-\s+two\n$/);
  });
});
