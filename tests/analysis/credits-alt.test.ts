import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { isCreditLike } from '../../utils/analysis/credits/agencies';
import { attributeCredit } from '../../utils/analysis/credits/attributes';

function img(alt: string): Element {
  const { document } = parseHTML('<html><body><figure><img src="a.jpg"></figure></body></html>');
  const el = document.querySelector('img') as unknown as Element;
  el.setAttribute('alt', alt);
  return el;
}

describe('credits in alt text', () => {
  test.each([
    // Regression: a wire caption copied into a slideshow's alt lost its "(... photo via AP)" credit (Yahoo slideshow).
    [
      'The rocket on the launch pad, the agency said.(Jo Ames/ City Space Agency Press Service photo via AP)',
      'Jo Ames/ City Space Agency Press Service photo via AP',
    ],
    ['Crowds at the gate. (Photo by Ann Lee/Getty Images)', 'Ann Lee/Getty Images'],
    // Regression: AP gallery thumbnails carry the wire caption, credit in brackets, only in their alt text.
    ['In this photo issued by ITV, Jeremy Corbyn reacts during the debate. (ITV via AP)', 'ITV via AP'],
    // Regression: an agency's "file photo" in brackets was not read (Deccan Herald).
    ['Representative image. (AFP file photo)', 'AFP'],
  ])('%j credits %j', (alt, credit) => {
    expect(attributeCredit(img(alt))?.credit).toBe(credit);
  });

  test.each([
    ['A family photo via the school (Ann Lee)'],
    ['Protesters outside the court (Reuters)'],
    ['He shared the photo via Instagram'],
  ])('%j is a description, not a credit', (alt) => {
    expect(attributeCredit(img(alt))).toBeNull();
  });
});

describe('isCreditLike', () => {
  test.each([
    ['Jo Ames/City Hall photo via AP', true],
    ['Jo Ames via Getty Images', true],
    ['he posted the photo via AP', false],
  ])('%j -> %s', (text, like) => {
    expect(isCreditLike(text)).toBe(like);
  });
});
