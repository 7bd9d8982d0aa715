import { describe, expect, test } from 'vitest';
import { captionLine, textCaptions } from '../../../utils/analysis/credits/text-captions';
import { articleFromText } from '../../../utils/analysis/extract';

describe('caption lines in plain text', () => {
  test.each([
    ['Idlib 2018 (Image: PA)', 'Idlib 2018', 'PA'],
    [
      'An archive photo taken in Tamanah, Idlib, in 2018 (Picture: PA).',
      'An archive photo taken in Tamanah, Idlib, in 2018',
      'PA',
    ],
    ['The pier at dusk. Photo: Jane Doe/Reuters', 'The pier at dusk.', 'Jane Doe/Reuters'],
  ])('%j is caption %j credited %j', (text, caption, credit) => {
    expect(captionLine(text)).toMatchObject({ caption, credit });
  });

  test.each([
    // Story sentences naming an agency are not caption lines.
    ['“We realise the extent of vengeance,” Mustafa Sejari, a Free Syrian Army (FSA) commander, told Reuters.'],
    ['The port shut on Monday. Ferries stayed in. Crews waited for the wind to drop (Image: PA)'],
    ['UN Secretary General Urges Assad To Call Off Idlib Attack'],
  ])('%j is no caption line', (text) => {
    expect(captionLine(text)).toBeNull();
  });

  test('the same caption printed twice is one credit', () => {
    const text = 'Idlib 2018 (Image: PA)\n\nHeadline Here Today\n\nIdlib 2018 (Image: PA)\n\nBody text.';
    expect(textCaptions(text).map((c) => c.credit)).toEqual(['PA']);
  });
});

describe('the title of a plain-text story', () => {
  test('is the first headline-like paragraph, not a caption line above it', () => {
    const text =
      'Idlib 2018 (Image: PA)\n\nUN Urges Assad To Call Off Idlib Attack\n\nThe UN believes an attack could cause deaths.';
    expect(articleFromText(text, null).title).toBe('UN Urges Assad To Call Off Idlib Attack');
  });

  test('is the first paragraph when nothing reads like a headline', () => {
    const text = 'The council met on Tuesday.\n\nIt voted on the plan.';
    expect(articleFromText(text, null).title).toBe('The council met on Tuesday.');
  });
});
