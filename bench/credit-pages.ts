/**
 * Image credits on the hand-labelled whole pages, side by side with their labels:
 * every row the finder gives (holder, caption start, source, image) and every
 * labelled credit, for one page or a split. For tuning the credit finder.
 *
 *   npx tsx bench/credit-pages.ts [--split tune|heldout] [--page ID]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';
import type { CreditFinding } from '../utils/analysis/types';
import { heldoutPages, pageLabels } from './page-labels';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, split: { type: 'string' }, page: { type: 'string' } },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const heldout = heldoutPages();
const split = values.split ?? 'tune';
const labels = pageLabels().filter((l) =>
  values.page ? l.page.startsWith(values.page) : split === 'all' || heldout.has(l.page) === (split === 'heldout'),
);

const cut = (s: string | null, n = 60): string => (s ? (s.length > n ? `${s.slice(0, n)}…` : s) : '-');
for (const label of labels) {
  const html = gunzipSync(readFileSync(join(corpus, 'aeb', 'html', `${label.page}.html.gz`))).toString('utf8');
  const result = analyze(parseDocument(html), {
    url: label.url ?? null,
    now: new Date('2019-11-20T12:00:00Z'),
    force: true,
  });
  const found = result.ok ? result.analysis.findings.filter((f): f is CreditFinding => f.kind === 'credit') : [];
  console.log(`${label.page.slice(0, 8)} ${label.url ?? ''}`);
  for (const c of found)
    console.log(`  found  ${c.credit ?? 'NONE'} | ${cut(c.caption)} | ${c.source} | ${cut(c.image, 80)}`);
  for (const c of label.credits) console.log(`  label  ${c.credit} | ${cut(c.caption_start)}`);
  console.log(`  label  uncredited ${label.uncredited_images}`);
}
