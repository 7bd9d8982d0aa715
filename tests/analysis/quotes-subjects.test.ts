/**
 * Who speaks when the subject stands apart from its verb: adverbs between them,
 * a pronoun whose person opened the paragraph before, and subjects that are
 * things, not speakers.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../utils/analysis/quotes';

const speakers = (text: string): (string | null)[] =>
  findQuotes(text)
    .filter((q) => q.form === 'direct')
    .map((q) => q.speaker);

describe('subjects of speech verbs', () => {
  test('an adverb in -ly between the name and the verb: "Thomas allegedly told"', () => {
    expect(
      speakers(
        'Prosecutors said both guards had skipped their checks. “We messed up; I messed up,” Michael Thomas allegedly told a supervisor.',
      ),
    ).toEqual(['Michael Thomas']);
  });

  test('a noun in -ly is not an adverb: "Scott’s family has called"', () => {
    const q = findQuotes(
      'Scott’s family has called on police to release the videos “as a matter of the greater good and transparency.”',
    ).find((f) => f.form === 'direct');
    expect(q?.speaker ?? null).not.toBe('Scott');
  });

  test('"pointed out" is a speech verb', () => {
    expect(
      speakers(
        'Pankaj Pandey, head of research at ICICI Securities, pointed out: “It is a stock-specific market so do not expect a broad rally.”',
      ),
    ).toEqual(['Pankaj Pandey']);
  });

  test('a relative clause’s subject is a thing: “a comment that egregiously described…”', () => {
    expect(
      speakers(
        'Bill Clinton signed the bill, which led his wife to make a comment that egregiously described young men as “the worst predators of our cities.”',
      ),
    ).toEqual([null]);
  });
});

describe('a pronoun after a paragraph break', () => {
  const page = (lead: string): string =>
    `“It’s the mark of a true competitor,” Bruce Boudreau said.\n\n${lead}\n\n“He’s used to scoring goals, getting points,” he said.`;

  test('the last sentence of the paragraph before names the person', () => {
    expect(
      speakers(
        page(
          'Wild defenseman Ryan Suter, who joked about his friend’s habit of changing sticks, could see the frustration on his face.',
        ),
      )[1],
    ).toBe('Ryan Suter');
  });

  test('with no person opening that sentence, the pronoun stays unclear', () => {
    expect(
      speakers(
        page('The frustration on the face of Ryan Suter, the Wild defenseman, was plain to see after the game.'),
      )[1],
    ).toBeNull();
  });
});

describe('claims name no thing as their source', () => {
  test('"This comes after police said": a demonstrative opens no description of four words', () => {
    const claims = findQuotes(
      'This comes after police said the demonstrators inside the university had no option but to come out.',
    ).filter((q) => q.form === 'claim');
    expect(claims.map((c) => c.speaker)).not.toContain('This comes after police');
  });
});

describe('words that are no one’s name', () => {
  test.each([
    [
      'a number word opening the sentence',
      'A new poll shows majority support. Fifty-one percent say that “the president’s actions were wrong and he should be removed.”',
      null,
    ],
    [
      'a name before a plural noun for people',
      'The reaction was a torrent of derision. Former royal PR aides called it not a car crash, but “an articulated lorry crash” performance.',
      'Former royal PR aides',
    ],
    [
      'one word after a possessive name is that name’s paper',
      'On Monday, the People’s Daily, the mouthpiece of the party, warned that there is “absolutely no room for compromise”.',
      'People’s Daily',
    ],
    [
      'a bare group after "which"',
      'Gov. Kristi Noem launched the campaign on Monday with billboards in which people say, “I’m on meth and I need help.”',
      'people',
    ],
  ])('%s', (_, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  test.each([
    [
      'an adverb opening the sentence',
      'Accordingly Turkey cried: “Gentleness is the effect of beer on a quiet afternoon.”',
      'Turkey',
    ],
    [
      'a stage word',
      'Enter Stuart Kaplan, a graduate of Wharton. “I am all yours for the next two hours,” he told me.',
      'Stuart Kaplan',
    ],
  ])('%s is not part of the name', (_, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  test('a heading in title case names no one for the quote under it', () => {
    const found = findQuotes(
      'What Does The New Console Offer For Players?\n\n“Stadia is an attempt to make cloud gaming happen, and it mostly works.”',
    ).filter((q) => q.form === 'direct');
    expect(found.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('he and she', () => {
  test('"she" never resolves to a man the first name shows', () => {
    const text =
      'John Ford would scribble parody poems for his editor. “He wrote them on anything at hand, every single day,” Ford’s friend Neil Gaiman said.\n\n“Life was not long enough for Mike to do all the stuff that he would think of,” she recalled.';
    expect(speakers(text)[1]).toBeNull();
  });

  test('a first name shared by both sexes decides nothing', () => {
    const text =
      'Taylor Morgan met the board on Monday.\n\n“We will not sell the company to anyone this year,” she said.';
    expect(speakers(text)).toEqual(['Taylor Morgan']);
  });

  test('a double surname alone is the person named in full before', () => {
    const text =
      'Kathleen Hawk Sawyer, the prisons director, testified on Tuesday. Hawk Sawyer said the review was not finished. She said, “We don’t want those people working in federal prisons.”';
    expect(speakers(text)).toEqual(['Kathleen Hawk Sawyer']);
  });
});
