import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findCredits } from '../../utils/analysis/credits';
import type { Article, CreditFinding } from '../../utils/analysis/types';

// The finder reads the live page; the Readability article only matters for anchoring and kept images.
const NO_ARTICLE = { html: '', text: '' } as unknown as Article;

function credits(file: string, url: string): CreditFinding[] {
  const html = readFileSync(resolve('tests/fixtures/credits', file), 'utf8');
  return findCredits(parseHTML(html).document as unknown as Document, NO_ARTICLE, url);
}

const short = (image: string | null): string => image?.replace(/^.*\//, '') ?? '-';
const table = (list: CreditFinding[]): [string, string | null, string][] =>
  list.map((c) => [short(c.image), c.credit, c.source]);

describe('galleries and caption blocks (gallery.html)', () => {
  const list = credits('gallery.html', 'https://coast.example.test/news/festival');

  test.each([
    // Regression: slides known only from data-* attributes were not pictures at all (WaPo galleries).
    ['boats.jpg', 'Ann Lee/Coast News', 'image-attribute'],
    ['crowd.jpg', 'Ben Ode/AFP/Getty Images', 'image-attribute'],
    // Regression: a gallery item whose caption block ran past 600 characters lost its credit element.
    ['parade.jpg', 'Cal Reyes', 'credit-element'],
    // Regression: the caption line after the picture's box was missed when a link sat beside the picture.
    ['fireworks.jpg', 'Harbour Trust', 'credit-element'],
  ])('%s: credit %j from %s', (image, credit, source) => {
    expect(table(list)).toContainEqual([image, credit, source]);
  });

  test('keeps each slide caption from its data attribute', () => {
    expect(list.find((c) => short(c.image) === 'crowd.jpg')?.caption).toBe('The crowd at the harbour wall.');
  });

  test.each([['the site logo', 'coast-news-logo.png']])('leaves out %s', (_what, image) => {
    expect(list.map((c) => short(c.image))).not.toContain(image);
  });

  // A video still counts as the article's picture (LABELLING.md) when its caption credits it; apart.html has the uncredited case.
  test('credits a video still from its caption', () => {
    expect(table(list)).toContainEqual(['interview-poster.jpg', 'Coast TV', 'credit-element']);
  });

  test.each([['Sam Cook'], ['2026 Coast News. All rights reserved.']])(
    'does not report %j as a credit (recipe-card footer, site footer)',
    (holder) => {
      expect(list.map((c) => c.credit)).not.toContain(holder);
    },
  );

  test('lists the pictures in page order', () => {
    expect(list.map((c) => short(c.image))).toEqual([
      'boats.jpg',
      'crowd.jpg',
      'parade.jpg',
      'fireworks.jpg',
      'interview-poster.jpg',
    ]);
  });
});

describe('a hero in the story header, outside the body (header-hero.html)', () => {
  const list = credits('header-hero.html', 'https://world.example.test/politics/budget');

  test('takes the header picture with the copyright line beside it', () => {
    expect(table(list)).toEqual([['royal-hall.jpg', 'REUTERS / POOL', 'credit-element']]);
  });

  test('names the agency', () => {
    expect(list[0]?.agencies).toEqual(['Reuters']);
  });

  test('leaves out the masthead picture beside the site title', () => {
    expect(list.map((c) => short(c.image))).not.toContain('masthead-art.jpg');
  });
});

describe('figures between the sections of a split body (split-body.html)', () => {
  const list = credits('split-body.html', 'https://science.example.test/tuft-cells');

  test.each([
    ['tuft-lede.jpg', 'Ray Burke for Science Weekly'],
    // Regression: a long attribution element ("...; sources: ...") was read as a caption.
    [
      'tuft-timeline.jpg',
      "Lab Graphics for Science Weekly; sources: National Library of Medicine, the study's authors",
    ],
  ])('%s: credit %j', (image, credit) => {
    expect(table(list)).toContainEqual([image, credit, 'credit-element']);
  });
});

describe('a lead picture only the metadata names', () => {
  test('takes the credit from a JSON-LD @graph ImageObject matching og:image', () => {
    const list = credits('meta-lead-graph.html', 'https://river.example.test/news/dam');
    expect(table(list)).toEqual([['dam-wide.jpg', 'Lena Park/EPA', 'json-ld']]);
    expect(list[0]?.agencies).toEqual(['EPA']);
  });

  test('reports nothing when og:image is the site share card and only the publisher logo is credited', () => {
    expect(credits('meta-lead-logo.html', 'https://town.example.test/news/buses')).toEqual([]);
  });
});
