/**
 * Prints one labelled page's article text, line by line, with every figure the
 * finder shows marked [[like this]] and its kind, so a rule can be read against
 * the page that needs it (the labels are not shown: label from the page, not from
 * this output).
 *
 *   tsx bench/figure-page.ts <page id prefix> [--corpus ../shared/corpus]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';
import type { FigureFinding } from '../utils/analysis/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = resolve(repoRoot, at >= 0 ? (args[at + 1] ?? '') : '../shared/corpus');
const prefix = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? '';
const file = readdirSync(join(corpus, 'aeb', 'html')).find((f) => f.startsWith(prefix));
if (!prefix || !file) {
  console.error('usage: tsx bench/figure-page.ts <page id prefix> [--corpus DIR]');
  process.exit(2);
}
const doc = parseDocument(gunzipSync(readFileSync(join(corpus, 'aeb', 'html', file))).toString('utf8'));
const result = analyze(doc, { url: null, now: new Date('2019-11-20T12:00:00Z'), force: true });
if (!result.ok) throw new Error('no article');
const { article, findings } = result.analysis;
const figures = findings
  .filter((f): f is FigureFinding => f.kind === 'figure')
  .sort((a, b) => (b.start ?? 0) - (a.start ?? 0));
let text = article.text;
for (const f of figures)
  text = `${text.slice(0, f.start ?? 0)}[[${text.slice(f.start ?? 0, f.end ?? 0)}|${f.figureKind}${f.context ? `: ${f.context}` : ''}]]${text.slice(f.end ?? 0)}`;
console.log(`${article.title ?? ''} | ${article.publishedTime ?? ''} | ${article.lang ?? ''}`);
console.log(text);
