import { describe, expect, test } from 'vitest';
import { figureFindings, figureLanguage, findFigures } from '../../utils/analysis/figures';

const PUBLISHED = '2019-11-20T06:35:00Z';
const shown = (text: string): string[] => findFigures(text, PUBLISHED, 'en').map((h) => text.slice(h.start, h.end));

describe('page furniture is not a figure', () => {
  // Each row is a line from a real page (bench/page-labels) that flooded the panel.
  test.each([
    ['ctpost: page time stamp', 'Updated 1:39 am EST, Wednesday, November 20, 2019'],
    ['nbcnews: page time stamp', 'Nov. 20, 2019, 9:28 AM UTC'],
    ['express: published line', 'PUBLISHED: 10:48, Tue, Nov 19, 2019'],
    ['express: updated line', '| UPDATED: 11:05, Tue, Nov 19, 2019'],
    ['timesunion: run-together stamp', 'Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.'],
    ['albawaba: stamp with zone', 'Published November 20th, 2019 - 07:50 GMT'],
    ['indiapost: time and year', '15:23 2019'],
    ['ctpost: gallery counter', 'Image 1 of 23'],
    ['gallery counter with a stray slash', 'Image 1 of / 23'],
    ['slide counter', '3/12'],
  ])('%s: %s', (_why, line) => {
    expect(shown(`Story text.\n\n${line}\n\nMore text.`)).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['a caption keeps its date', 'Protesters march in La Paz, Bolivia, November 19, 2019.', 'November 19, 2019'],
    ['a live story keeps its time heading', '4:14 p.m.', '4:14 p.m.'],
    ['a date alone with a story sentence stays', 'The vote is on Nov. 20, 2019, at noon.', 'Nov. 20, 2019'],
    ['a score line is not a counter', 'They won 3 of 12 games.', '3'],
  ])('%s: %s', (_why, line, figure) => {
    expect(shown(`Story text.\n\n${line}\n\nMore text.`)).toContain(figure);
  });
});

describe('dates without a number are not figures (LABELLING.md)', () => {
  test.each([
    ['cbssports: weekday alone', 'The fight happened Thursday night.', 'Thursday'],
    ['ctpost: this week', 'on display this week at the show', 'this week'],
    ['venturebeat: later this week', 'expected later this week', 'later this week'],
    ['latimes: earlier this year', 'Earlier this year, the company cut jobs.', 'Earlier this year'],
    ['chron: a year ago', 'Sales fell from a year ago.', 'a year ago'],
    ['aljazeera: bare month', 'The agency asked in May for bids.', 'May'],
    ['c90731f0: today', 'Today the White House said so.', 'Today'],
  ])('%s: %s', (_why, sentence, exact) => {
    expect(shown(sentence)).not.toContain(exact);
  });

  test.each([
    ['a date with a day', 'It ends on Nov. 8 at noon.', 'Nov. 8'],
    ['a month and a year', 'sales in October 2015 were higher', 'October 2015'],
    ['a number of days ago', 'It closed three days ago.', 'three days ago'],
    ['a year as a year', 'It was founded in 1999.', '1999'],
  ])('%s: %s', (_why, sentence, exact) => {
    expect(shown(sentence)).toContain(exact);
  });
});

describe('scores and votes are one figure with no single value', () => {
  // sportsnet (Davis Cup): "Pella beating Nicolas Jarry 6-4, 6-3" flagged every digit apart.
  test.each<[string, string]>([
    ['Pella beat Jarry 6-4, 6-3 in the opener.', '6-4'],
    ['Haase won 7-6 (5) in the second set.', '7-6 (5)'],
    ['Argentina got past Chile 3-0 in Group C.', '3-0'],
    ['The bill passed 218-210 in the House.', '218-210'],
    ['It was a 4-4 ruling.', '4-4'],
  ])('%s → %s', (sentence, exact) => {
    const found = findFigures(sentence, PUBLISHED, 'en').filter((h) => !['date', 'ordinal'].includes(h.figureKind));
    expect(found[0] && [sentence.slice(found[0].start, found[0].end), found[0].value, found[0].unit]).toEqual([
      exact,
      null,
      'score',
    ]);
    expect(found.every((h) => h.unit === 'score')).toBe(true);
  });

  test.each<[string, string, [number, number]]>([
    ['between 5-10 people', '5-10', [5, 10]],
    ['the 2010-11 season', '2010-11', [2010, 2011]],
  ])('a rising pair is a range: %s', (sentence, exact, range) => {
    const found = findFigures(sentence, PUBLISHED, 'en');
    expect(found.map((h) => [sentence.slice(h.start, h.end), h.range])).toEqual([[exact, range]]);
  });
});

describe('model numbers are names', () => {
  // cnbc (Emirates order): "787", "737", "777", "A350-900" were flagged as counts.
  test.each<[string, string[]]>([
    ['passes a Boeing Co. 787-10 passenger aircraft', []],
    ["to purchase 30 of Boeing's 787-9 Dreamliner jets", ['30']],
    ['It comes in addition to five 787 Dreamliner sales.', ['five']],
    ['Its fleet of roughly 400 737 Max jets has been grounded.', ['400']],
    ['an order of 50 Airbus A350-900 jets', ['50']],
  ])('%s', (sentence, figures) => {
    expect(shown(sentence)).toEqual(figures);
  });

  test.each<[string, string]>([
    ['a crowd of 1 234 567 people', '1 234 567'],
    ['The club won 101-98 at home.', '101-98'],
  ])('still figures: %s', (sentence, exact) => {
    expect(shown(sentence)).toContain(exact);
  });
});

describe('data tables read out as lines are not the story', () => {
  // A standings table (Pos. / Piloto / Pontos / 1 / Kyle Busch / 5040 / 5 / ...) gave 222 flags.
  const table = [
    'Pos.',
    'Piloto',
    'Pontos',
    'Vitórias',
    '1',
    'Kyle Busch',
    '5040',
    '5',
    '2',
    'Martin Truex Jr.',
    '5035',
    '7',
  ];
  test('a run of short lines with numbers alone is a table', () => {
    const text = `The final standings after 36 races:\n\n${table.join('\n\n')}\n\nBusch won 5 races.`;
    expect(shown(text)).toEqual(['36', '5']);
  });

  test.each<[string, string]>([
    ['a short list of figures is not a table', 'Results:\n\n12\n\nTotal: 40'],
    [
      'short headed sections with sentences stay',
      'KAZAKHSTAN WINS AGAIN\n\nKazakhstan beat the Netherlands 2-1 on Monday.\n\n3',
    ],
  ])('%s', (_why, text) => {
    expect(shown(text).length).toBeGreaterThan(0);
  });
});

describe('"one" as "a certain" or "one of them" is not a count', () => {
  test.each([
    ['thehill', '“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.'],
    ['deccanherald', 'One Washington-based trade expert said that to achieve it would take time.'],
    ['smithsonianmag', '“Don’t hide things like this,” one Weibo commenter said.'],
    ['indiapost', 'As they stepped outside the airport, one after the other, they appeared sad.'],
    ['timesunion', 'a series of massive outages, including one last month that affected 2.5 million people'],
  ])('%s: %s', (_page, sentence) => {
    expect(shown(sentence).filter((t) => /^one$/i.test(t))).toEqual([]);
  });

  test.each([
    ['more than 300 Indians, including one woman, were deported', 'one'],
    ['a cell meant for 35 held 155 adult males with only one toilet', 'one'],
    ['One person died and two said they were hurt.', 'One'],
    ["Let's try one last time.", 'one'],
  ])('still a count: %s', (sentence, exact) => {
    expect(shown(sentence)).toContain(exact);
  });
});

describe('lines that point elsewhere and numbers that name a service', () => {
  test.each([
    ['cityam: teaser', 'Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing'],
    ['express: teaser', 'SEE MORE: Hong Kong protests: 800 students under siege in university'],
    ['chron: teaser', 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August'],
    ['reuters: graphic link', '(Graphic: Global assets in 2019 - here)'],
    ['albawaba: copyright', 'Copyright © 2019 Press TV. All rights reserved.'],
    ['timesunion: gallery count alone', '4'],
    ['thehill: embedded post signature', '— Robert Maguire (@RobertMaguire_) November 18, 2019'],
    ['sfgate: emergency number', 'officials began receiving 911 calls Tuesday afternoon'],
    ['emergency number after a verb', 'She called 999 at once.'],
    ['cnn: the attacks named by their day', 'she was seen feeling faint at a September 11 commemoration.'],
  ])('%s: %s', (_why, line) => {
    expect(shown(`Story text.\n\n${line}\n\nMore text.`)).toEqual([]);
  });

  test.each<[string, string]>([
    ['More than 800 students were trapped: police said.', '800'],
    ['In 2019, 911 people died on the roads.', '911'],
    ['The attacks of September 11, 2001 killed nearly 3,000 people.', 'September 11, 2001'],
    ['Officials read 4 statements.', '4'],
  ])('still figures: %s', (line, exact) => {
    expect(shown(`Story text.\n\n${line}\n\nMore text.`)).toContain(exact);
  });
});

describe('a scale written once covers both ends of a money range', () => {
  test.each<[string, string, [number, number]]>([
    ['to achieve the $40-50 billion in annual purchases', '$40-50 billion', [40e9, 50e9]],
    ['between $10 to $15 billion', '$10 to $15 billion', [10e9, 15e9]],
    ['£5-10bn', '£5-10bn', [5e9, 10e9]],
  ])('%s', (sentence, exact, range) => {
    const found = findFigures(sentence, PUBLISHED, 'en');
    expect(found.map((h) => [sentence.slice(h.start, h.end), h.range])).toEqual([[exact, range]]);
  });
});

describe('the language the figures are read in', () => {
  test.each<[string | null, string | null, string | null]>([
    ['en-US', 'en', 'en-US'],
    ['en', 'de', 'de'],
    [null, 'de', 'de'],
    ['pt-BR', 'und', 'pt-BR'],
    [null, null, null],
  ])('declared %s, words in %s → %s', (declared, detected, lang) => {
    expect(figureLanguage(declared, detected)).toBe(lang);
  });

  // comwrap (DMEXCO): a German page read as English gave "40.000 Besucher" as forty.
  test('a German page reads 40.000 as forty thousand', () => {
    const text = 'Die DMEXCO erwartet 40.000 Besucher und 1.000 Aussteller.';
    expect(findFigures(text, PUBLISHED, figureLanguage('en', 'de')).map((h) => h.value)).toEqual([40000, 1000]);
  });
});

test('scores are not grouped as one quantity, so 6-4 and 7-5 never conflict', () => {
  const found = figureFindings('Pella won 6-4, 7-5 and Garin won 6-2, 6-1.', null, 'en');
  expect(found.filter((f) => f.unit === 'score')).toHaveLength(4);
  expect(found.every((f) => f.group === null && f.conflicts.length === 0)).toBe(true);
});

test.each<[string, string]>([
  ['1', '1'],
  ['3/4', '0.75'],
])('a text of one line is all story, never furniture: %s', (text, value) => {
  expect(findFigures(text, null, 'en').map((h) => String(h.value))).toEqual([value]);
});

describe('teasers of other stories inside the article are not its figures', () => {
  const story = 'The council approved 120 new homes on Tuesday.\n\n';
  test('headlines under a list heading ("Trending")', () => {
    // Regression (an AP page): "Iowa man finds 5 inches of animal blood" under "Trending" was a figure of the story.
    const text = `${story}Trending\n\nIowa man finds 5 inches of animal blood flooding basement\n\nAirline went into records after Max crash, engineer says`;
    expect(shown(text)).toEqual(['120']);
  });

  test('runs of kicker and headline pairs', () => {
    // Regression (a Sun page): "Greta Thunberg in 120-year-old pic" and "Pregnant girl, 13," from the teaser block.
    const text =
      `${story}TIME TRAVELLER\n\nConspiracy theorists say they've spotted Greta Thunberg in 120-year-old pic\n\n` +
      `‘NAÏVE AND TRUSTING’\n\nGrace Millane ‘gave man on site list of fetishes’\n\nWarning\n\n` +
      `DRIVEN TO SUICIDE\n\nPregnant girl, 13, 'jumps to her death after attack by 6 men'`;
    expect(shown(text)).toEqual(['120']);
  });

  test.each<[string, string, string]>([
    [
      'a subheading in capitals over a paragraph',
      'SCORES QUARANTINED\n\nThe first two infected patients are in hospital.',
      'two',
    ],
    [
      'a caption after a list of teasers',
      'Related stories\n\nChina furious at Macron over jibe\n\nPolice fire 3 rounds of tear gas (Image: GETTY )',
      '3',
    ],
    ['one kicker and headline is a subheading', 'KEY FACTS\n\n800,000 people displaced in the region', '800,000'],
  ])('stays: %s', (_why, lines, figure) => {
    expect(shown(`${story}${lines}\n\nMore text.`)).toContain(figure);
  });
});

describe('the number of a list item is not a figure', () => {
  test.each([
    // Regression (a CBS News page): "2. Never urged Ukraine..." numbered the story's takeaways.
    ['2. Never urged Ukraine to investigate Joe Biden'],
    ['3. "Not some irregular channel"'],
    ['4) The Giuliani problem'],
  ])('%s', (line) => {
    expect(shown(`Story text.\n\n${line}\n\nMore text.`)).toEqual([]);
  });

  test.each<[string, string]>([
    ['5 people died in the fire.', '5'],
    ['2.5 million people fled.', '2.5 million'],
    ['3. Officials said 40 homes burned.', '40'],
  ])('stays: %s', (line, figure) => {
    expect(shown(`Story text.\n\n${line}\n\nMore text.`)).toContain(figure);
  });
});
