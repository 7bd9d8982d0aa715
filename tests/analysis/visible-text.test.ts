import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { visibleText } from '../../utils/analysis/text';
import { readPageText } from '../../utils/desk/page-text';

test.each([
  ['zero-width space inside a name', 'Jo\u200BLee', 'JoLee'],
  ['right-to-left override', 'Harbour \u202Edeal\u202C signed', 'Harbour deal signed'],
  ['isolates and marks', '\u2066Ann\u2069 \u200Fsaid', 'Ann said'],
  ['NUL, soft hyphen and byte-order mark', '\u0000Hea\u00ADdline\uFEFF', 'Headline'],
  ['joiners scripts need are kept', 'می\u200Cخواهم 👩\u200D💻', 'می\u200Cخواهم 👩\u200D💻'],
  ['spaces are left to the space rule', 'a\tb\nc', 'a\tb\nc'],
])('%s', (_, text, visible) => {
  expect(visibleText(text)).toBe(visible);
});

test('what the engine reports reads as the page reads, and the desk finds it on the page', () => {
  const html = `<html><head><title>Harbour \u202Edeal\u202C signed</title></head><body><article>
    <h1>Harbour \u202Edeal\u202C signed</h1>
    ${'<p>The council signed the harbour deal on Monday after a long night of talks with the port.</p>'.repeat(4)}
    <p>“We have waited ten years for this day to come,” said Ann Jo\u200BLee, the mayor.</p>
  </article></body></html>`;
  const { document } = parseHTML(html);
  const result = analyze(document as unknown as Document, { url: null, now: new Date(0) });
  if (!result.ok) throw new Error('not an article');
  const { article, findings } = result.analysis;
  expect(article.title).toBe('Harbour deal signed');
  expect(article.text).not.toMatch(/[\u200B\u202E\u202C]/);
  const quote = findings.find((f) => f.kind === 'quote');
  expect(quote?.kind === 'quote' && quote.speaker).toBe('Ann JoLee');
  // The page walker leaves the same characters out, so the engine's words are found on the page.
  const page = readPageText(document.body as unknown as Node);
  expect(page.text).toContain('said Ann JoLee, the mayor');
});
