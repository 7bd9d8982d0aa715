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
    // Regression: "OUTLET / AGENCY Photo" was no credit, and its "Photo" was cut from the caption.
    ['Missiles on parade. KCNA VIA KNS / AFP Photo', 'Missiles on parade.', 'KCNA VIA KNS / AFP Photo'],
    [
      'Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian',
      'Whale expert Hori Parata.',
      'Adrian Malloch for the Guardian',
    ],
    // Regression: only "Getty Images" was kept of "Name / STAFF - Getty Images" (the dash cut the credit).
    [
      'The senator speaks. Win McNamee / STAFF - Getty Images',
      'The senator speaks.',
      'Win McNamee / STAFF - Getty Images',
    ],
    // Regression: a caption of capitalised words only was read into the credit.
    ['Boris Johnson. Stefan Rousseau/PA Wire', 'Boris Johnson.', 'Stefan Rousseau/PA Wire'],
    // Regression: a stock photographer's lower-case handle made the credit read as prose.
    ['A woman at a desk. evgenyb/iStock', 'A woman at a desk.', 'evgenyb/iStock'],
    ['Fans cheer. Jesse Johnson-USA TODAY Sports', 'Fans cheer.', 'Jesse Johnson-USA TODAY Sports'],
    ['A scene from the film. Courtesy of Netflix', 'A scene from the film.', 'Courtesy of Netflix'],
    ['A scene. (Courtesy of the artist)', 'A scene.', 'Courtesy of the artist'],
    ['Christopher Tays Submitted photo', 'Christopher Tays', 'Submitted photo'],
    // Regression: "Staff" of "Staff photo by" stayed behind as caption text.
    ['The mayor speaks. Staff photo by Jane Doe', 'The mayor speaks.', 'Jane Doe'],
    ['The crowd. XINHUA / AFP Photo', 'The crowd.', 'XINHUA / AFP Photo'],
    ['Kate Smith. Jane Roe / Quanta Magazine', 'Kate Smith.', 'Jane Roe / Quanta Magazine'],
    // German, Spanish and Portuguese credit labels.
    ['Die Mauer am Abend. Quelle: dpa', 'Die Mauer am Abend.', 'dpa'],
    ['El muro al atardecer. Crédito: EFE', 'El muro al atardecer.', 'EFE'],
  ])('%j -> caption %j, credit %j', (text, caption, credit) => {
    expect(splitCaption(text)).toMatchObject({ caption, credit });
  });

  test.each([
    // "Getty Images" ends in "Images": the agency's name, not a "photo" word to drop.
    ['Netanyahu at the Western Wall. (Thomas Coex/AFP/Getty Images)', 'Thomas Coex/AFP/Getty Images'],
  ])('%j keeps the holder as written: %j', (text, credit) => {
    expect(splitCaption(text).credit).toBe(credit);
  });

  test.each([
    // A title or suffix is no sentence end: the credit stays whole.
    ['Martin Luther King Jr. Library/AP', 'Martin Luther King Jr. Library/AP'],
    ['Jane Q. Public/AP', 'Jane Q. Public/AP'],
  ])('%j is one credit: %j', (text, credit) => {
    expect(splitCaption(text)).toMatchObject({ caption: null, credit });
  });

  test.each([
    ['The budget [in dollars]'],
    ['A note on sources [1]'],
    ['He called it a photo op (again)'],
    ['The painting, courtesy of the museum, hangs in the hall'],
    ['Staff at the plant. Workers leave at dusk'],
  ])('%j has no credit', (text) => {
    expect(splitCaption(text).credit).toBeNull();
  });

  test.each([
    // Regression: a gallery's "1 of 4" counter and the BBC player's notice were shown as captions.
    ['1 of 4 A shopper looks at extension cords', 'A shopper looks at extension cords'],
    ['Media playback is unsupported on your device', null],
  ])('%j is captioned %j', (text, caption) => {
    expect(splitCaption(text).caption).toBe(caption);
  });
});
