import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findCredits } from '../../utils/analysis/credits';
import type { Article, CreditFinding } from '../../utils/analysis/types';

const short = (image: string | null): string => image?.replace(/^.*\//, '') ?? '-';

function credits(html: string, text = ''): CreditFinding[] {
  const article = { html: '', text } as unknown as Article;
  return findCredits(
    parseHTML(html).document as unknown as Document,
    article,
    'https://harbour.example.test/news/vote',
  );
}

describe('credits the page keeps away from the caption (apart.html)', () => {
  const list = credits(readFileSync(resolve('tests/fixtures/credits/apart.html'), 'utf8'));
  const table = list.map((c) => [short(c.image), c.credit]);

  test.each([
    // Regression: the thumbnails of the story's own gallery were read as teasers of other stories (AP hosted pages).
    ['wall-night.jpg', 'Harbour Council via AP'],
    ['wall-storm.jpg', 'Jo Marsh/Harbour Post via AP'],
    // Regression: the credit WordPress copies from the file into data-image-meta was not read.
    ['crane-1024x683.jpg', 'INGO BARENSCHEE'],
    // Regression: a video still whose caption credits it was left out with the players' posters.
    ['mayor-interview.jpg', 'Tom Reed/Harbour Post'],
  ])('%s: credit %j', (image, credit) => {
    expect(table).toContainEqual([image, credit]);
  });

  test('takes no editing software for a credit', () => {
    expect(table).toContainEqual(['quay-1024x683.jpg', null]);
  });

  test('still leaves out an uncredited "Video:" poster and a related story\'s gallery teaser', () => {
    expect(list.map((c) => short(c.image))).not.toContain('promo-reel.jpg');
    expect(list.map((c) => short(c.image))).not.toContain('other-story.jpg');
  });
});

describe('a lead credit line at the end of the story', () => {
  const page = (pictures: string): string =>
    `<html><body><article><h1>Alibaba prices its Hong Kong listing at last</h1>${pictures}<p>Alibaba priced its shares on Wednesday.</p><p><em>Main image credit: Getty</em></p></article></body></html>`;
  const img = (name: string): string => `<p><img src="https://harbour.example.test/img/${name}.jpg" alt="" /></p>`;
  const text = 'Alibaba priced its shares on Wednesday.\n\nMain image credit: Getty';

  // Regression: "Main image credit: Getty" at the end of the body left the lead picture uncredited (City A.M.).
  test('credits the first picture with a "Main image credit" line', () => {
    const list = credits(page(img('lead') + img('chart')), text);
    expect(list.map((c) => [short(c.image), c.credit])).toEqual([
      ['lead.jpg', 'Getty'],
      ['chart.jpg', null],
    ]);
    expect(list[0]?.agencies).toEqual(['Getty Images']);
  });

  test('a bare "Image credit:" line names the only picture, not one of several', () => {
    const bare = 'Alibaba priced its shares on Wednesday.\n\nImage credit: Jane Doe/Reuters';
    expect(credits(page(img('lead')), bare).map((c) => c.credit)).toEqual(['Jane Doe/Reuters']);
    expect(credits(page(img('lead') + img('chart')), bare).map((c) => c.credit)).toEqual([null, null]);
  });

  test('a sentence about the main image is no credit line', () => {
    const prose = 'The main image credit: the board said it would pay for the photographs.';
    expect(credits(page(img('lead')), prose).map((c) => c.credit)).toEqual([null]);
  });
});

describe('a lead picture credited in a block of its own', () => {
  const meta = (copyright: string): string => `data-image-meta='{"credit":"","copyright":"${copyright}"}'`;
  const page = (afterBody: string, attrs = ''): string =>
    `<html><body><article><h1>Black Friday deals you can get right now</h1><p><img src="https://harbour.example.test/wp-content/uploads/amazon-sign.jpg" ${attrs} alt="" /></p><p>Prices are subject to change.</p>${afterBody}</article></body></html>`;
  const block =
    '<div class="featured-image-source"><span class="source">Image Source: Neil Godwin / Future Publishing/Shutterstock</span></div>';

  // Regression: the theme's "featured-image-source" line after the body left the lead uncredited (BGR).
  test('a featured-image block with no picture in it credits the lead', () => {
    expect(credits(page(block)).map((c) => c.credit)).toEqual(['Neil Godwin / Future Publishing/Shutterstock']);
  });

  test("the printed credit wins over the file's copyright field", () => {
    const attrs = meta('Copyright (c) 2019 Shutterstock. No use without permission.');
    expect(credits(page(block, attrs)).map((c) => c.credit)).toEqual(['Neil Godwin / Future Publishing/Shutterstock']);
  });

  test("a file's copyright notice alone gives its holder, without the notice's other sentences", () => {
    const attrs = meta('Copyright (c) 2019 Shutterstock. No use without permission.');
    expect(credits(page('', attrs)).map((c) => c.credit)).toEqual(['Shutterstock']);
  });
});

describe('a credit set apart inside the caption', () => {
  const figure = (name: string, caption: string): string =>
    `<figure><img src="https://harbour.example.test/img/${name}.jpg" alt="" /><figcaption>${caption}</figcaption></figure>`;
  const list = credits(
    `<html><body><article><h1>The harbour wall vote and what it means</h1>${figure('dusk', 'The wall at dusk <cite>Jane Doe/Reuters</cite>')}${figure('dawn', 'The wall at dawn <small>Photo: Ann Lee</small>')}${figure('poem', 'As the poet wrote in <cite>The Waste Land</cite>, the sea rises')}</article></body></html>`,
  );

  // Regression: a <cite> or <small> credit with no full stop before it was read as caption text.
  test.each([
    ['dusk.jpg', 'Jane Doe/Reuters', 'The wall at dusk'],
    ['dawn.jpg', 'Ann Lee', 'The wall at dawn'],
  ])('%s: credit %j, caption %j', (image, credit, caption) => {
    expect(list.find((c) => short(c.image) === image)).toMatchObject({ credit, caption });
  });

  test('a <cite> naming a work is no credit', () => {
    expect(list.find((c) => short(c.image) === 'poem.jpg')?.credit).toBeNull();
  });
});

describe("the lead picture's JSON-LD", () => {
  test('a caption closing with its credit line credits the picture when no credit field does', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      image: {
        '@type': 'ImageObject',
        url: 'https://harbour.example.test/img/rally.jpg',
        caption: 'Supporters cheer at the rally. (AP Photo/Evan Vucci)',
      },
    });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>The rally on the harbour front last night</h1><p><img src="https://harbour.example.test/img/rally.jpg" alt="" /></p><p>Thousands came.</p></article></body></html>`;
    expect(credits(html).map((c) => [short(c.image), c.credit, c.caption, c.source])).toEqual([
      ['rally.jpg', 'AP Photo/Evan Vucci', 'Supporters cheer at the rally.', 'json-ld'],
    ]);
  });
});
