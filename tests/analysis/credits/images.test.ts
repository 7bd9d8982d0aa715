import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findCredits } from '../../../utils/analysis/credits';
import { packageCredit } from '../../../utils/analysis/credits/package';
import type { Article, CreditFinding } from '../../../utils/analysis/types';

const NO_ARTICLE = { html: '', text: '' } as unknown as Article;
const BODY = '<p>' + 'The council met on Tuesday and voted on the plan for the harbour. '.repeat(12) + '</p>';

function credits(head: string, body: string): CreditFinding[] {
  const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
  return findCredits(document as unknown as Document, NO_ARTICLE, 'https://news.example.test/story');
}
const rows = (list: CreditFinding[]): [string, string | null][] =>
  list.map((c) => [c.image?.replace(/^.*\//, '') ?? '-', c.credit]);

describe("which pictures are the article's", () => {
  test('the lead the metadata names counts inside a block classed "masthead" (VentureBeat)', () => {
    const list = credits(
      '<meta property="og:image" content="https://news.example.test/up/harbour.jpg?w=1200">',
      '<div id="article-masthead"><h1>Council votes on the harbour plan today</h1>' +
        '<div class="article-media-header"><img src="https://news.example.test/up/harbour.jpg?fit=578">' +
        '<div class="wp-caption"><p class="wp-caption-text">The harbour at dawn.</p>' +
        '<div class="vb_image_source">Image Credit: Harbour Trust</div></div></div></div>' +
        `<article>${BODY}</article>`,
    );
    expect(rows(list)).toEqual([['harbour.jpg?fit=578', 'Harbour Trust']]);
  });

  test('the lead is matched through any size its <picture> offers (RT)', () => {
    const list = credits(
      '<meta property="og:image" content="https://cdn.example.test/article/5dd4fbb.JPG">',
      '<div class="article"><div class="article__cover"><div class="media"><picture>' +
        '<source srcset="https://cdn.example.test/article/5dd4fbb.JPG 980w">' +
        '<img src="data:image/png;base64,AAAA" data-src="https://cdn.example.test/xxs/5dd4fbd.JPG"></picture></div>' +
        '<div class="media__footer"><div class="media__title"><span>A cyclist rides past the plant.</span>' +
        '<span>© </span><span>Reuters / David Mercado</span></div></div></div>' +
        `<div class="article__text">${BODY}</div></div>`,
    );
    expect(rows(list)).toEqual([['5dd4fbd.JPG', 'Reuters / David Mercado']]);
  });

  test("a figcaption after the figure's holder captions it (NBC)", () => {
    const list = credits(
      '',
      '<section><div class="heroMediaHolder"><div class="heroMediaContainer"><figure><picture>' +
        '<img src="https://news.example.test/img/house.jpg" alt="The house"></picture></figure></div>' +
        '<figcaption><span>The house where he was born.</span><span>Leonhard Foeger / Reuters file</span></figcaption>' +
        `</div></section><article>${BODY}</article>`,
    );
    expect(list.find((c) => c.image?.endsWith('house.jpg'))?.credit).toBe('Leonhard Foeger / Reuters file');
  });

  test("other stories' cards inside the article, call-to-action buttons and counting pixels are not pictures", () => {
    const list = credits(
      '',
      `<article class="node">${BODY}<figure><img src="https://news.example.test/img/own.jpg"><figcaption>The pier. (AFP file photo)</figcaption></figure>` +
        '<div class="views-row"><article class="node--view-mode-teaser"><a href="/other"><img src="https://news.example.test/img/other.jpg"></a><h3>Another story</h3></article></div>' +
        '<span class="hs-cta-wrapper"><a href="/go"><img src="https://cta.example.test/cta/default/06184eb0.png"></a></span>' +
        '<noscript><img src="https://sb.example.test/p?c1=2&c2=1031"></noscript>' +
        '<img src="https://px.example.test/tr?id=32&ev=PageView"></article>',
    );
    expect(rows(list)).toEqual([['own.jpg', 'AFP']]);
  });

  test("a <main> holding only a dateline is not the body: the gallery beside it is the article's (AP hosted pages)", () => {
    const alt =
      'In this photo issued by ITV, Jeremy Corbyn reacts during the debate in Salford, England, Tuesday, Nov. 19, 2019. (ITV via AP)';
    const list = credits(
      '',
      '<main><h1>Tories under fire over Twitter name switch</h1><p>Associated Press</p></main>' +
        `<block>${BODY}<div class="ap-story-media-blk"><div class="item hosted-photo"><a href="/g?id=1">` +
        `<img src="https://mapi.example.test/v1/items/21cd/preview/preview.jpg?s=150x" alt="${alt}"></a></div>` +
        '<div class="item hosted-photo"><a href="/g?id=2">' +
        `<img src="https://mapi.example.test/v1/items/e685/preview/preview.jpg?s=150x" alt="${alt}"></a></div></div></block>`,
    );
    expect(list.map((c) => c.credit)).toEqual(['ITV via AP', 'ITV via AP']);
    expect(list[0]?.caption).toMatch(/^In this photo issued by ITV/);
  });

  test('an uncredited lead only the metadata names is no row: the editor cannot find it on the page', () => {
    const list = credits(
      '<meta property="og:image" content="https://news.example.test/img/richardson.png">',
      `<article>${BODY}</article>`,
    );
    expect(list).toEqual([]);
  });
});

describe('photo essays', () => {
  const essay = (standfirst: string): CreditFinding[] =>
    credits(
      '<meta property="og:image" content="https://i.example.test/img/media/df84b5/0_320_4800_2880/master/4800.jpg?width=1200">',
      '<div class="immersive-main-media"><img src="https://i.example.test/img/media/df84b5/0_507_4039_2693/master/4039.jpg"></div>' +
        '<div class="headline-container"><h1>What is the sea telling us about the whales</h1>' +
        '<figcaption class="caption">Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian</figcaption></div>' +
        `<div class="content__standfirst"><p>${standfirst}</p></div>` +
        `<article>${BODY}<figure><img src="https://i.example.test/img/media/05cb69/master/1000.jpg"></figure>` +
        `<p>More text.</p><figure><img src="https://i.example.test/img/media/98c683/master/1000.jpg"></figure></article>`,
    );

  test('the lead takes its caption and credit from beside the headline (Guardian immersive pages)', () => {
    expect(essay('Whale whisperers worry.')[0]).toMatchObject({
      credit: 'Adrian Malloch for the Guardian',
      caption: 'Whale expert Hori Parata.',
    });
  });

  test('"X (photography)" credits the essay once, not a "No credit" row per picture', () => {
    const list = essay('Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)');
    expect(list.map((c) => c.credit)).toEqual(['Adrian Malloch for the Guardian', 'Adrian Malloch']);
  });

  test('"Photographs by X" credits the essay once', () => {
    expect(essay('Photographs by Jane Doe').map((c) => c.credit)).toEqual([
      'Adrian Malloch for the Guardian',
      'Jane Doe',
    ]);
  });

  test('without a package line each uncredited picture keeps its own row', () => {
    expect(essay('Whale whisperers worry.').map((c) => c.credit)).toEqual([
      'Adrian Malloch for the Guardian',
      null,
      null,
    ]);
  });
});

describe('packageCredit', () => {
  test.each([
    ['Photographs by Jane Doe', 'Jane Doe'],
    ['PHOTOGRAPHS BY JANE DOE', 'JANE DOE'],
    ['Eleanor Roy (reporting) and Adrian Malloch (photography)', 'Adrian Malloch'],
    // Regression: under a case-blind match, prose after "images:" read as a name (Medium).
    ['We used images: things not possible with print', null],
    ['Photo by Jane Doe', null],
  ])('%j -> %j', (text, credit) => {
    expect(packageCredit([text])?.credit ?? null).toBe(credit);
  });
});

describe('a picture the page has not loaded yet', () => {
  // Regression: Kinja's lead figure (a one-pixel GIF until script runs, a zoom icon, the credit in a second
  // figcaption) gave no row at all, so its "Photo: Getty Images" was lost.
  const kinja = (icon: string, credit: string): CreditFinding[] =>
    credits(
      '',
      '<main><figure class="js_lazy-image"><div><span class="js_lightbox-wrapper">' +
        `<div class="magnifier">${icon}</div>` +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-chomp-id="m45e"></span>' +
        '<figcaption class="caption">Duck fluff and feathers drying after being cleaned.</figcaption>' +
        `<figcaption class="below-caption">${credit}</figcaption></div></figure>${BODY}</main>`,
    );

  test('a figure whose only <img> is a blank placeholder counts with its credit from a second caption line', () => {
    const svg = '<svg width="18" height="18" aria-label="ZoomIn icon"><path d="M1 1"></path></svg>';
    expect(kinja(svg, 'Photo: Getty Images')).toMatchObject([
      { credit: 'Getty Images', caption: 'Duck fluff and feathers drying after being cleaned.', image: null },
    ]);
  });

  test('a second caption line that is more caption is no credit, and an uncredited empty figure no row', () => {
    expect(kinja('', 'More fluff drying in the sun on the farm.')).toEqual([]);
  });

  test('a drawing larger than an icon is a picture of its own, not an empty slot', () => {
    expect(kinja('<svg width="600" height="400"><path d="M1 1"></path></svg>', 'Photo: Getty Images')).toEqual([]);
  });
});
