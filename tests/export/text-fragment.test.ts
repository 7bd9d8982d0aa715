import { describe, expect, test } from 'vitest';
import type { TextQuoteSelector } from '../../utils/analysis/types';
import { contextFor } from '../../utils/export/markdown';
import { sourceLink } from '../../utils/export/markdown-context';
import { encodeFragmentPart, textDirective, textFragmentLink } from '../../utils/export/text-fragment';
import { makeFigure, spanIn } from '../finding-factories';
import { makeClipping } from './markdown-fixtures';

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});

describe('encodeFragmentPart', () => {
  test.each([
    ['dash, ampersand and comma are syntax', 'well-known A&B, C', 'well%2Dknown%20A%26B%2C%20C'],
    ['parentheses would end a Markdown link', 'f(x)', 'f%28x%29'],
    ['non-ASCII as UTF-8', 'Genève “quoted”', 'Gen%C3%A8ve%20%E2%80%9Cquoted%E2%80%9D'],
    ['other unreserved marks too', "it's ~ok!*", 'it%27s%20%7Eok%21%2A'],
  ])('%s', (_name, text, encoded) => {
    expect(encodeFragmentPart(text)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(text);
  });
});

describe('textDirective', () => {
  test.each([
    ['exact only', quote('800,000'), 'text=800%2C000'],
    [
      'prefix and suffix, whole words only',
      quote('800,000', 'rebel-held area. Some ', ' people could flee'),
      'text=rebel%2Dheld%20area.%20Some-,800%2C000,-people%20could%20flee',
    ],
    [
      'a cut-off prefix word is dropped',
      quote('800,000', 'xtremely large crowd said some ', ' people could flee the province'),
      'text=crowd%20said%20some-,800%2C000,-people%20could%20flee',
    ],
    ['context stops at a paragraph break', quote('Some', 'attack.\n\n', ' 800,000'), 'text=Some,-800%2C000'],
    ['punctuation-only context is left out', quote('unleash', '“', '”'), 'text=unleash'],
    [
      'a long quote becomes start,end',
      quote('one two three four five six seven eight nine ten eleven twelve'),
      'text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
    ],
    [
      'a quote across paragraphs links start and end blocks',
      quote('first part.\n\nsecond part'),
      'text=first%20part.,second%20part',
    ],
    ['no words: no link', quote(' “ ” '), null],
  ])('%s', (_name, selector, directive) => {
    expect(textDirective(selector)).toBe(directive);
  });
});

describe('textFragmentLink', () => {
  const finding = { selectors: [quote('800,000')] };
  test.each([
    [
      'replaces an existing fragment',
      'https://a.test/story?id=1#comments',
      'https://a.test/story?id=1#:~:text=800%2C000',
    ],
    ['plain URL', 'https://a.test/story', 'https://a.test/story#:~:text=800%2C000'],
    ['pasted text has no page', '', null],
    ['not http(s)', 'file:///tmp/a.html', null],
  ])('%s', (_name, url, link) => {
    expect(textFragmentLink(url, finding)).toBe(link);
  });

  test('a finding with only a position selector has no link', () => {
    expect(
      textFragmentLink('https://a.test/', { selectors: [{ type: 'TextPositionSelector', start: 0, end: 1 }] }),
    ).toBeNull();
  });
});

describe('contextFor(clipping).linkTo and sourceLink', () => {
  test('links each finding of a stored clipping to its words on the page', () => {
    const text =
      'Guterres said the attack would "unleash a humanitarian nightmare".\n\nSome 800,000 people could flee.';
    const figure = makeFigure({
      ...spanIn(text, '800,000'),
      id: 'f',
      text: '800,000',
      value: 800000,
      unit: 'people',
    });
    const clipping = { ...makeClipping([figure]), url: 'https://news.test/a(b)' };
    const ctx = contextFor(clipping);
    expect(ctx.linkTo(figure)).toBe('https://news.test/a(b)#:~:text=Some-,800%2C000,-people%20could%20flee.');
    expect(sourceLink(ctx, figure)).toBe(
      ' ([source](https://news.test/a%28b%29#:~:text=Some-,800%2C000,-people%20could%20flee.))',
    );
    expect(sourceLink({ ...ctx, linkTo: () => null }, figure)).toBe('');
  });
});
