import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { creditsFinder, findCredits } from '../../utils/analysis/credits';
import { splitCaption } from '../../utils/analysis/credits/parse-credit';
import { imageKey } from '../../utils/analysis/credits/urls';
import type { Article, CreditFinding } from '../../utils/analysis/types';

const NOW = new Date('2024-05-01T00:00:00Z');

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function credits(file: string, url: string | null): { list: CreditFinding[]; text: string } {
  const result = analyze(doc(readFileSync(resolve(file), 'utf8')), { url, now: NOW });
  if (!result.ok) throw new Error(`${file} not analyzed`);
  const list = result.analysis.findings.filter((f): f is CreditFinding => f.kind === 'credit');
  return { list, text: result.analysis.article.text };
}

describe('splitCaption', () => {
  test.each([
    ['Idlib 2018 (Image: PA)', 'Idlib 2018', 'PA', '(Image: PA)'],
    [
      'An archive photo taken in Tamanah, Idlib, in 2018 (Picture: PA)',
      'An archive photo taken in Tamanah, Idlib, in 2018',
      'PA',
      '(Picture: PA)',
    ],
    ['Photo: Jane Doe/Reuters', null, 'Jane Doe/Reuters', 'Photo: Jane Doe/Reuters'],
    ['Smoke over the city. © AFP', 'Smoke over the city.', 'AFP', '© AFP'],
    [
      'Jupiter from orbit. Credit: NASA/JPL-Caltech',
      'Jupiter from orbit.',
      'NASA/JPL-Caltech',
      'Credit: NASA/JPL-Caltech',
    ],
    ['Picture: Getty Images', null, 'Getty Images', 'Picture: Getty Images'],
    [
      'The Moulin Rouge cabaret in Paris. Benoit Tessier/Reuters',
      'The Moulin Rouge cabaret in Paris.',
      'Benoit Tessier/Reuters',
      'Benoit Tessier/Reuters',
    ],
    ['Workers remove a sign in 1989. (AP)', 'Workers remove a sign in 1989.', 'AP', '(AP)'],
    ['A market in Kabul. AFP via Getty Images', 'A market in Kabul.', 'AFP via Getty Images', 'AFP via Getty Images'],
    ['At the lab | photo by Joan Bardeletti', 'At the lab', 'Joan Bardeletti', 'photo by Joan Bardeletti'],
    ['Credit Ellen Surrey', null, 'Ellen Surrey', 'Credit Ellen Surrey'],
    [
      'Kirsten Luce for The New York Times',
      null,
      'Kirsten Luce for The New York Times',
      'Kirsten Luce for The New York Times',
    ],
    // Regression: "(All photos: Atlas staff)" left "(All" behind as the caption.
    ['(All photos: Atlas staff)', null, 'Atlas staff', '(All photos: Atlas staff)'],
    // Regression: a short credit printed after the bracketed one ran into it: "Getty Images) Getty".
    ['How big is a duvet? (Photo: Getty Images) Getty', 'How big is a duvet?', 'Getty Images', '(Photo: Getty Images)'],
    ['Protesters march (Image: getty )', 'Protesters march', 'getty', '(Image: getty )'],
  ])('%j -> caption %j, credit %j', (text, caption, credit, line) => {
    expect(splitCaption(text)).toEqual({ caption, credit, line });
  });

  test.each([
    ['He spoke to Reuters.'],
    ['A photo by the river'],
    ['President Obama (Barack Obama) speaks'],
    ['Glass cloche terrariums (Lucy Akins)'],
    // Regression: a title-case caption with "for" read as "Name for Publication".
    ['Meal Prep Menu for Eating Plan B'],
    ['Images of the week'],
  ])('no credit in %j', (text) => {
    expect(splitCaption(text)).toMatchObject({ caption: text, credit: null });
  });
});

describe('credits on the wire story', () => {
  const { list, text } = credits(
    'tests/fixtures/wire-story.html',
    'https://news.example.test/world/un-urges-assad-idlib',
  );

  test('two article images; the logo and the related-story thumbnail are left out', () => {
    expect(list.map((c) => c.image)).toEqual([
      'https://news.example.test/img/idlib-2018.jpg',
      'https://news.example.test/img/tamanah.jpg',
    ]);
  });

  test.each([
    [0, { id: 'credit-1', credit: 'PA', caption: 'Idlib 2018', source: 'figcaption' }],
    [
      1,
      {
        id: 'credit-2',
        credit: 'PA',
        caption: 'An archive photo taken in Tamanah, Idlib, in 2018.',
        source: 'credit-element',
      },
    ],
  ])('image %i', (i, expected) => {
    expect(list[i]).toMatchObject({ kind: 'credit', ...expected });
  });

  test('the lead image credited in the caption and in JSON-LD is one entry, anchored on the caption', () => {
    const lead = list[0]!;
    expect(text.slice(lead.start!, lead.end!)).toBe('PA');
    expect(text.slice(lead.start! - 8, lead.end! + 1)).toBe('(Image: PA)');
    expect(lead.selectors).toContainEqual({ type: 'TextPositionSelector', start: lead.start, end: lead.end });
  });

  test('the second "PA" is anchored after the first, next to its own caption', () => {
    expect(list[1]!.start).toBeGreaterThan(list[0]!.end!);
    expect(text.slice(list[1]!.start! - 9, list[1]!.end!)).toBe('Picture: PA');
  });
});

describe('credits on a page with lazy images, caption wrappers and page furniture', () => {
  const { list } = credits('tests/fixtures/credits/lazy-gallery.html', 'https://coast.example.test/news/harbour');

  test.each([
    [
      'https://coast.example.test/img/harbour-lead.jpg',
      'Jane Doe/Reuters',
      'Fishing boats return to the harbour on Monday.',
      'figcaption',
    ],
    ['https://coast.example.test/img/quay-1280.jpg', 'AFP', 'The damaged north quay', 'caption-text'],
    ['https://coast.example.test/img/cranes.jpg', 'Getty Images', null, 'caption-text'],
    // An uncredited picture is described by its alt text when it has no caption.
    ['https://coast.example.test/img/map.png', null, 'Map of the harbour', 'none'],
  ])('%s', (image, credit, caption, source) => {
    expect(list.find((c) => c.image === image)).toMatchObject({ credit, caption, source });
  });

  test.each([['site-logo'], ['anna-writer'], ['pixel.gif'], ['other-story'], ['footer-badge']])(
    'leaves out %s',
    (name) => {
      expect(list.some((c) => c.image?.includes(name))).toBe(false);
    },
  );

  test('the lazy image and its noscript copy are one entry', () => {
    expect(list.filter((c) => c.image?.includes('harbour-lead'))).toHaveLength(1);
  });
});

describe('credits from metadata', () => {
  const { list } = credits('tests/fixtures/credits/metadata-lead.html', 'https://science.example.test/space/plumes');

  test('a lead image only og:image names comes first, credited from JSON-LD, with a quote-only selector', () => {
    expect(list[0]).toMatchObject({
      image: 'https://science.example.test/media/plumes-hero.jpg',
      credit: 'NASA/JPL-Caltech',
      source: 'json-ld',
      start: null,
      end: null,
      selectors: [{ type: 'TextQuoteSelector', exact: 'NASA/JPL-Caltech', prefix: '', suffix: '' }],
    });
  });

  test.each([
    ['probe.jpg', 'ESA', "An artist's impression of the probe", 'json-ld'],
    ['team.jpg', 'Sam Lens for The Science Desk', 'Mission scientists celebrate the flyby.', 'credit-element'],
    ['chart.png', null, null, 'none'],
  ])('%s', (name, credit, caption, source) => {
    expect(list.find((c) => c.image?.endsWith(name))).toMatchObject({ credit, caption, source });
  });

  test('the publisher logo in JSON-LD is not an article image', () => {
    expect(list.some((c) => c.image?.includes('logo'))).toBe(false);
  });
});

describe('findCredits edge cases', () => {
  const article = (text: string, html = ''): Article => ({
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    url: null,
    canonicalUrl: null,
    excerpt: null,
    wordCount: 0,
    readingMinutes: 0,
    text,
    html,
    readerable: true,
  });
  const page = (body: string): Document => doc(`<!doctype html><html><head></head><body>${body}</body></html>`);

  test('relative image URLs stay as written without a page URL', () => {
    const d = page(
      '<article><figure><img src="/a.jpg" width="600" height="400"><figcaption>Photo: AP</figcaption></figure></article>',
    );
    expect(findCredits(d, article('Body text.'), null)).toMatchObject([{ image: '/a.jpg', credit: 'AP' }]);
  });

  test('a credit Readability dropped gets a quote selector of the line as on the page', () => {
    const d = page(
      '<article><figure><img src="/a.jpg"><figcaption>A quay (Picture: PA)</figcaption></figure></article>',
    );
    expect(findCredits(d, article('Nothing about it here.'), 'https://x.test/')[0]).toMatchObject({
      start: null,
      selectors: [{ type: 'TextQuoteSelector', exact: '(Picture: PA)' }],
    });
  });

  test('a credit word in the story is not taken for the credit of a caption that is not in the text', () => {
    const d = page(
      '<article><figure><img src="/a.jpg"><figcaption>A quay. Picture: Reuters</figcaption></figure></article>',
    );
    expect(findCredits(d, article('He told Reuters the quay was safe.'), null)[0]?.start).toBeNull();
  });

  test('an empty page has no credits', () => {
    expect(creditsFinder.find(page(''), article(''), { url: null, now: NOW, lang: null })).toEqual([]);
  });

  test.each([
    ['https://cdn.test/img/harbour-1200x630.jpg?w=600', 'https://cdn.test/img/harbour.jpg'],
    [
      'https://i.test/img/media/abc123/0_0_10_10/master/1000.jpg',
      'https://i.test/img/media/abc123/0_0_10_10/master/500.jpg',
    ],
  ])('image keys match resized copies: %s', (a, b) => {
    expect(imageKey(a)).toBe(imageKey(b));
  });
});
