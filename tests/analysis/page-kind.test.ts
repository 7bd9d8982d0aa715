import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { KIND_WARNINGS, pageKind } from '../../utils/analysis/page-kind';

const NOW = new Date('2026-11-20T12:00:00Z');
const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

const TOPICS = [
  'Council approves the harbour wall rebuild after a long night of debate',
  'Ferry timetable changes from Monday as the winter schedule begins',
  'School meals contract goes back out to tender after complaints',
  'Police appeal for witnesses after a crash on the coast road',
  'New bus lane on the high street opens two months late',
  'Library opening hours cut as the budget gap widens again',
  'Fishing fleet lands its biggest catch in a decade this week',
  'Hospital car park charges to rise from January, trust confirms',
  'Storm warning issued for the weekend as gales are forecast',
  'Town hall clock restored and back in working order',
  'Local choir wins national title for the second year running',
  'Market traders protest over new rents at the covered hall',
];

/** A news section page: one teaser per story, its headline a link, a line of standfirst under it. */
function sectionPage(): string {
  const teasers = TOPICS.map(
    (t, n) =>
      `<article class="teaser"><h3><a href="/news/story-${n}">${t}</a></h3><p>${t}: our reporter has the details of what happened, who said what at the meeting, and what the decision means for families and businesses in the town this winter.</p></article>`,
  ).join('\n');
  return `<html><head><title>Local news | The Harbour Post</title></head><body><main><h1>Local news</h1><section class="stories">${teasers}</section></main></body></html>`;
}

describe('front and listing pages', () => {
  test('a section page of linked headlines is refused as a listing unless forced', () => {
    const result = analyze(doc(sectionPage()), { url: 'https://harbour.example.test/news', now: NOW, force: false });
    expect(result).toEqual({ ok: false, reason: 'not-article', readerable: expect.any(Boolean), listing: true });
  });

  test('forced, a listing is analyzed with a one-line warning', () => {
    const result = analyze(doc(sectionPage()), { url: 'https://harbour.example.test/news', now: NOW, force: true });
    expect(result.ok && result.analysis.warnings).toContain(KIND_WARNINGS.listing);
  });

  test('the wire story with its related links stays an article', () => {
    const html = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8');
    const result = analyze(doc(html), { url: 'https://news.example.test/world/idlib', now: NOW, force: false });
    expect(result.ok && result.analysis.warnings).not.toContain(KIND_WARNINGS.listing);
    expect(result.ok).toBe(true);
  });
});

describe('pageKind', () => {
  const story = (paragraphs: number, extra = ''): string =>
    Array.from(
      { length: paragraphs },
      (_, n) => `<p>Paragraph ${n} of the story, in plain words about the vote.</p>`,
    ).join('') + extra;
  const article = (html: string, more: Partial<{ byline: string | null; publishedTime: string | null }> = {}) => {
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { html, text, wordCount: text.split(' ').length, byline: null, publishedTime: null, ...more };
  };

  test('a story closing on five linked headlines of related stories is an article (their words are few)', () => {
    const related = TOPICS.slice(0, 5)
      .map((t, n) => `<h4><a href="/r/${n}">${t}</a></h4>`)
      .join('');
    expect(pageKind(article(story(30, related)))).toBe('article');
  });

  test('a long, undated, unsigned page citing by number is a reference page', () => {
    const page = article(
      Array.from({ length: 400 }, (_, n) => `<p>Fact ${n} about the harbour and its long history.[${n % 90}]</p>`).join(
        '',
      ),
    );
    expect(page.wordCount).toBeGreaterThan(3000);
    expect(pageKind(page)).toBe('reference');
    expect(pageKind({ ...page, publishedTime: '2026-11-20T10:00:00Z' })).toBe('article');
  });
});
