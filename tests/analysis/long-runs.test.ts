/**
 * Every pattern that runs on page text, fuzzed with long runs of the characters the
 * patterns look for: a pattern that backtracks on such a run (nested or adjacent
 * quantifiers over overlapping classes) takes seconds here, a linear one milliseconds.
 * Runs go through the text finders (analyzeText) and through a caption and an alt text
 * (analyze), so the quote, figure, credit and metadata patterns all see them.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze, analyzeText } from '../../utils/analysis/analyze';
import { splitCaption } from '../../utils/analysis/credits/parse-credit';
import { tokenize } from '../../utils/analysis/figures/tokens';

const NOW = new Date('2024-05-01T00:00:00Z');
const SIZE = 40_000;
/**
 * CPU time, not wall time (the machine is shared): linear work on 40,000 characters takes under
 * 1.5 s even where every character is a finding; a backtracking pattern takes 10 s and more.
 */
const LIMIT_MS = 4000;

const RUNS = [
  '11,',
  '1.',
  '111.',
  '1 ',
  '11 ',
  '1,1',
  '1-',
  '1/',
  '$1',
  '1%',
  '£1m ',
  '1st ',
  '½',
  '© ',
  ',;',
  '; ',
  ': ',
  '|',
  '-',
  '—',
  '..',
  '…',
  '"a ',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  "'s ",
  '(',
  ')',
  '[',
  '(a ',
  '[a ',
  'Photo: ',
  'Photo by ',
  'Credit ',
  'Getty ',
  'AFP/',
  'said ',
  'Mr. ',
  'A ',
  'a-',
  'x.',
  'A. ',
  'Reuters, ',
];

const run = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="en"><head><title>Runs</title></head><body><article><h1>A headline for the runs</h1>
  <p>The council voted on Tuesday to rebuild the bridge across the river, ending a debate that has run for a decade.</p>${body}</article></body></html>`)
    .document as unknown as Document;
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** CPU milliseconds `work` takes (this test file runs in its own process). */
function timed(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('long runs stay linear', () => {
  // Growth, not only a ceiling: four times the text may cost four times the work, not sixteen.
  test.each(RUNS)('text of %j', (unit) => {
    const cost = (size: number): number => {
      const text = `A headline for the run\n\n${run(unit, size)}\n\nThe end of the story, said the mayor.`;
      return timed(() => analyzeText(text, page(''), { url: null, now: NOW }));
    };
    cost(2_000); // warm the engine up
    const small = cost(20_000);
    const large = cost(80_000);
    expect(large).toBeLessThan(LIMIT_MS * 2);
    expect(large / Math.max(small, 50)).toBeLessThan(9);
  });

  test.each(RUNS)('caption and alt text of %j', (unit) => {
    const text = escape(run(unit));
    const doc = page(`<figure><img src="/a.jpg" alt="${text}"><figcaption>${text}</figcaption></figure><p>${text}</p>`);
    expect(timed(() => analyze(doc, { url: 'https://example.com/a', now: NOW }))).toBeLessThan(LIMIT_MS);
  });

  // The passes that read every character of a text or caption, alone, where a quadratic step is not diluted.
  // Regression: "11,11,11,…" was rescanned from every digit by the lakh numeral (5 min 47 s for 1 MB);
  // a run of "© " in alt text re-read the rest of the caption at every label (84 s for 160 KB).
  const passes: [string, (text: string) => unknown][] = [
    ['tokenize', (text) => tokenize(text)],
    ['tokenize, decimal comma', (text) => tokenize(text, true)],
    ['splitCaption', (text) => splitCaption(text)],
  ];
  test.each(passes)('%s grows linearly on every run', (_name, pass) => {
    for (const unit of RUNS) {
      pass(run(unit, 2_000));
      const small = timed(() => pass(run(unit, 20_000)));
      // A floor of 50 ms: below it the ratio is the noise of a shared machine, not the pattern.
      const large = timed(() => pass(run(unit, 80_000)));
      expect(large / Math.max(small, 50), JSON.stringify(unit)).toBeLessThan(8);
    }
  });
});
