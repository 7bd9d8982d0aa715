/**
 * Eyeball the image-credit finder on real pages: what it returns for a sample of
 * the shared corpus (Readability's test pages and the extraction benchmark),
 * with the finder's time against the whole analyze() time.
 *
 *   npx tsx bench/peek-credits.ts [--corpus ../shared/corpus] [--set readability|aeb|all] [--limit N] [--only a,b] [--quiet]
 *
 * --only a,b keeps pages whose name or file path contains one of the strings.
 * One block per page on stdout, totals on stderr.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { analyze } from '../utils/analysis/analyze';
import { findCredits } from '../utils/analysis/credits';
import type { CreditFinding } from '../utils/analysis/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    set: { type: 'string' },
    limit: { type: 'string' },
    quiet: { type: 'boolean' },
    only: { type: 'string' },
  },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const set = values.set ?? 'all';
const limit = values.limit ? Number(values.limit) : Infinity;

type Page = { name: string; path: string; url: string | null };

function pages(): Page[] {
  const out: Page[] = [];
  if (set === 'readability' || set === 'all') {
    const dir = join(corpus, 'readability-pages');
    for (const slug of readdirSync(dir).sort()) {
      if (slug.includes('.')) continue;
      out.push({ name: slug, path: join(dir, slug, 'source.html.gz'), url: `http://fakehost/test/${slug}/` });
    }
  }
  if (set === 'aeb' || set === 'all') {
    const truth = JSON.parse(readFileSync(join(corpus, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    for (const id of Object.keys(truth).sort())
      out.push({
        name: `aeb/${id.slice(0, 8)}`,
        path: join(corpus, 'aeb', 'html', `${id}.html.gz`),
        url: truth[id]?.url ?? null,
      });
  }
  const only = values.only?.split(',');
  return out.filter((p) => !only || only.some((o) => p.name.includes(o) || p.path.includes(o))).slice(0, limit);
}

const clip = (s: string | null, n: number): string => (s && s.length > n ? `${s.slice(0, n - 1)}…` : (s ?? '-'));
const totals = { pages: 0, images: 0, credited: 0, anchored: 0, analyzeMs: 0, creditsMs: 0 };
const bySource = new Map<string, number>();

for (const page of pages()) {
  const html = gunzipSync(readFileSync(page.path)).toString('utf8');
  const doc = parseDocument(html);
  let t = performance.now();
  const result = analyze(doc, { url: page.url, now: new Date(0) });
  totals.analyzeMs += performance.now() - t;
  if (!result.ok) continue;
  t = performance.now();
  const credits: CreditFinding[] = findCredits(doc, result.analysis.article, page.url);
  totals.creditsMs += performance.now() - t;
  totals.pages++;
  totals.images += credits.length;
  totals.credited += credits.filter((c) => c.credit).length;
  totals.anchored += credits.filter((c) => c.start !== null).length;
  for (const c of credits) bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
  if (values.quiet || credits.length === 0) continue;
  console.log(`== ${page.name}`);
  for (const c of credits)
    console.log(
      `  [${c.source}${c.start === null ? '' : '@'}] credit=${JSON.stringify(c.credit)} agencies=${c.agencies.join('+') || '-'} caption=${JSON.stringify(clip(c.caption, 70))} img=${clip(c.image?.replace(/^https?:\/\/[^/]+/, '') ?? null, 50)}`,
    );
}

console.error(
  `pages ${totals.pages}, images ${totals.images}, credited ${totals.credited}, anchored in text ${totals.anchored}`,
);
console.error(`sources ${JSON.stringify(Object.fromEntries(bySource))}`);
console.error(
  `time: analyze ${totals.analyzeMs.toFixed(0)} ms, credits ${totals.creditsMs.toFixed(0)} ms (${((100 * totals.creditsMs) / totals.analyzeMs).toFixed(1)}% of analyze)`,
);
