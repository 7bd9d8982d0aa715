/**
 * Quote finder against PolNeAR (see ../shared/corpus/README.md).
 * Gold: double-quoted stretches of 4+ words inside direct or mixed attributions.
 * Precision: found quotes of 4+ words whose words lie mostly inside one attribution's stretches.
 * Recall: gold stretches whose words lie mostly inside found quotes.
 * Speaker: on named sources, the found speaker shares a name word with the gold source;
 * pronoun sources are scored apart against the nearest earlier named gold source.
 *
 *   npx tsx bench/eval-quotes.ts [--corpus ../shared/corpus] [--split dev] [--verbose] [--context]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { analyzeText } from '../utils/analysis/analyze';
import type { QuoteFinding } from '../utils/analysis/types';

type GoldQuote = {
  content_spans: [number, number][];
  has_source: boolean;
  cue_text: string | null;
  content_text: string;
  source_text: string | null;
  quote_type: string;
};
type Doc = { id: string; text: string; quotes: GoldQuote[] };
type Range = [number, number];

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const corpus = flag('corpus', '../shared/corpus');
const split = flag('split', 'dev');
const verbose = args.includes('--verbose');
/** With --context, speaker errors print the text around the quote. */
const context = args.includes('--context');
const around = (text: string, q: QuoteFinding): string =>
  `${text.slice(Math.max(0, (q.start ?? 0) - 250), q.start ?? 0)}[[…]]${text.slice(q.end ?? 0, (q.end ?? 0) + 120)}`.replace(
    /\s+/g,
    ' ',
  );

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string, from: number, to: number): number[] =>
  [...text.slice(from, to).matchAll(WORD)].map((m) => from + (m.index ?? 0));
const inside = (pos: number, ranges: Range[]): boolean => ranges.some(([s, e]) => pos >= s && pos < e);

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'you']);
const NOT_NAME = new Set([
  'the',
  'a',
  'an',
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'secretary',
  'former',
  'said',
]);
const nameWords = (s: string | null, capsOnly: boolean): Set<string> =>
  new Set(
    (s?.match(/[\p{L}][\p{L}’'-]*/gu) ?? [])
      .filter((w) => !capsOnly || /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase().replace(/[’']s$/, ''))
      .filter((w) => !NOT_NAME.has(w) && !PRONOUNS.has(w)),
  );

/** Lowercase words joined by single spaces, for containment tests. */
const flat = (s: string): string => ` ${(s.toLowerCase().match(WORD) ?? []).join(' ')} `;

/** Word offsets of a found quote's own words: an interrupted quote's halves, not the attribution between them. */
function quotedWords(text: string, q: QuoteFinding): number[] {
  const out: number[] = [];
  let from = q.start ?? 0;
  for (const piece of q.text.split(' … ')) {
    const at = text.indexOf(piece, from);
    if (at < 0 || at >= (q.end ?? 0)) return words(text, q.start ?? 0, q.end ?? 0);
    out.push(...words(text, at, at + piece.length));
    from = at + piece.length;
  }
  return out;
}

/** Two attributions name one source: the same words, or a shared capitalised name word. */
function sameSource(a: string | null, b: string | null): boolean {
  const x = a?.trim().toLowerCase() ?? '';
  if (x && x === b?.trim().toLowerCase()) return true;
  const wa = nameWords(a, true);
  return [...nameWords(b, true)].some((w) => wa.has(w));
}

/** Double-quoted stretches inside one content span: opener to closer, or to the span edge. */
function stretches(text: string, [from, to]: Range): Range[] {
  const out: Range[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    // Some wire copy writes double quotes as two apostrophes: ''like this''.
    const at = i;
    const doubled = text.startsWith("''", i);
    const ch = doubled ? '"' : (text[i] ?? '');
    if (doubled) i++;
    if (!/["“”«»„]/.test(ch)) continue;
    const opener =
      ch === '“' || ch === '«' || ch === '„' || (ch === '"' && (at === from || /[\s([—–-]/.test(text[at - 1] ?? '')));
    if (opener) {
      if (open === null) open = i + 1;
    } else {
      out.push([open ?? from, at]);
      open = null;
    }
  }
  if (open !== null) out.push([open, to]);
  return out.filter(([s, e]) => words(text, s, e).length >= 4);
}

/** One range from the first span's start to the last span's end: marks may sit in another span. */
const hull = (spans: Range[]): Range => [Math.min(...spans.map((r) => r[0])), Math.max(...spans.map((r) => r[1]))];
/** Stretches cut down to the annotated spans (an ellipsis in the gold leaves words out). */
const clip = (text: string, ranges: Range[], spans: Range[]): Range[] =>
  ranges
    .flatMap(([s, e]) => spans.map(([a, b]): Range => [Math.max(s, a), Math.min(e, b)]))
    .filter(([s, e]) => e > s)
    .filter(([s, e]) => words(text, s, e).length >= 4);

const { document } = parseHTML('<html><body></body></html>');
const docs: Doc[] = readFileSync(join(corpus, 'polnear', `polnear-${split}.jsonl`), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc);

let found4 = 0,
  right = 0,
  gold = 0,
  covered = 0,
  named = 0,
  namedRight = 0,
  pronouns = 0,
  pronounResolved = 0,
  pronounRight = 0,
  claims = 0,
  claimsRight = 0,
  indirectGold = 0,
  indirectFound = 0;
let ms = 0;
for (const doc of docs) {
  const t0 = performance.now();
  const analysis = analyzeText(doc.text, document as unknown as Document, { url: null, now: new Date(0) });
  ms += performance.now() - t0;
  const all = analysis.findings.filter((f): f is QuoteFinding => f.kind === 'quote');
  // Claims (reported speech without marks) never count as direct quotes; scored apart against indirect gold.
  const quotes = all.filter((q) => q.form === 'direct');
  const indirect = doc.quotes.filter((q) => q.quote_type === 'indirect').flatMap((q) => q.content_spans);
  const claimRanges: Range[] = [];
  for (const c of all.filter((q) => q.form === 'claim')) {
    claims++;
    claimRanges.push([c.start ?? 0, c.end ?? 0]);
    const ws = words(doc.text, c.start ?? 0, c.end ?? 0);
    if (ws.filter((w) => inside(w, indirect)).length * 2 > ws.length) claimsRight++;
    else if (verbose) console.error(`CLAIM ${doc.id}: ${c.speaker} ${c.cue}: ${c.text.slice(0, 80)}`);
  }
  // Recall of claims: indirect attributions with a source and 5+ words whose words lie mostly inside a claim.
  for (const q of doc.quotes) {
    if (q.quote_type !== 'indirect' || !q.has_source || q.content_text.includes("''")) continue;
    const ws = q.content_spans.flatMap(([s, e]) => words(doc.text, s, e));
    if (ws.length < 5) continue;
    indirectGold++;
    if (ws.filter((w) => inside(w, claimRanges)).length * 2 > ws.length) indirectFound++;
    else if (verbose)
      console.error(`CLAIM-FN ${doc.id}: ${q.source_text} | ${q.cue_text} | ${q.content_text.slice(0, 90)}`);
  }
  const found: Range[] = quotes.map((q) => [q.start ?? 0, q.end ?? 0]);
  const foundTexts = quotes.map((q) => flat(q.text));
  // Some annotators typed quotes written ''like this'' as indirect: the marks say they are direct.
  const attributions = doc.quotes
    .filter((q) => q.quote_type !== 'indirect' || q.content_text.includes("''"))
    .map((q) => ({ q, ranges: clip(doc.text, stretches(doc.text, hull(q.content_spans)), q.content_spans) }))
    .filter((a) => a.ranges.length);

  for (const q of quotes) {
    if ((q.text.match(WORD) ?? []).length < 4) continue;
    found4++;
    const ws = quotedWords(doc.text, q);
    // One speaker's words: an interrupted quote ("X," he said. "Y.") is one quote by LABELLING.md, two
    // attributions in PolNeAR; halves by the same source count together, other speakers' words never do.
    const ok = attributions.some((a) => {
      const same = attributions.filter((b) => b === a || sameSource(a.q.source_text, b.q.source_text));
      return ws.filter((w) => same.some((b) => inside(w, b.ranges))).length * 2 > ws.length;
    });
    if (ok) right++;
    else if (verbose) console.error(`FP ${doc.id}: ${q.text.slice(0, 100)}`);
  }

  let lastNamed: string | null = null;
  for (const a of attributions.sort((x, y) => (x.ranges[0]?.[0] ?? 0) - (y.ranges[0]?.[0] ?? 0))) {
    for (const [s, e] of a.ranges) {
      gold++;
      const ws = words(doc.text, s, e);
      // A repeat of a quote listed elsewhere is listed once (LABELLING.md): its words in a found quote cover it.
      const repeat = flat(doc.text.slice(s, e));
      if (ws.filter((w) => inside(w, found)).length * 2 > ws.length || foundTexts.some((t) => t.includes(repeat)))
        covered++;
      else if (verbose) console.error(`FN ${doc.id}: ${doc.text.slice(s, Math.min(e, s + 100))}`);
    }
    const gw = words(doc.text, a.ranges[0]?.[0] ?? 0, a.ranges[0]?.[1] ?? 0);
    const match = quotes.find((q) => gw.filter((w) => w >= (q.start ?? 0) && w < (q.end ?? 0)).length * 2 > gw.length);
    const source = a.q.source_text?.trim() ?? '';
    const sourceWords = nameWords(source, true);
    if (PRONOUNS.has(source.toLowerCase())) {
      if (!match) continue;
      pronouns++;
      if (match.speaker) pronounResolved++;
      const sw = nameWords(match.speaker, false);
      if (lastNamed && [...nameWords(lastNamed, true)].some((w) => sw.has(w))) pronounRight++;
      else if (verbose)
        console.error(
          `PRN ${doc.id}: previous named "${lastNamed}" found "${match.speaker}": ${match.text.slice(0, 60)}`,
        );
    } else if (sourceWords.size) {
      lastNamed = source;
      if (!match) continue;
      named++;
      const sw = nameWords(match.speaker, false);
      if ([...sourceWords].some((w) => sw.has(w))) namedRight++;
      else if (verbose)
        console.error(
          `SPK ${doc.id}: gold "${source}" found "${match.speaker}" cue ${match.cue}: ${match.text.slice(0, 60)}` +
            (context ? `\n  <<${around(doc.text, match)}>>` : ''),
        );
    }
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
console.log(
  JSON.stringify(
    {
      split,
      articles: docs.length,
      found4,
      gold,
      precision: round(right / found4),
      recall: round(covered / gold),
      speakerNamed: { n: named, accuracy: round(namedRight / named) },
      speakerPronoun: {
        n: pronouns,
        resolved: round(pronounResolved / pronouns),
        proxyAccuracy: round(pronounRight / pronouns),
      },
      claims: {
        n: claims,
        insideIndirectGold: round(claimsRight / claims),
        indirectGold,
        recall: round(indirectFound / indirectGold),
      },
      msPerArticle: round(ms / docs.length),
    },
    null,
    2,
  ),
);
