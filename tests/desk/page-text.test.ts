// Range.toString and intersectsNode are incomplete in happy-dom; jsdom implements them as browsers do.
// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { makeCredit } from '../finding-factories';
import { randomHighlightNames } from '../../utils/desk/highlight-style';
import { createHighlighter } from '../../utils/desk/page-highlighter';
import { highlightItems, selectorsForPageQuote } from '../../utils/desk/page-items';
import { readPageText } from '../../utils/desk/page-text';
import { reanchorAnnotations } from '../../utils/desk/reanchor';
import { annotationOn, findingAt, STORY } from './fixtures';

const NAMES = randomHighlightNames();

const HTML = `<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<article><h1>Idlib</h1>
<p>Guterres said such an attack would
   “unleash a <em>humanitarian</em> nightmare”.</p><p>Rebels say the result of an attack will be bloodshed.</p>
<script>var hidden = "unleash a humanitarian nightmare";</script>
<p hidden>unleash a humanitarian nightmare</p>
<p>Some 800,000 people could be displaced, the UN said.</p></article>`;

function page(html = HTML): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('readPageText', () => {
  test('collapses whitespace, keeps blocks apart, skips scripts and hidden elements', () => {
    const { text } = readPageText(page().body);
    expect(text).toContain('would “unleash a humanitarian nightmare”. Rebels say');
    expect(text).toContain('HomeWorld Idlib');
    expect(text.match(/unleash/g)).toHaveLength(1);
  });

  test('rangeOf maps text offsets back to the DOM across element boundaries', () => {
    const doc = page();
    const { text, rangeOf } = readPageText(doc.body);
    const start = text.indexOf('unleash');
    const range = rangeOf(start, start + 'unleash a humanitarian nightmare'.length)!;
    expect(range.toString()).toBe('unleash a humanitarian nightmare');
    expect(rangeOf(5, 2)).toBeNull();
    expect(rangeOf(0, text.length + 1)).toBeNull();
  });

  test('offsetsOf turns a selection into text offsets, trimmed', () => {
    const doc = page();
    const p = doc.querySelectorAll('p')[1]!;
    const range = doc.createRange();
    range.selectNodeContents(p);
    const { text, offsetsOf } = readPageText(doc.body);
    const at = offsetsOf(range)!;
    expect(text.slice(at.start, at.end)).toBe('Rebels say the result of an attack will be bloodshed.');
    const empty = doc.createRange();
    empty.selectNodeContents(doc.querySelector('script')!);
    expect(offsetsOf(empty)).toBeNull();
  });
});

describe('createHighlighter', () => {
  function setup(doc = page()) {
    const registry = new Map<string, { ranges: Range[]; priority: number }>();
    const scrolled: string[] = [];
    const highlighter = createHighlighter({
      root: doc.body,
      names: NAMES,
      registry: registry as unknown as Parameters<typeof createHighlighter>[0]['registry'],
      makeHighlight: (ranges, priority) => ({ ranges, priority }),
      scrollTo: (r) => scrolled.push(r.toString()),
    });
    const texts = (name: string) => registry.get(name)?.ranges.map((r) => r.toString());
    return { doc, registry, highlighter, scrolled, texts };
  }
  const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
  const figure = findingAt(STORY, 'figure', '800,000');
  const missing = findingAt(STORY + ' Not on the page at all, anywhere.', 'quote', 'Not on the page at all, anywhere.');
  const note = annotationOn(STORY, 'Rebels say the result', 'n1');

  test('one highlight per kind over the right words; what is not on the page is reported', () => {
    const { highlighter, texts } = setup();
    const items = highlightItems([quote, figure, missing], reanchorAnnotations(STORY, [note]));
    expect(highlighter.update(items, [])).toEqual({ missing: [missing.id] });
    expect(texts(NAMES.quote)).toEqual(['unleash a humanitarian nightmare']);
    expect(texts(NAMES.figure)).toEqual(['800,000']);
    expect(texts(NAMES.annotation)).toEqual(['Rebels say the result']);
  });

  test('hidden kinds are not registered; locate marks and scrolls; clear removes all', () => {
    const { highlighter, registry, scrolled, texts } = setup();
    highlighter.update(highlightItems([quote, figure], []), ['figure']);
    expect(registry.has(NAMES.figure)).toBe(false);
    highlighter.setHidden([]);
    expect(registry.has(NAMES.figure)).toBe(true);
    expect(highlighter.locate(quote.id)).toBe(true);
    expect(texts(NAMES.focus)).toEqual(['unleash a humanitarian nightmare']);
    expect(scrolled).toEqual(['unleash a humanitarian nightmare']);
    expect(highlighter.locate('nope')).toBe(false);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  // Regression: an uncredited picture has no words to mark, so "show on the page" said it
  // was not found and the page did not move.
  test('a credit without words on the page is shown by scrolling to its picture', () => {
    const pictures: string[] = [];
    const doc = page();
    const { highlighter } = setup(doc);
    const env = { scrollToImage: (url: string) => pictures.push(url) > 0 && url.endsWith('/a.jpg') };
    const withImages = createHighlighter({
      root: doc.body,
      names: NAMES,
      registry: new Map() as never,
      makeHighlight: () => ({}),
      scrollTo: () => undefined,
      ...env,
    });
    const uncredited = makeCredit({ id: 'c1', start: null, end: null, credit: null, image: 'https://x.test/a.jpg' });
    const gone = makeCredit({ id: 'c2', start: null, end: null, credit: null, image: 'https://x.test/b.jpg' });
    const items = highlightItems([quote, { ...uncredited, selectors: [] }, { ...gone, selectors: [] }], []);
    expect(withImages.update(items, [])).toEqual({ missing: [] });
    expect(withImages.locate('c1')).toBe(true);
    expect(withImages.locate('c2')).toBe(false);
    expect(pictures).toEqual(['https://x.test/a.jpg', 'https://x.test/b.jpg']);
    // Without a way to scroll to pictures, it is simply not found.
    highlighter.update(items, []);
    expect(highlighter.locate('c1')).toBe(false);
  });

  test('the page DOM is never changed', () => {
    const { doc, highlighter } = setup();
    const before = doc.body.innerHTML;
    highlighter.update(highlightItems([quote, figure], []), []);
    highlighter.locate(quote.id);
    expect(doc.body.innerHTML).toBe(before);
  });

  test('detached: the share of marks whose text left the document', () => {
    const { doc, highlighter } = setup();
    highlighter.update(highlightItems([quote, figure], []), []);
    expect(highlighter.detached()).toBe(0);
    doc.querySelector('article')!.remove();
    expect(highlighter.detached()).toBe(1);
  });

  test('a page selection becomes selectors into the article text', () => {
    const { doc, highlighter } = setup();
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelectorAll('p')[1]!);
    const pageQuote = highlighter.quoteOfRange(range)!;
    expect(pageQuote.prefix.endsWith('nightmare”. ')).toBe(true);
    const selectors = selectorsForPageQuote(STORY, pageQuote)!;
    expect(selectors[0]).toMatchObject({ exact: 'Rebels say the result of an attack will be bloodshed.' });
    expect(selectors[1]).toEqual({
      type: 'TextPositionSelector',
      start: STORY.indexOf('Rebels'),
      end: STORY.indexOf('\n\nSome'),
    });
    // Words that are not in the article (the site's menu) are refused.
    const nav = doc.createRange();
    nav.selectNodeContents(doc.querySelector('nav')!);
    expect(selectorsForPageQuote(STORY, highlighter.quoteOfRange(nav)!)).toBeNull();
  });
});
