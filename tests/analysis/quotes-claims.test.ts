import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../utils/analysis/quotes';
import type { QuoteFinding } from '../../utils/analysis/types';

const claims = (text: string): QuoteFinding[] => findQuotes(text).filter((q) => q.form === 'claim');
const claim = (text: string): QuoteFinding => {
  const found = claims(text);
  expect(found).toHaveLength(1);
  return found[0] as QuoteFinding;
};

describe('claims: who holds it', () => {
  test.each([
    [
      'a bare group after "But"',
      'But critics say resources could be better spent in partnership with NATO.',
      'resources could',
    ],
    [
      'a group with modifiers',
      'Foreign policy analysts said geopolitical factors have contributed to its appeal.',
      'geopolitical factors',
    ],
    [
      'a group with a prepositional tail',
      'Experts on North Korea and nuclear nonproliferation said the latest test could change that.',
      'the latest test',
    ],
    [
      'a group after an opening clause',
      'Though he has heralded plans to go after loopholes, experts say the sting of those changes would be swamped.',
      'the sting',
    ],
  ])('%s', (_, text, start) => {
    expect(claim(text).text.startsWith(start)).toBe(true);
  });

  test('"said it would" opens a clause; "said it" alone does not', () => {
    expect(claim('The network said it would send a reporter to Crimea next month.').text).toBe(
      'it would send a reporter to Crimea next month',
    );
    expect(claims('The minister said it on Tuesday in front of the whole committee.')).toEqual([]);
  });

  test('a verb whose subject is a question or a sentence fragment is no claim', () => {
    expect(claims('Whether the plan says anything about schools remains to be seen by all of us.')).toEqual([]);
  });
});

describe('claims: forms', () => {
  test('an attribution inside the sentence: "…, Mr. Clarke said, until…"', () => {
    const c = claim('Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.');
    expect(c).toMatchObject({ speaker: 'Mr. Clarke', cue: 'said' });
    expect(c.text).toContain('until it went bankrupt');
  });

  test('a long "according to" source', () => {
    const c = claim(
      'Clinton and Trump are virtually tied heading into their first debate, according to a new Washington Post-ABC News national poll.',
    );
    expect(c.text.startsWith('Clinton and Trump are virtually tied')).toBe(true);
  });

  test.each([
    ['wants to', 'Trump wants to junk personal exemptions and the head-of-household status.', 'to junk'],
    ['called for', 'The NAACP called for a moratorium on new charter schools in the state.', 'a moratorium'],
    ['urged', 'Graham urged Republicans to join the ranks of climate change believers.', 'Republicans to join'],
    ['agreed to', 'Patriot agreed to lend Mr. Clarke five million dollars for the work.', 'to lend'],
  ])('a stated position: %s', (_, text, start) => {
    expect(claim(text).text.startsWith(start)).toBe(true);
  });

  test.each([
    ['passive', 'Yemen was rejected by the Human Rights Council in 2015 after a long debate.'],
    ['a noun "plans"', 'Those college savings plans that your state probably offers are often cheap.'],
    ['"plans" without "to"', 'The candidates plans do not hold out much cause for hope for families.'],
    ['an object pronoun', 'Hillary Clinton cited it as an example of his disrespect toward women.'],
  ])('no position claim: %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  test('a study finds without "that"; a person notes only before a clause', () => {
    expect(claim('One study found Trump would actually raise taxes on eight million families.')).toMatchObject({
      speaker: 'One study',
      text: 'Trump would actually raise taxes on eight million families',
    });
    expect(claim('She acknowledged it was unlikely to work before the election.').text).toBe(
      'it was unlikely to work before the election',
    );
    expect(claims('She acknowledged the crowd with a wave before the speech began.')).toEqual([]);
  });

  test('a sentence with a quote still holds a claim outside the marks, not its attribution', () => {
    const text =
      'Cruz urged Republicans to “vote your conscience” and said he was standing on truth and principle above all.';
    expect(claims(text).map((c) => c.text)).toEqual(['he was standing on truth and principle above all']);
    expect(claims('“We will win this seat back,” said Kenneth Baer, a former official who runs a firm.')).toEqual([]);
  });

  test('a participle after the main clause reports for its subject: ", saying…"', () => {
    expect(
      claim('Trump defended his tweets on Friday, saying the former beauty queen had gained weight.'),
    ).toMatchObject({
      speaker: 'Trump',
      text: 'the former beauty queen had gained weight',
    });
    expect(claims('His saying so in public, in front of the board, changed nothing for the workers.')).toEqual([]);
  });
});
