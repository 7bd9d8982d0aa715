import { describe, expect, test } from 'vitest';
import type { QuoteFinding } from '../../utils/analysis/types';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { attributionLine } from '../../utils/export/markdown-quotes';
import { makeQuote } from '../finding-factories';
import { makeClipping } from './markdown-fixtures';

const quote = (
  text: string,
  speaker: string | null,
  cue: string | null,
  more: Partial<QuoteFinding> = {},
): QuoteFinding => makeQuote({ id: `q${text.length}`, text, speaker, cue, ...more });

describe('quotes section', () => {
  test.each([
    [
      quote('a humanitarian nightmare', 'Antonio Guterres', 'said'),
      '> a humanitarian nightmare\n\n— Antonio Guterres (said)',
    ],
    [
      quote('terrorists must be purged', 'Zarif', null, { partial: true }),
      '> terrorists must be purged\n\n— Zarif (partial)',
    ],
    [quote('we will stay', null, null), '> we will stay\n\n— Unattributed'],
    [quote('# not a heading\n- nor *a list*', null, null), '> \\# not a heading - nor \\*a list\\*\n\n— Unattributed'],
  ])('quote %#', (finding, expected) => {
    expect(clippingToMarkdown(makeClipping([finding]))).toContain(`## Quotes\n\n${expected}\n`);
  });

  test('claims come after the direct quotes under their own sub-heading', () => {
    const md = clippingToMarkdown(
      makeClipping([
        quote('the result will be bloodshed', 'Rebels', 'say', { form: 'claim', start: 10 }),
        quote('We realise the extent of vengeance', 'Mustafa Sejari', 'told', { start: 90 }),
      ]),
    );
    expect(md).toContain(
      '> We realise the extent of vengeance\n\n— Mustafa Sejari (told)\n\n### Claims (reported speech)\n\n' +
        '> the result will be bloodshed\n\n— Rebels (say, claim)',
    );
  });
});

describe('attribution line: "— Speaker, role (cue, via outlet)"', () => {
  test.each([
    [
      'speaker, role, cue and outlet',
      quote('x', 'Mustafa Sejari', 'told', { role: 'a Free Syrian Army (FSA) commander', outlet: 'Reuters' }),
      '— Mustafa Sejari, a Free Syrian Army (FSA) commander (told, via Reuters)',
    ],
    ['outlet without a cue', quote('x', 'Donald Trump', null, { outlet: 'Twitter' }), '— Donald Trump (via Twitter)'],
    [
      'no cue at all',
      quote('x', 'Nikki Haley', null, { role: 'US Ambassador to the UN' }),
      '— Nikki Haley, US Ambassador to the UN',
    ],
    // A role without a speaker would read as a name: the desk must see "Unattributed".
    ['unattributed keeps no role', quote('x', null, 'said', { role: 'a spokesman' }), '— Unattributed (said)'],
    ['claim marked', quote('x', 'Rebels', 'say', { form: 'claim' }), '— Rebels (say, claim)'],
    [
      'unclear speaker names the candidates, escaped',
      quote('x', null, 'said', { speakerCandidates: ['John Smith', 'David *Jones*'] }),
      '— Speaker unclear: John Smith or David \\*Jones\\* (said)',
    ],
    [
      'markdown in a role escaped',
      quote('x', 'Ann Lee', 'said', { role: 'head of *R&D*' }),
      '— Ann Lee, head of \\*R&D\\* (said)',
    ],
  ])('%s', (_name, finding, expected) => {
    expect(attributionLine(finding)).toBe(expected);
  });

  test('the editor’s choice of an unclear speaker is exported as theirs', () => {
    const unclear = quote('x', null, 'said', { speakerCandidates: ['John Smith', 'David Jones'] });
    expect(attributionLine(unclear, 'David Jones')).toBe(
      '— David Jones (chosen by the editor; the page leaves the speaker unclear) (said)',
    );
  });
});
