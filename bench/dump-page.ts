/**
 * Prints a corpus page as plain lines for hand labelling: every block's text in
 * page order, with pictures, figures, captions and credit-like elements marked
 * and the page's own metadata on top. It reads the raw page, never the
 * analyzer's output, so labels stay independent of what Copydesk finds.
 *
 *   tsx bench/dump-page.ts <page id or path> [--corpus ../shared/corpus]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpus = corpusAt >= 0 ? (args[corpusAt + 1] ?? '') : join(import.meta.dirname, '../../shared/corpus');
const target = args.find((a, i) => !a.startsWith('--') && (corpusAt < 0 || i !== corpusAt + 1));
if (!target) {
  console.error('usage: tsx bench/dump-page.ts <page id or path> [--corpus DIR]');
  process.exit(2);
}
const path = target.includes('/') ? target : join(corpus, 'aeb/html', `${target}.html.gz`);
const raw = readFileSync(path);
const html = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
const { document } = parseHTML(html);

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FIGURE',
  'TR',
  'DT',
  'DD',
  'PRE',
  'TIME',
  'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'IFRAME']);
const MARKED = /credit|caption|byline|author|source|photographer|copyright/i;

const lines: string[] = [];
let line = '';
const flush = (): void => {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text) lines.push(text);
  line = '';
};

function describe(el: Element): string {
  const cls = el.getAttribute('class');
  const attrs = [...el.attributes]
    .filter((a) => /^(data-.*(credit|caption|source|author|photographer)|title|alt)$/i.test(a.name))
    .map((a) => `${a.name}="${a.value.slice(0, 200)}"`);
  return `${el.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).slice(0, 3).join('.')}` : ''}${attrs.length ? ` ${attrs.join(' ')}` : ''}`;
}

// Iterative walk: real pages nest deeper than a recursive printer should go.
type Frame = { node: Node; leaving: boolean };
const stack: Frame[] = [{ node: document.documentElement as Node, leaving: false }];
while (stack.length) {
  const { node, leaving } = stack.pop() as Frame;
  if (node.nodeType === 3) {
    line += node.textContent ?? '';
    continue;
  }
  if (node.nodeType !== 1) continue;
  const el = node as Element;
  if (SKIP.has(el.tagName)) continue;
  if (leaving) {
    if (BLOCKS.has(el.tagName)) flush();
    if (el.tagName === 'FIGURE') lines.push('[/FIGURE]');
    continue;
  }
  if (el.tagName === 'IMG' || el.tagName === 'SOURCE') {
    flush();
    const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? el.getAttribute('srcset') ?? '';
    lines.push(`[IMG ${describe(el)} src=${src.slice(0, 120)}]`);
    continue;
  }
  if (el.tagName === 'NOSCRIPT') {
    flush();
    lines.push(`[NOSCRIPT ${(el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)}]`);
    continue;
  }
  if (BLOCKS.has(el.tagName)) flush();
  if (el.tagName === 'FIGURE') lines.push(`[FIGURE ${describe(el)}]`);
  else if (el.tagName === 'FIGCAPTION') line += '[FIGCAPTION] ';
  else if (MARKED.test(el.getAttribute('class') ?? '') && el.tagName !== 'BODY') line += `[${describe(el)}] `;
  else if (el.tagName === 'BLOCKQUOTE') line += '[BLOCKQUOTE] ';
  else if (/^H[1-6]$/.test(el.tagName)) line += `[${el.tagName}] `;
  stack.push({ node: el, leaving: true });
  const kids = [...el.childNodes];
  for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as Node, leaving: false });
}
flush();

const meta = [...document.querySelectorAll('meta[property], meta[name]')]
  .map((m) => `${m.getAttribute('property') ?? m.getAttribute('name')}: ${m.getAttribute('content') ?? ''}`)
  .filter((m) => /^(og:|article:|author|description|twitter:title|lang)/i.test(m));
console.log(`# ${path}`);
console.log(`# html lang: ${document.documentElement.getAttribute('lang') ?? '(none)'}`);
for (const m of meta) console.log(`# ${m.slice(0, 300)}`);
for (const ld of document.querySelectorAll('script[type="application/ld+json"]')) {
  console.log(`# JSON-LD: ${(ld.textContent ?? '').replace(/\s+/g, ' ').slice(0, 1500)}`);
}
console.log(lines.join('\n'));
