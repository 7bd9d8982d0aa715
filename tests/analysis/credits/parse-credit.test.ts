import { describe, expect, test } from 'vitest';
import { splitCaption } from '../../../utils/analysis/credits/parse-credit';

describe('credit forms at the end of a caption', () => {
  test.each([
    // Regression: a square bracket closing the caption was read as caption text (Al Jazeera).
    ['Smoke over the port [File: Reuters]', 'Smoke over the port', 'Reuters'],
    ['A lunar lander concept [SpaceX via Nasa]', 'A lunar lander concept', 'SpaceX via Nasa'],
    // Regression: "(AFP file photo)" kept "file photo" in the holder, or was no credit at all.
    ['Representative image. (AFP file photo)', 'Representative image.', 'AFP'],
    ['Traders on the floor (Reuters photo)', 'Traders on the floor', 'Reuters'],
    // Regression: an archive credit "… / Reuters file" was prose because of its lower-case "file" (NBC).
    [
      'The house where he was born. Leonhard Foeger / Reuters file',
      'The house where he was born.',
      'Leonhard Foeger / Reuters file',
    ],
    ['Protesters march. Patrick Semansky, ASSOCIATED PRESS', 'Protesters march.', 'Patrick Semansky, ASSOCIATED PRESS'],
    [
      'Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian',
      'Whale expert Hori Parata.',
      'Adrian Malloch for the Guardian',
    ],
  ])('%j -> caption %j, credit %j', (text, caption, credit) => {
    expect(splitCaption(text)).toMatchObject({ caption, credit });
  });

  test.each([
    // "Getty Images" ends in "Images": the agency's name, not a "photo" word to drop.
    ['Netanyahu at the Western Wall. (Thomas Coex/AFP/Getty Images)', 'Thomas Coex/AFP/Getty Images'],
  ])('%j keeps the holder as written: %j', (text, credit) => {
    expect(splitCaption(text).credit).toBe(credit);
  });

  test.each([['The budget [in dollars]'], ['A note on sources [1]'], ['He called it a photo op (again)']])(
    '%j has no credit',
    (text) => {
      expect(splitCaption(text).credit).toBeNull();
    },
  );

  test.each([
    // Regression: a gallery's "1 of 4" counter and the BBC player's notice were shown as captions.
    ['1 of 4 A shopper looks at extension cords', 'A shopper looks at extension cords'],
    ['Media playback is unsupported on your device', null],
  ])('%j is captioned %j', (text, caption) => {
    expect(splitCaption(text).caption).toBe(caption);
  });
});
