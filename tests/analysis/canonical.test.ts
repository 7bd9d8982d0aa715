import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { canonicalFor, siteFamily } from '../../utils/analysis/canonical';
import { readMetadata } from '../../utils/analysis/metadata';

const PAGE = 'https://www.news.example.co.uk/world/story?id=1';

describe('canonicalFor: only an http(s) address of the page’s own site family', () => {
  test.each([
    ['the same site', 'https://www.news.example.co.uk/world/story', 'https://www.news.example.co.uk/world/story'],
    ['another host of the same site', 'https://m.news.example.co.uk/s', 'https://m.news.example.co.uk/s'],
    ['a relative link, resolved', '/world/story', 'https://www.news.example.co.uk/world/story'],
    ['http for an https page', 'http://news.example.co.uk/s', 'http://news.example.co.uk/s'],
  ])('%s is taken', (_name, href, expected) => {
    expect(canonicalFor(href, PAGE)).toEqual({ url: expected, warning: null });
  });

  test.each([
    // Regression: <link rel=canonical href="javascript:…"> was stored and exported as canonical.
    ['javascript:', PAGE, 'javascript:alert(document.domain)', /not an http\(s\) address/],
    ['data:', PAGE, 'data:text/html,<script>alert(1)</script>', /not an http\(s\) address/],
    // Regression: a page could name another site's saved article as its canonical and be offered "Replace".
    ['another site', PAGE, 'https://bank.example.com/statement', /on another site/],
    ['a sibling under a public suffix', PAGE, 'https://other.co.uk/s', /on another site/],
    [
      'another user of a shared host',
      'https://attacker.github.io/post',
      'https://victim.github.io/post',
      /on another site/,
    ],
  ])('%s is ignored with a warning', (_name, page, href, warning) => {
    const choice = canonicalFor(href, page);
    expect(choice.url).toBeNull();
    expect(choice.warning).toMatch(warning);
  });

  test('with no page address (pasted text) any http(s) canonical is taken, others are not', () => {
    expect(canonicalFor('https://news.test/a', null).url).toBe('https://news.test/a');
    expect(canonicalFor('javascript:alert(1)', null).url).toBeNull();
  });

  test('site families', () => {
    expect(siteFamily('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteFamily('https://a.github.io/')).toBe('a.github.io');
    expect(siteFamily('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteFamily('not a url')).toBeNull();
  });
});

describe('analyze keeps a page from choosing a foreign canonical', () => {
  const wire = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8');
  const withCanonical = (href: string) =>
    wire.replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${href}">`);

  test.each(['javascript:alert(1)', 'https://elsewhere.example.org/world/un-urges-assad-idlib'])(
    'canonical %s is dropped and the warning says so',
    (href) => {
      const doc = parseHTML(withCanonical(href)).document as unknown as Document;
      const result = analyze(doc, { url: 'https://news.example.test/world/x', now: new Date('2020-01-01T00:00:00Z') });
      if (!result.ok) throw new Error('not analyzed');
      expect(result.analysis.article.canonicalUrl).not.toBe(href);
      expect(result.analysis.article.canonicalUrl ?? '').toMatch(/^(https:\/\/news\.example\.test\/|$)/);
      expect(result.analysis.warnings.join('\n')).toContain("Ignored the page's canonical link");
    },
  );
});

// Regression: a page naming another site in both <link rel=canonical> and og:url printed the warning twice (Business Insider).
test('one foreign address named by the link and og:url is one warning', () => {
  const href = 'https://www.news.example.de/how-to-retire-early';
  const { document } = parseHTML(
    `<html><head><link rel="canonical" href="${href}"><meta property="og:url" content="${href}">` +
      `<script type="application/ld+json">{"@type":"NewsArticle","url":"${href}"}</script></head><body></body></html>`,
  );
  const meta = readMetadata(document as unknown as Document, 'https://www.news.example.com/how-to-retire-early');
  expect(meta.canonicalUrl).toBeNull();
  expect(meta.warnings).toEqual([`Ignored the page's canonical link "${href}": it is on another site.`]);
});
