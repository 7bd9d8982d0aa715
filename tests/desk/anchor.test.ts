import { describe, expect, test } from 'vitest';
import { selectorsFor } from '../../utils/analysis/selectors';
import { anchorSelectors, collapseQuote } from '../../utils/desk/anchor';
import { matchFuzzy } from '../../utils/desk/match-quote';

const TEXT =
  'United Nations Secretary General Antonio Guterres has urged Syrian President Bashar al-Assad to call off an expected attack on Idlib province.\n\n' +
  'Rebels say the result of an attack will be bloodshed.\n\n' +
  'UN opposition to the expected offensive is nothing new; the organisation fears the displacement of 800,000 people.';

function selectorsOf(text: string, words: string) {
  const start = text.indexOf(words);
  return selectorsFor(text, start, start + words.length);
}

describe('anchorSelectors', () => {
  const words = 'the result of an attack will be bloodshed';
  const selectors = selectorsOf(TEXT, words);

  test.each([
    ['unchanged text: the position still holds', TEXT, 'position', words],
    ['text moved by an insertion before it: the quote is found', 'BREAKING. ' + TEXT, 'quote', words],
    [
      'text edited slightly: an approximate match',
      TEXT.replace('result of an attack', 'outcome of an attack'),
      'fuzzy',
      'the outcome of an attack will be bloodshed',
    ],
  ])('%s', (_name, text, method, expected) => {
    const anchor = anchorSelectors(text, selectors);
    expect(anchor?.method).toBe(method);
    expect(text.slice(anchor!.start, anchor!.end)).toBe(expected);
  });

  test.each([
    ['the sentence was cut', TEXT.replace('Rebels say the result of an attack will be bloodshed.\n\n', '')],
    ['the page is empty', ''],
    ['only unrelated text is left', 'Weather: sunny spells, light winds. '.repeat(50)],
  ])('orphan when %s', (_name, text) => {
    expect(anchorSelectors(text, selectors)).toBeNull();
  });

  test('a quote that occurs twice goes to the occurrence whose context matches', () => {
    const text = 'He said no. Later, in court, he said no. Then he left.';
    const second = text.lastIndexOf('he said no');
    const [quote] = selectorsFor(text, second, second + 'he said no'.length);
    // Only the quote selector: the position alone must not decide.
    const anchor = anchorSelectors('Intro. ' + text, [quote]);
    expect(anchor?.start).toBe(second + 'Intro. '.length);
  });

  test('a position selector without a quote is trusted only inside the text', () => {
    expect(anchorSelectors('short', [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toEqual({
      start: 0,
      end: 5,
      method: 'position',
    });
    expect(anchorSelectors('short', [{ type: 'TextPositionSelector', start: 3, end: 50 }])).toBeNull();
  });

  test('a short figure is matched approximately only together with its context', () => {
    const figure = selectorsOf(TEXT, '800,000');
    const edited = TEXT.replace('800,000', '800.000');
    const anchor = anchorSelectors(edited, figure);
    expect(anchor?.method).toBe('fuzzy');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe('800.000');
    // Without context, seven characters could match anything: no guess.
    expect(
      anchorSelectors(edited, [{ type: 'TextQuoteSelector', exact: '800,000', prefix: '', suffix: '' }]),
    ).toBeNull();
  });

  test('collapseQuote folds paragraph breaks into spaces, as a page renders them', () => {
    expect(collapseQuote({ exact: 'a\n\nb', prefix: ' x\t', suffix: '' })).toEqual({
      exact: 'a b',
      prefix: ' x ',
      suffix: '',
    });
  });
});

// These bounds are in real time, so a moment of load on a shared machine can break one run:
// a search that overruns its budget does so on every run, and fails all three.
describe('time bound', { retry: 2 }, () => {
  // A slow clock: every reading advances 10 ms, so the search must give up after a few steps.
  function slowClock() {
    let t = 0;
    let reads = 0;
    return {
      now: () => {
        reads++;
        return (t += 10);
      },
      reads: () => reads,
    };
  }

  test('a fuzzy search over a huge text stops at its budget instead of freezing', () => {
    const huge = 'the quick brown fox jumps over the lazy dog and then some more words follow here. '.repeat(40_000);
    const clock = slowClock();
    const quote = { exact: 'the quick brown cat jumps over the lazy dog and then some', prefix: '', suffix: '' };
    const started = performance.now();
    matchFuzzy(huge, quote, { budgetMs: 50, now: clock.now });
    expect(clock.reads()).toBeLessThan(10);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('with the real clock one fuzzy search on 3 MB of text takes at most about its budget', () => {
    const huge = 'Officials said the figures would be revised after the count. '.repeat(50_000);
    const quote = { exact: 'Officials sayd the figures would be revized after the recount', prefix: '', suffix: '' };
    const started = performance.now();
    matchFuzzy(huge, quote, { budgetMs: 50 });
    expect(performance.now() - started).toBeLessThan(150);
  });
  // Regression: seeds all over a page of repeated text merged into one window as long as
  // the page, searched in one go with no look at the clock (270 ms for a 50 ms budget);
  // and the common pieces used up the seeds before the one telling piece was looked at.
  const QUOTE = {
    exact: 'The council met on Tuesday to discuss the harbour plan and what it would cost',
    prefix: 'At the meeting in the town hall, ',
    suffix: ', the mayor told reporters later.',
  };
  const NEAR_MISS = 'The council met on Tuesday to discuss the harbour plan and what it could cost. ';
  const UNLIKE = 'The council met on Tuesday to discuss the budget for next year, once again. ';
  const TRUE = 'The council met on Tuesdy to discuss the harbour plan and what it would cost';
  const around = (filler: string, middle: string) =>
    filler.repeat(13_500) +
    'At the meeting in the town hall, ' +
    middle +
    ', the mayor told reporters later. ' +
    filler.repeat(13_500);
  test.each([
    ['near misses everywhere, the true match in the middle', around(NEAR_MISS, TRUE), TRUE],
    ['unlike text everywhere, the true match in the middle', around(UNLIKE, TRUE), TRUE],
    ['unlike text everywhere, no match', UNLIKE.repeat(28_000), null],
  ])('2 MB page with seeds everywhere, %s: one search within its bound', (_name, page, expected) => {
    expect(page.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const found = matchFuzzy(page, QUOTE, { budgetMs: 50 });
    expect(performance.now() - started).toBeLessThan(150);
    expect(found ? page.slice(found.start, found.end) : null).toBe(expected);
  });

  test('near misses everywhere and no true match: still within the bound', () => {
    const page = NEAR_MISS.repeat(27_000);
    const started = performance.now();
    expect(matchFuzzy(page, QUOTE, { budgetMs: 50 })).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(150);
  });
});
