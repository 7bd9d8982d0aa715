import { describe, expect, test } from 'vitest';
import { parseByline } from '../../utils/export/authors';
import { bibtex, cslJson, escapeBibtex, toCsl } from '../../utils/export/citation';

const clipping = {
  id: 7,
  title: 'UN Secretary General Urges Assad To Call Off Idlib Attack',
  byline: 'By Sam Writer and Jane Q. Doe',
  siteName: 'The Wire Desk',
  publishedTime: '2018-09-05T10:30:00Z',
  url: 'https://news.example.test/world/idlib?id=1',
  clippedAt: '2024-01-05T12:00:00.000Z',
  lang: 'en-GB',
};

describe('parseByline', () => {
  test.each([
    [
      'two people',
      'By Sam Writer and Jane Q. Doe',
      [
        { family: 'Writer', given: 'Sam' },
        { family: 'Doe', given: 'Jane Q.' },
      ],
    ],
    [
      'comma list',
      'Ann Lee, Bo Park',
      [
        { family: 'Lee', given: 'Ann' },
        { family: 'Park', given: 'Bo' },
      ],
    ],
    ['an agency', 'Reuters', [{ literal: 'Reuters' }]],
    ['staff byline', 'Wire Desk Staff', [{ literal: 'Wire Desk Staff' }]],
    ['outlet after a bar is dropped', 'Sam Writer | The Wire Desk', [{ family: 'Writer', given: 'Sam' }]],
    ['none', null, []],
    ['blank', '  ', []],
  ])('%s', (_name, byline, authors) => {
    expect(parseByline(byline)).toEqual(authors);
  });
});

describe('CSL-JSON', () => {
  test('article-newspaper with author, title, container, issued, URL and accessed', () => {
    expect(toCsl(clipping)).toEqual({
      id: 'copydesk-7',
      type: 'article-newspaper',
      title: clipping.title,
      'container-title': 'The Wire Desk',
      author: [
        { family: 'Writer', given: 'Sam' },
        { family: 'Doe', given: 'Jane Q.' },
      ],
      issued: { 'date-parts': [[2018, 9, 5]] },
      accessed: { 'date-parts': [[2024, 1, 5]] },
      URL: clipping.url,
      language: 'en-GB',
    });
  });

  test.each([
    ['no site: the host is the container', { siteName: null }, { 'container-title': 'news.example.test' }],
    [
      'a date as written stays literal',
      { publishedTime: 'Tuesday morning' },
      { issued: { literal: 'Tuesday morning' } },
    ],
    ['no byline: no author key', { byline: null }, { author: undefined }],
  ])('%s', (_name, change, expected) => {
    expect(toCsl({ ...clipping, ...change })).toMatchObject(
      Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)),
    );
    if ('author' in expected) expect(toCsl({ ...clipping, ...change })).not.toHaveProperty('author');
  });

  test('a selection is one JSON array that parses back', () => {
    const parsed = JSON.parse(cslJson([clipping, { ...clipping, id: 8 }])) as unknown[];
    expect(parsed).toHaveLength(2);
  });
});

describe('BibTeX', () => {
  test('@article with author, title, journal, date, url and urldate', () => {
    expect(bibtex([clipping])).toBe(
      [
        '@article{writer2018un,',
        '  author = {Writer, Sam and Doe, Jane Q.},',
        '  title = {{UN Secretary General Urges Assad To Call Off Idlib Attack}},',
        '  journal = {The Wire Desk},',
        '  year = {2018},',
        '  month = sep,',
        '  date = {2018-09-05},',
        '  url = {https://news.example.test/world/idlib?id=1},',
        '  urldate = {2024-01-05},',
        '}',
        '',
      ].join('\n'),
    );
  });

  test.each([
    ['ampersand, percent, dollar, hash, underscore', 'A&B 5% $3 #1 a_b', 'A\\&B 5\\% \\$3 \\#1 a\\_b'],
    ['braces and backslash', 'x{y}\\z', 'x\\{y\\}\\textbackslash{}z'],
    ['tilde and caret', '~^', '\\textasciitilde{}\\textasciicircum{}'],
    ['newlines collapse', 'a\n\nb', 'a b'],
  ])('escapes %s', (_name, text, escaped) => {
    expect(escapeBibtex(text)).toBe(escaped);
  });

  test('special characters in a title are escaped inside the braces; organisation authors stay whole', () => {
    const out = bibtex([{ ...clipping, title: 'Profits up 50% at R&D_Lab {draft}', byline: 'Associated Press' }]);
    expect(out).toContain('title = {{Profits up 50\\% at R\\&D\\_Lab \\{draft\\}}},');
    expect(out).toContain('author = {{Associated Press}},');
    expect(out).toMatch(/^@article\{associated2018profits,/);
  });

  test('keys are unique across a selection', () => {
    const keys = [...bibtex([clipping, clipping, clipping]).matchAll(/@article\{([^,]+),/g)].map((m) => m[1]);
    expect(keys).toEqual(['writer2018un', 'writer2018una', 'writer2018unb']);
  });

  test('braces in a URL are percent-encoded so the field stays balanced', () => {
    // The URL parser encodes them; each % is then escaped as every % in a url field is.
    expect(bibtex([{ ...clipping, url: 'https://a.test/{x}?q=a b' }])).toContain(
      'url = {https://a.test/\\%7Bx\\%7D?q=a\\%20b},',
    );
  });

  // Regression: a backup's url with a newline or tab passed the http check (the URL parser drops
  // them) and landed raw in CSL-JSON and BibTeX.
  test('a url with a newline or tab is cited as the URL parser writes it', () => {
    const odd = { ...clipping, url: 'https://a.test/st\nory\t?x=1' };
    expect(toCsl(odd).URL).toBe('https://a.test/story?x=1');
    expect(bibtex([odd])).toContain('url = {https://a.test/story?x=1},');
  });

  test('an address that is not http(s) is not cited', () => {
    expect(toCsl({ ...clipping, url: 'javascript:alert(1)' }).URL).toBeUndefined();
    expect(bibtex([{ ...clipping, url: 'javascript:alert(1)' }])).not.toContain('url =');
  });
});

describe('the cited address', () => {
  const canonical = 'https://news.example.test/world/idlib';

  test('is the canonical URL when the page gave one, in CSL-JSON and BibTeX', () => {
    expect(toCsl({ ...clipping, canonicalUrl: canonical }).URL).toBe(canonical);
    expect(bibtex([{ ...clipping, canonicalUrl: canonical }])).toContain(`url = {${canonical}},`);
  });

  test('is the page URL when there is no canonical, or when it is not http(s)', () => {
    expect(toCsl({ ...clipping, canonicalUrl: null }).URL).toBe(clipping.url);
    expect(toCsl({ ...clipping, canonicalUrl: 'javascript:alert(1)' }).URL).toBe(clipping.url);
  });
});
