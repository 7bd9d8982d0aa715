/**
 * Prints each quote the finder gives on one corpus page with the words around
 * it, for reading the finder's mistakes against the page.
 *
 *   tsx bench/quote-context.ts <page id prefix> [--corpus ../shared/corpus]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';

const [prefix = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const at = process.argv.indexOf('--corpus');
const corpus = at >= 0 ? (process.argv[at + 1] ?? '') : join(import.meta.dirname, '../../shared/corpus');
const file = readdirSync(join(corpus, 'aeb/html')).find((f) => f.startsWith(prefix));
if (!prefix || !file) throw new Error('usage: tsx bench/quote-context.ts <page id prefix>');
const doc = parseDocument(gunzipSync(readFileSync(join(corpus, 'aeb/html', file))).toString('utf8'));
const result = analyze(doc, { url: null, now: new Date('2019-11-20T12:00:00Z'), force: true });
if (!result.ok) throw new Error('not an article');
const { text } = result.analysis.article;
const flat = (s: string): string => s.replace(/\s+/g, ' ');
for (const f of result.analysis.findings) {
  if (f.kind !== 'quote' || f.start === null || f.end === null) continue;
  console.log(
    `[${f.form} ${f.speaker ?? 'null'} | ${f.cue ?? ''}] …${flat(text.slice(Math.max(0, f.start - 160), f.start))}⟦${flat(text.slice(f.start, f.end))}⟧${flat(text.slice(f.end, f.end + 100))}…\n`,
  );
}
