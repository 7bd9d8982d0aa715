/**
 * The quote finder as a style guide: each row is a sentence and what a careful
 * sub-editor would say about it. Regression rows name what broke.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findQuotes, quotesFinder } from '../../utils/analysis/quotes';
import type { Article, QuoteFinding } from '../../utils/analysis/types';

const direct = (text: string): QuoteFinding[] => findQuotes(text).filter((q) => q.form === 'direct');
const last = (text: string): QuoteFinding | undefined => direct(text).at(-1);

describe('who said it: speaker, cue, role, outlet', () => {
  test.each([
    [
      'surname resolves to the full name first given',
      'United Nations Secretary General Antonio Guterres arrived.\n\n“We will not allow this to go on,” Guterres said.',
      { speaker: 'Antonio Guterres', cue: 'said', role: 'United Nations Secretary General', outlet: null },
    ],
    [
      'appositive role and "told Reuters"',
      '“We realise the extent of vengeance that will befall us,” Mustafa Sejari, a Free Syrian Army (FSA) commander, told Reuters.',
      { speaker: 'Mustafa Sejari', cue: 'told', role: 'a Free Syrian Army (FSA) commander', outlet: 'Reuters' },
    ],
    [
      'lead-in paragraph ending in a colon',
      'Nikki Haley, US Ambassador to the UN, stated yesterday that:\n\n“Russia and Iran are demolishing Idlib.”',
      { speaker: 'Nikki Haley', cue: 'stated', role: 'US Ambassador to the UN' },
    ],
    [
      'role before the name',
      'Last week Iran’s Foreign Minister, Mohammad Javad Zarif, said that "terrorists must be purged from the area."',
      { speaker: 'Mohammad Javad Zarif', role: 'Iran’s Foreign Minister', partial: true },
    ],
    ['"X reported" is the outlet', '“We will build the bridge next year,” Reuters reported.', { outlet: 'Reuters' }],
    [
      '"in a tweet" is the outlet',
      'President Trump wrote in a tweet: “It would be a grave humanitarian mistake to attack.”',
      { speaker: 'President Trump', role: null, cue: 'wrote', outlet: 'Twitter' },
    ],
    [
      'an organisation speaks, in a statement',
      '“The offensive must stop at once, today,” the ministry said in a statement.',
      { speaker: 'the ministry', cue: 'said', outlet: 'a statement' },
    ],
    ['said Ms X', '“We’ve had it up to here with the ’90s revival,” said Ms Jones.', { speaker: 'Ms Jones' }],
    // Regression: "King" is a title word, so "Mr. King" was stripped to nothing and the quote went unattributed.
    [
      'a surname that is also a title',
      '“It is all about enthusiasm around this race,” Mr. King added.',
      { speaker: 'Mr. King' },
    ],
    // Regression: the descriptor "9/11 widow" split at the slash and the name after it was lost.
    [
      'said + descriptor + name',
      '“The rationales do not hold weight at all,” said 9/11 widow Terry Strada.',
      { speaker: 'Terry Strada' },
    ],
    // Regression: ", but he said" after the quote belonged to the next quote, and "he" went to an earlier person.
    [
      'a new clause after the quote does not attribute it',
      'Roy Cooper spoke first.\n\nKerr Putney, the police chief, said the video did not give "absolute definitive visual evidence of a gun," but he said more.',
      { speaker: 'Kerr Putney', role: 'the police chief' },
    ],
    // Regression: the subject of "but said" was read as the description "released but".
    [
      'second verb after "but" takes the sentence subject',
      'Mayor Jennifer Roberts said the video should be released but said "the question is the timing of it."',
      { speaker: 'Jennifer Roberts' },
    ],
    // Regression: the window before the quote stopped at the earlier quote, so the subject before it was lost.
    [
      'subject before an earlier quote in the same sentence',
      'Clinton appeared at the ‘Commander-in-Chief Forum’ on Wednesday and said: ‘I will keep this country safe from harm.’',
      { speaker: 'Clinton', cue: 'said' },
    ],
    // Regression: a partial quote after a verb the cue list lacks ("thanked") went unattributed.
    [
      'a quote inside a sentence belongs to its subject',
      'Julianne Moore spoke on Tuesday.\n\nMoore thanked him for “stepping up and taking action when Congress won’t.”',
      { speaker: 'Julianne Moore', cue: null },
    ],
    // Regression: "fumed" is no speech verb in the list, so the name after the quote was ignored.
    [
      'name and past-tense verb after the quote',
      '“If they were serious about making progress on this, I think they would have,” Toomey fumed on Tuesday.',
      { speaker: 'Toomey' },
    ],
    // Regression: a fact-check signature in its own paragraph under the quote was not read.
    [
      'dash signature in the next paragraph',
      '“Almost all new income and wealth is going to the top 1 percent.”\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.',
      { speaker: 'Bernie Sanders' },
    ],
    // Regression: a quote opening the sentence after "Sami recalled how…" went unattributed.
    [
      'a quote sentence continues the previous sentence’s subject',
      'Sami Hamid recalled how on his first trip, all he saw was a dark highway. “All I could see were trees along the road.”',
      { speaker: 'Sami Hamid' },
    ],
    // Regression: the possessive "Clinton’s" stopped the search, then the speaker came from an earlier sentence.
    [
      'said + possessive descriptor + name',
      'The FBI concluded this month that she was careless. “This has gone from being a matter of process,” said Clinton’s top foreign policy aide Jake Sullivan.',
      { speaker: 'Jake Sullivan', cue: 'said' },
    ],
    // Regression: "Republican" is a title word, which stopped the search before "Reince Priebus".
    [
      'said + title word + descriptor + name',
      '“The distraction gets you off message a little,” said Republican party boss Reince Priebus.',
      { speaker: 'Reince Priebus' },
    ],
    // Regression: "The Wall Street Journal" in the opening phrase was taken for the sentence's subject.
    [
      'a name in an opening prepositional phrase is not the subject',
      'In an interview with The Wall Street Journal, Trump said the judge had “an inherent conflict of interest in the case.”',
      { speaker: 'Trump' },
    ],
    // Regression: "Hours later" made "Hours" the speaker of the participle "telling".
    [
      'a time phrase opening the sentence is not the subject',
      'Hours later, Donald Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”',
      { speaker: 'Donald Trump', cue: 'telling', outlet: 'Reuters' },
    ],
    [
      'a description resolves to the person the story gave that title',
      'Sen. Ted Cruz spoke in Iowa on Monday.\n\n“We will win this state in the end,” the senator said.',
      { speaker: 'Ted Cruz', role: 'Sen.' },
    ],
    [
      'a vice president is not "the president"',
      'Vice President Joe Biden spoke first.\n\n“We will not stop until the job is done,” the president said.',
      { speaker: 'the president' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(last(text)).toMatchObject(expected);
  });

  test.each([
    [
      'she: the woman, not the last man named',
      'Mr John Smith met Mrs Ann Lee on Monday.\n\n“The budget will pass this week,” she said.',
      'Ann Lee',
    ],
    [
      'she skips a last speaker the story calls Mr',
      'Mrs Ann Lee met Mr John Smith. “The budget will pass this week,” Smith said.\n\n“We have the votes for it now,” she said.',
      'Ann Lee',
    ],
    [
      'he with no gender shown: the last speaker',
      '“It is done and dusted now,” Tom Baker said.\n\n“We have the votes to pass it,” he said.',
      'Tom Baker',
    ],
  ])('pronoun: %s', (_name, text, speaker) => {
    expect(last(text)?.speaker).toBe(speaker);
  });
});

describe('what is a quote', () => {
  test.each([
    [
      'interrupted quote is one, without the attribution words',
      '“I understand,” he said, “that it cannot go on.”',
      'I understand, … that it cannot go on.',
    ],
    ['German low-high', 'She said: „Wir werden das niemals zulassen.“', 'Wir werden das niemals zulassen.'],
    [
      'partial quote after "he said"',
      'It was, he said, “grossly unfair to the workers of the town”.',
      'grossly unfair to the workers of the town',
    ],
    [
      'apostrophes inside British single quotes',
      'She said: ‘Rock ’n’ roll and the ’90s aren’t coming back.’',
      'Rock ’n’ roll and the ’90s aren’t coming back.',
    ],
  ])('%s', (_name, text, expected) => {
    expect(direct(text).map((q) => q.text)).toEqual([expected]);
  });

  test.each([
    // Regression: a string literal in code on a tech page was listed as a quote.
    ['code', 'The page ran alert("text payload here now") on load.'],
    ['HTML attribute', 'The tag read <a href="https://example.com/a/long/path here">.'],
    ['nickname', 'Quarterback Tom “Touchdown Tom” Brady said nothing about it.'],
    ['nickname with a title', 'Donald “The Donald” Trump arrived at the rally in Iowa.'],
    ['single quoted word, even with a verb', 'Trump called the plan “disgusting” on Monday.'],
    ['scare quotes', 'The so-called “experts” were wrong again.'],
    ['title of a work', 'She starred in “The Art of the Deal Revisited” last year.'],
    ['apostrophes only', 'It’s the ’90s and rock ’n’ roll’s finest hour at the players’ club.'],
  ])('not a quote: %s', (_name, text) => {
    expect(direct(text)).toEqual([]);
  });

  // Regression: "Il a dit :" made "Il" the speaker.
  test('French pronoun before a colon is not a name', () => {
    expect(last('Il a dit : « Nous ne céderons jamais sur ce point. »')?.speaker).toBeNull();
  });
});

describe('claims: reported speech without quotation marks', () => {
  test.each([
    [
      'X say',
      'Rebels say the result of an attack will be bloodshed.',
      'the result of an attack will be bloodshed',
      'Rebels',
      'say',
    ],
    [
      'trailing ", police said"',
      'The attack killed 12 people in the town, police said.',
      'The attack killed 12 people in the town',
      'police',
      'said',
    ],
    [
      'according to',
      'According to officials, the death toll rose to 40 on Sunday night.',
      'the death toll rose to 40 on Sunday night',
      'officials',
      'according to',
    ],
    [
      'said that',
      'Jane Doe said that the council would close three schools next year.',
      'the council would close three schools next year',
      'Jane Doe',
      'said',
    ],
  ])('%s', (_name, text, words, speaker, cue) => {
    const [claim] = findQuotes(text);
    expect(claim).toMatchObject({ form: 'claim', text: words, speaker, cue, partial: false });
  });

  test.each([
    ['narration', 'The council met on Tuesday and discussed the budget at length.'],
    ['said + preposition', 'Jane Doe said in a statement on Monday evening.'],
    ['first person', 'I said the whole thing would be over by Christmas.'],
    [
      'a paragraph with quotation marks holds direct quotes only',
      'Rebels say the result will be “bloodshed and ruin for all”.',
    ],
  ])('no claim: %s', (_name, text) => {
    expect(findQuotes(text).filter((q) => q.form === 'claim')).toEqual([]);
  });
});

describe('blockquotes and pull quotes', () => {
  const article = (text: string): Article => ({ text }) as Article;

  test('a blockquote without marks is a quote, signed with its dash line', () => {
    const html =
      '<p>The senator wrote this.</p><blockquote><p>We will never give up on the people of this state.</p>— Jane Roe, senator for the state of Maine since 2012</blockquote>';
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const text =
      'The senator wrote this.\n\nWe will never give up on the people of this state.\n\n— Jane Roe, senator for the state of Maine since 2012';
    const [quote] = quotesFinder.find(document as unknown as Document, article(text), {
      url: null,
      now: new Date(0),
      lang: null,
    });
    expect(quote).toMatchObject({
      text: 'We will never give up on the people of this state.',
      speaker: 'Jane Roe',
      form: 'direct',
    });
  });

  test('a blockquote that has its own marks is found once', () => {
    const { document } = parseHTML(
      '<html><body><blockquote>“We will never give up on this state,” she said.</blockquote></body></html>',
    );
    const text = '“We will never give up on this state,” she said.';
    const found = quotesFinder.find(document as unknown as Document, article(text), {
      url: null,
      now: new Date(0),
      lang: null,
    });
    expect(found).toHaveLength(1);
  });
});
