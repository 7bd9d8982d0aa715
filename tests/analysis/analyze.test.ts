import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze, analyzeText } from '../../utils/analysis/analyze';
import type { Analysis, Finding, TextPositionSelector, TextQuoteSelector } from '../../utils/analysis/types';

const WIRE = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8');
const URL_ = 'https://news.example.test/world/un-urges-assad-idlib?utm_source=feed';
const NOW = new Date('2018-09-06T08:00:00Z');

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happyDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
function wire(doc = linkedomDoc(WIRE)): Analysis {
  const result = analyze(doc, { url: URL_, now: NOW });
  if (!result.ok) throw new Error('wire story not analyzed');
  return result.analysis;
}

describe('analyze on the wire story', () => {
  test('article metadata comes from JSON-LD, OpenGraph and the canonical link', () => {
    const { article } = wire();
    expect(article).toMatchObject({
      title: 'UN Secretary General Urges Assad To Call Off Idlib Attack',
      byline: 'Sam Writer',
      siteName: 'The Wire Desk',
      publishedTime: '2018-09-05T10:30:00.000Z',
      lang: 'en-GB',
      url: URL_,
      canonicalUrl: 'https://news.example.test/world/un-urges-assad-idlib',
      readerable: true,
    });
    expect(article.wordCount).toBeGreaterThan(250);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(article.text).toContain('displacement of 800,000 people');
    expect(article.text).not.toContain('All rights reserved');
  });

  test('all three finders report, with the analysis time taken from the clock passed in', () => {
    const analysis = wire();
    expect(analysis.analyzedAt).toBe(NOW.toISOString());
    const kinds = new Set(analysis.findings.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['credit', 'figure', 'quote']);
    expect(analysis.warnings).toEqual([]);
  });

  test('straight and curly quotes are both found, with their speakers', () => {
    const quotes = wire().findings.filter((f) => f.kind === 'quote');
    const curly = quotes.find((q) => q.text.startsWith('unleash a humanitarian nightmare'));
    const straight = quotes.find((q) => q.text === 'terrorists must be purged');
    expect(curly?.speaker).toBe('Antonio Guterres');
    expect(straight?.speaker).toBe('Mohammad Javad Zarif');
  });

  test('the lead image caption credit and the separate credit span are both found', () => {
    const credits = wire().findings.filter((f) => f.kind === 'credit');
    expect(credits.map((c) => c.credit)).toEqual(['PA', 'PA']);
    expect(credits[0]?.image).toBe('https://news.example.test/img/idlib-2018.jpg');
  });

  test('every finding carries a quote and a position selector that agree with article.text', () => {
    const { article, findings } = wire();
    const inText = findings.filter((f) => f.start !== null);
    expect(inText.length).toBeGreaterThan(10);
    for (const f of inText) {
      const quote = f.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
      const position = f.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
      expect(position).toEqual({ type: 'TextPositionSelector', start: f.start, end: f.end });
      expect(article.text.slice(position!.start, position!.end)).toBe(quote?.exact);
      expect(article.text.slice(0, position!.start).endsWith(quote!.prefix)).toBe(true);
      expect(article.text.slice(position!.end).startsWith(quote!.suffix)).toBe(true);
    }
  });

  test('finding ids are unique', () => {
    const ids = wire().findings.map((f: Finding) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the document passed in is not modified (Readability runs on a clone)', () => {
    const doc = linkedomDoc(WIRE);
    const before = doc.documentElement.outerHTML;
    wire(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('the result is the same on another DOM implementation and is plain JSON', () => {
    const a = wire();
    const b = wire(happyDoc(WIRE));
    expect(b.article.text).toBe(a.article.text);
    expect(b.findings.map((f) => [f.kind, f.start, f.end])).toEqual(a.findings.map((f) => [f.kind, f.start, f.end]));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('pages that are not articles', () => {
  const HOME = readFileSync(resolve('tests/fixtures/not-article.html'), 'utf8');

  test('are refused unless forced', () => {
    const result = analyze(linkedomDoc(HOME), { url: 'https://x.test/', now: NOW, force: false });
    expect(result).toEqual({ ok: false, reason: 'not-article', readerable: false });
  });

  test('forced, they are analyzed with a warning', () => {
    const result = analyze(linkedomDoc(HOME), { url: 'https://x.test/', now: NOW, force: true });
    if (result.ok) {
      expect(result.analysis.article.readerable).toBe(false);
      expect(result.analysis.warnings[0]).toMatch(/not consider this page an article/);
    } else {
      expect(result.reason).toBe('not-article');
    }
  });
});

describe('analyzeText', () => {
  test('the article text is exactly the input and offsets point into it', () => {
    const text = 'Council backs plan\n\n“We will build 300 homes by 2030,” said Jane Roe, the council leader.';
    const analysis = analyzeText(text, linkedomDoc('<html><body></body></html>'), { url: null, now: NOW });
    expect(analysis.article.text).toBe(text);
    for (const f of analysis.findings) {
      if (f.start === null || f.end === null) continue;
      const exact = f.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact;
      expect(text.slice(f.start, f.end)).toBe(exact);
    }
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote && quote.kind === 'quote' && quote.speaker).toBe('Jane Roe');
  });
});
