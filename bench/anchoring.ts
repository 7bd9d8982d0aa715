/**
 * Re-anchoring speed and accuracy on a big page: 200 annotations on 2 MB of real page
 * text (the visible text of the article extraction benchmark's pages concatenated,
 * ../shared/corpus/aeb, topped up with ../shared/corpus/readability-pages),
 * then the text is edited (some annotated passages reworded slightly, some cut, text
 * inserted before others so everything moves) and every annotation is re-anchored.
 *
 *   npx tsx bench/anchoring.ts [--corpus ../shared/corpus] [--annotations 200] [--mb 2]
 *
 * Targets: all 200 in under 1 s; no single search longer than 50 ms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/node-dom';
import { selectorsFor } from '../utils/analysis/selectors';
import { anchorSelectors, type Anchor } from '../utils/desk/anchor';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, annotations: { type: 'string' }, mb: { type: 'string' } },
});
const corpus = resolve(repoRoot, values.corpus ?? '../shared/corpus');
const count = Number(values.annotations ?? 200);
const size = Number(values.mb ?? 2) * 1024 * 1024;
const htmlDir = join(corpus, 'aeb', 'html');
if (!existsSync(htmlDir)) throw new Error(`No pages at ${htmlDir}: pass --corpus <dir with aeb/>`);

/** Deterministic, so every run measures the same edits. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(20240501);
const pick = (n: number) => Math.floor(random() * n);

// 1. A 2 MB page text: each page's body text, whitespace collapsed as a browser renders it.
const parts: string[] = [];
let length = 0;
// The AEB pages give about 1.5 MB of visible text; Readability's test pages make up the rest.
const readabilityDir = join(corpus, 'readability-pages');
const files = [
  ...readdirSync(htmlDir)
    .sort()
    .map((f) => join(htmlDir, f)),
  ...(existsSync(readabilityDir)
    ? readdirSync(readabilityDir)
        .sort()
        .map((d) => join(readabilityDir, d, 'source.html.gz'))
        .filter(existsSync)
    : []),
];
for (const file of files) {
  if (length >= size) break;
  const html = gunzipSync(readFileSync(file)).toString('utf8');
  const doc = parseDocument(html);
  // What a reader sees: the highlighter skips these too.
  doc.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  parts.push(text);
  length += text.length + 2;
}
const original = parts.join('\n\n').slice(0, size);

// 2. Annotations: passages of 30-200 characters starting and ending at word boundaries.
type Planned = { start: number; end: number; fate: 'kept' | 'edited' | 'cut' };
const planned: Planned[] = [];
const stride = Math.floor(original.length / count);
for (let i = 0; i < count; i++) {
  let start = i * stride + pick(stride / 2);
  const space = original.indexOf(' ', start);
  if (space >= 0 && space - start < 40) start = space + 1;
  let end = original.indexOf(' ', start + 30 + pick(170));
  if (end < 0 || end - start > 240) end = start + 60;
  end = Math.min(end, (i + 1) * stride - 1);
  const fate = i % 10 === 3 ? 'edited' : i % 10 === 7 ? 'cut' : 'kept';
  planned.push({ start, end, fate });
}
const annotations = planned.map((p) => selectorsFor(original, p.start, p.end));

// 3. The edited page, built back to front so earlier offsets stay valid while editing.
let edited = original;
const expected: (string | null)[] = new Array<string | null>(count).fill(null);
const duplicates: (string | null)[] = new Array<string | null>(count).fill(null);
for (let i = count - 1; i >= 0; i--) {
  const p = planned[i]!;
  const words = original.slice(p.start, p.end);
  const stillThere = (): boolean => edited.includes(words);
  if (p.fate === 'cut') {
    edited = edited.slice(0, p.start) + edited.slice(p.end);
    // Boilerplate repeats on pages (bylines, share buttons): if the words are still there, finding them is right.
    if (stillThere()) expected[i] = words;
  } else if (p.fate === 'edited') {
    // About a tenth of the words changed, in two places: a word replaced and a letter dropped.
    const third = Math.floor(words.length / 3);
    const cut = Math.max(1, Math.floor(words.length / 12));
    const text = words.slice(0, 4) + words.slice(5, third) + 'revised'.slice(0, cut) + words.slice(third + cut);
    edited = edited.slice(0, p.start) + text + edited.slice(p.end);
    expected[i] = text;
    // The same words elsewhere on the page (a headline repeated in a list) are a right answer too.
    if (stillThere()) duplicates[i] = words;
  } else {
    expected[i] = words;
  }
  // Every tenth passage gets a new sentence before it, so positions drift.
  if (i % 10 === 5) edited = edited.slice(0, p.start) + 'An update was added here. ' + edited.slice(p.start);
}

// 4. Re-anchor all of them.
const times: number[] = [];
const anchors: (Anchor | null)[] = [];
const started = performance.now();
for (const selectors of annotations) {
  const t = performance.now();
  anchors.push(anchorSelectors(edited, selectors));
  times.push(performance.now() - t);
}
const total = performance.now() - started;

function isRight(a: Anchor | null, i: number): boolean {
  const want = expected[i] ?? null;
  if (want === null || !a) return want === null && !a;
  const found = edited.slice(a.start, a.end);
  return found === want || found === duplicates[i] || (found.length > 10 && want.includes(found.slice(5, -5)));
}

const methods = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
let right = 0;
let falseAnchors = 0;
let longestFuzzy = 0;
anchors.forEach((a, i) => {
  methods[a ? a.method : 'orphan']++;
  if (!a || a.method === 'fuzzy') longestFuzzy = Math.max(longestFuzzy, times[i]!);
  const want = expected[i];
  if (want === null) {
    if (a) falseAnchors++;
    else right++;
  } else if (a) {
    // Right when the anchor covers most of the expected passage.
    if (isRight(a, i)) right++;
  }
});

const result = {
  pageChars: edited.length,
  annotations: count,
  totalMs: Math.round(total * 10) / 10,
  longestSingleMs: Math.round(Math.max(...times) * 10) / 10,
  longestFuzzyMs: Math.round(longestFuzzy * 10) / 10,
  methods,
  correct: right,
  falseAnchors,
};
console.log(JSON.stringify(result));
if (process.env.DEBUG_ANCHORS) {
  anchors.forEach((a, i) => {
    const want = expected[i];
    const found = a ? edited.slice(a.start, a.end) : null;
    if (!isRight(a, i))
      console.error(
        planned[i]!.fate,
        a?.method,
        times[i]!.toFixed(1),
        JSON.stringify(want?.slice(0, 80)),
        '=>',
        JSON.stringify(found?.slice(0, 80)),
      );
  });
}
console.error(
  `re-anchoring ${count} annotations on ${(edited.length / 1024 / 1024).toFixed(2)} MB: ${result.totalMs} ms total ` +
    `(target < 1000), longest fuzzy search ${result.longestFuzzyMs} ms (target <= 50); ` +
    `position ${methods.position}, quote ${methods.quote}, fuzzy ${methods.fuzzy}, orphaned ${methods.orphan}; ` +
    `${right}/${count} right, ${falseAnchors} false anchors`,
);
if (total >= 1000 || longestFuzzy > 50) process.exitCode = 1;
