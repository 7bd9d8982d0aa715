import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analysis/figures';

const PUBLISHED = '2019-11-20T06:35:00Z';
const shown = (text: string, lang = 'en'): string[] =>
  findFigures(text, PUBLISHED, lang).map((h) => text.slice(h.start, h.end));
const story = (line: string): string => `The council approved 120 new homes on Tuesday.\n\n${line}\n\nMore text.`;

describe("the page's own stamps, share counts and promotions are not the story's figures", () => {
  // Each row is a line from a held-out page of bench/page-labels that the panel listed.
  test.each([
    ['thehill: byline and stamp', 'By Justine Coleman - 11/18/19 11:04 PM EST'],
    ['autoracing.com.br: Portuguese stamp', 'sexta-feira, 22 de outubro de 2010 às 20:13', 'pt'],
    ['German stamp', 'Montag, 18. November 2019, 14:05 Uhr', 'de'],
    ['Italian stamp', 'lunedì 18 novembre 2019 alle 10:05', 'it'],
    ['remember8090.it: a share count alone on its line', '3.409'],
    ['a grouped count alone on its line', '12,408'],
    ['bbc: a broadcast promotion', 'Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.'],
  ])('%s: %s', (_why, line, lang = 'en') => {
    expect(shown(story(line), lang)).toEqual(['120']);
  });

  test.each([
    ['nbcdfw: a stamp in brackets after a caption', 'A girl was rescued by police. (Published Monday, Nov. 18, 2019)'],
    ['thehill: the year of a copyright notice', 'The contents of this site are ©2019 Capitol Hill Publishing Corp.'],
    ['copyright written out', 'Copyright 2019 The Associated Press. All rights reserved.'],
  ])('%s: %s', (_why, line) => {
    expect(shown(story(line))).toEqual(['120']);
  });

  test.each<[string, string, string]>([
    ['a sentence opening with "By" keeps its date', 'By Nov. 18, 2019, 40 schools had closed.', 'Nov. 18, 2019'],
    ['and its count', 'By Nov. 18, 2019, 40 schools had closed.', '40'],
    ['a bracketed date that is no stamp', 'The law (passed Nov. 18, 2019) took effect.', 'Nov. 18, 2019'],
    ['a year in a sentence about copyright', 'Claims over copyright rose in 2019.', '2019'],
    ['a number with its noun on a line', '3,409 readers', '3,409'],
    ['a sentence opening with "Watch"', 'Watch sales rose 5% last year.', '5%'],
    [
      'a Portuguese sentence keeps its date',
      'A corrida foi em 22 de outubro de 2010 às 20:13.',
      '22 de outubro de 2010',
    ],
  ])('stays: %s', (_why, line, figure) => {
    expect(shown(story(line), /outubro/.test(line) ? 'pt' : 'en')).toContain(figure);
  });
});

describe('a run of headlines inside the article is a list of other stories', () => {
  test('four headlines in a row, none ending a sentence', () => {
    // Regression (sky news): "BT and three universities abandon ties" and "wins £105m jackpot prize" were listed.
    const teasers = [
      'Prince Andrew: BT and three universities abandon ties with duke after Epstein TV interview',
      'Prince Andrew: TripAdvisor suspends reviews of Pizza Express duke says he visited',
      "'Naive and trusting' Grace Millane gave list of fetishes to man on BDSM dating site, court hears",
      'EuroMillions: UK ticket holder wins £105m jackpot prize',
    ];
    expect(shown(story(teasers.join('\n\n')))).toEqual(['120']);
  });

  test.each<[string, string, string]>([
    [
      'three headline-like lines',
      'Five things we learned\n\nThree people were hurt in Leeds\n\nA 40-minute delay at the station',
      'Three',
    ],
    [
      'subheadings over their paragraphs',
      'Two schools closed early today\n\nThe 30 pupils went home.\n\nFour buses were sent out again\n\nThey left.',
      '30',
    ],
  ])('stays: %s', (_why, lines, figure) => {
    expect(shown(story(lines))).toContain(figure);
  });
});
