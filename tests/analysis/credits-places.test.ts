import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { agenciesIn } from '../../utils/analysis/credits/agency-names';
import { imageKey } from '../../utils/analysis/credits/urls';
import type { CreditFinding, TextQuoteSelector } from '../../utils/analysis/types';

const URL = 'https://news.example.test/story';

function credits(file: string): CreditFinding[] {
  const html = readFileSync(resolve('tests/fixtures/credits', file), 'utf8');
  const result = analyze(parseHTML(html).document as unknown as Document, { url: URL, now: new Date(0) });
  if (!result.ok) throw new Error(`${file} not analyzed`);
  return result.analysis.findings.filter((f): f is CreditFinding => f.kind === 'credit');
}

const places = credits('places.html');
const byImage = (name: string): CreditFinding | undefined => places.find((c) => c.image?.endsWith(name));

describe('every place a page puts a credit (places.html)', () => {
  test.each([
    ['harbour-wide.jpg', 'Jane Doe/Reuters', 'Boats return to the harbour at dawn.', 'caption-text', ['Reuters']],
    ['tamanah.jpg', 'PA', 'An archive photo taken in Tamanah, Idlib, in 2018', 'figcaption', ['PA Media']],
    ['quay.jpg', 'AFP via Getty Images', 'Workers on the northern quay.', 'credit-element', ['AFP', 'Getty Images']],
    ['ferry.jpg', 'Staff photographer', 'The first ferry leaves.', 'credit-element', []],
    ['crane.jpg', 'AFP', 'A crane lifts a damaged boat.', 'caption-text', ['AFP']],
    ['jupiter.jpg', 'NASA/JPL-Caltech', null, 'caption-text', []],
    ['storm-1600.jpg', 'Getty Images', 'Waves over the sea wall on Friday.', 'figcaption', ['Getty Images']],
    // The alt text's description is the caption when the page prints none.
    ['gulls.jpg', 'REUTERS', 'Gulls over the breakwater.', 'image-attribute', ['Reuters']],
    ['lighthouse.jpg', 'Sam Lee for Example News', 'The lighthouse keeper.', 'credit-element', []],
  ])('%s: credit %j, caption %j, from %s, agencies %j', (image, credit, caption, source, agencies) => {
    expect(byImage(image)).toMatchObject({ credit, caption, source, agencies });
  });

  test('lists the article images in page order, lead first, and nothing else', () => {
    expect(places.map((c) => c.image?.replace(/^.*\//, ''))).toEqual([
      'harbour-wide.jpg',
      'tamanah.jpg',
      'quay.jpg',
      'ferry.jpg',
      'crane.jpg',
      'jupiter.jpg',
      'storm-1600.jpg',
      'gulls.jpg',
      'lighthouse.jpg',
      'nets-1.jpg',
      'nets-2.jpg',
      'chart.png',
    ]);
  });

  test.each([
    ['site logo', 'brand.png'],
    ['menu icon', 'menu-icon.png'],
    ['author photo', 'jo-reporter.jpg'],
    ['tracking pixel', 'pixel.gif'],
    ['advert', 'banner-boats.jpg'],
    ['related story in an aside', 'other-story.jpg'],
    ['recirculation thumbnail', 'thumb-elsewhere.jpg'],
    ['footer logo', 'footer-logo.png'],
    ['generic share image from og:image', 'social-share-default.png'],
  ])('leaves out the %s', (_what, image) => {
    expect(byImage(image)).toBeUndefined();
  });

  test('a footer copyright line credits nothing', () => {
    expect(places.map((c) => c.credit)).not.toContain('Getty Images and Reuters');
    expect(places.filter((c) => c.credit === 'Getty Images')).toHaveLength(1);
  });

  test('two images with the same credit are two entries', () => {
    expect(places.filter((c) => c.credit === 'Reuters').map((c) => c.caption)).toEqual([
      'Nets drying.',
      'More nets drying.',
    ]);
  });

  test('an image with neither caption nor credit is reported, with no empty quote selector', () => {
    const chart = byImage('chart.png');
    expect(chart).toMatchObject({ credit: null, caption: 'Tonnage by month', source: 'none', agencies: [] });
    const quotes = places.flatMap((c) =>
      c.selectors.filter((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector'),
    );
    expect(quotes.every((q) => q.exact.length > 0)).toBe(true);
  });

  test('ids follow page order', () => {
    expect(places.map((c) => c.id)).toEqual(places.map((_, n) => `credit-${n + 1}`));
  });
});

describe('JSON-LD credits (json-ld-twice.html)', () => {
  const list = credits('json-ld-twice.html');

  test('the same image credited in its caption and in JSON-LD is one entry', () => {
    expect(list.filter((c) => c.image && imageKey(c.image) === 'market')).toHaveLength(1);
    expect(list[0]).toMatchObject({ credit: 'Omar Haj Kadour/AFP via Getty Images', source: 'figcaption' });
  });

  test('JSON-LD copyrightHolder credits an image whose caption does not', () => {
    expect(list[1]).toMatchObject({ caption: 'A baker at his stall', credit: 'PA Media', source: 'json-ld' });
  });

  test('an ImageObject the page never shows is not an article image', () => {
    expect(list.some((c) => c.image?.includes('hidden-hero'))).toBe(false);
  });
});

describe('agenciesIn', () => {
  test.each([
    ['PA', ['PA Media']],
    ['PA Wire', ['PA Media']],
    ['Press Association', ['PA Media']],
    ['PA Media', ['PA Media']],
    ['AP Photo/Evan Vucci', ['AP']],
    ['The Associated Press', ['AP']],
    ['ITV, ASSOCIATED PRESS', ['AP']],
    ['AFP via Getty Images', ['AFP', 'Getty Images']],
    ['Ashraf Shazly/Agence France-Presse — Getty Images', ['AFP', 'Getty Images']],
    ['Benoit Tessier/Reuters', ['Reuters']],
    ['EPA-EFE', ['EPA', 'EFE']],
    ['Jeon Heon-Kyun/EPA, via Shutterstock', ['EPA', 'Shutterstock']],
    ['Alamy Stock Photo', ['Alamy']],
    ['Natalie Naccache | Bloomberg | Getty Images', ['Bloomberg', 'Getty Images']],
  ])('%s names %j', (credit, expected) => {
    expect(agenciesIn(credit)).toEqual(expected);
  });

  test.each([
    ['Staff photographer'],
    ['Jane Doe'],
    ['Kirsten Luce for The New York Times'],
    ['NASA/JPL-Caltech'],
    // Regression guard: lower-case "pa" and "ap" inside words are not agencies.
    ['Foto: papá de Ana'],
    ['Happy snap'],
  ])('%s names no agency', (credit) => {
    expect(agenciesIn(credit)).toEqual([]);
  });
});
