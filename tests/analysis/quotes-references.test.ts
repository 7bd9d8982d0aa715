/**
 * Who a he, she, they or a description means, from page patterns of whole real
 * news pages (bench/page-labels) where the speaker was lost or could go wrong.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../utils/analysis/quotes';

const speakers = (text: string): (string | null)[] =>
  findQuotes(text, [], 'en')
    .filter((q) => q.form === 'direct')
    .map((q) => q.speaker);

describe('he or she across sentences and paragraphs', () => {
  test('a surname met before the story gives the full name still speaks (political news)', () => {
    // Regression: "Omar asked…" came before "Rep. Ilhan Omar", so the index skipped it and "she" stayed unclear.
    const text =
      'Omar asked for compassion in a letter posted on Twitter Tuesday, saying she did not think a severe sentence would help. She added, "We must teach the defendant love."\n\n' +
      'The letter was shared by Rep. Ilhan Omar (D-Minn.) on Tuesday.';
    expect(speakers(text)).toEqual(['Ilhan Omar']);
  });

  test('a name the story calls "which" is a thing, never he or she (music business)', () => {
    // Regression: the label "Big Machine" competed with Taylor Swift for "she".
    const text =
      'Big Machine, which was bought out this year, owns her first six albums.\n\n' +
      'Taylor Swift posted on Twitter accusing Big Machine of trying to stop her.\n\n' +
      'She claimed the label thought the performance would amount to a re-recording.\n\n' +
      '"I just want to be able to perform my own music," she said.';
    expect(speakers(text)).toEqual(['Taylor Swift']);
  });

  test('a person whose speech verb follows an appositive role speaks (markets report)', () => {
    // Regression: "Pankaj Pandey, Head of Research at ICICI Securities, pointed out" was no speaker, and
    // "Head of Fundamental Research" made "Research" a surname, so "he" had two candidates.
    const text =
      '"Markets run ahead of macros," said Rusmik Oza, Head of Fundamental Research at Kotak Securities.\n\n' +
      '"We remain sceptical of a quick recovery in the economy," said Kotak Institutional Equities.\n\n' +
      'Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a stock-specific market. Midcaps are underperforming.\n\n' +
      '"It is a stock-specific market so not expecting a broad-based rally," he said.';
    expect(speakers(text)).toEqual(['Rusmik Oza', 'Kotak Institutional Equities', 'Pankaj Pandey']);
  });
});

describe('"the 56-year-old" is the last person named', () => {
  test('when the sentence naming them names no one else (football club)', () => {
    // Regression: Mourinho and Pochettino both fit "the 56-year-old", so the speaker stayed unclear.
    const text =
      'Jose Mourinho has agreed a deal to replace Mauricio Pochettino as manager.\n\n' +
      'Pochettino was sacked last night after five years in charge.\n\n' +
      'Negotiations between the club and Mourinho’s representatives intensified over the last few days.\n\n' +
      'The 56-year-old said after his appointment: "I am excited to be joining a club with such a heritage."';
    expect(speakers(text)).toEqual(['Jose Mourinho']);
  });

  test('never when that sentence names two people', () => {
    const text =
      'Jose Mourinho has agreed a deal to replace Mauricio Pochettino as manager.\n\n' +
      'The 56-year-old said after his appointment: "I am excited to be joining a club with such a heritage."';
    expect(speakers(text)).toEqual([null]);
  });
});
