/**
 * Draws the sentences of bench/figure-news-labels.jsonl (labels were then written by hand,
 * by reading each sentence, never from the finder's output). Sentences with a number or a
 * number word, from PolNeAR article texts and AEB article bodies, stratified by what makes
 * figures hard (words, money, percent, dates, ranges, vague amounts, ordinals, names with
 * digits, phone numbers, scores), at most one sentence per article, seed 4.
 * Usage: npx tsx bench/eval-figures-news-sample.ts [--corpus ../shared/corpus] > /tmp/sample.jsonl
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const i = process.argv.indexOf('--corpus');
const corpus = i >= 0 ? (process.argv[i + 1] ?? '../shared/corpus') : '../shared/corpus';

/** mulberry32: a small seeded generator so the draw is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|dozens|half|third|quarter|twice|double';
const STRATA: [string, RegExp][] = [
  ['name', /\b(?:[A-Z][a-z]+ \d{1,3}\b|[A-Z]+-?\d+\b|COVID-19|G-?\d+|\d+\/\d+\b)/],
  ['phone', /\(?\d{3}\)?[ .-]\d{3}-\d{4}|\b\d{1,5} [A-Z][a-z]+ (?:Street|St|Avenue|Ave|Road|Rd|Boulevard)\b/],
  ['score', /\b\d{1,3}-\d{1,3}\b(?! (?:percent|year|million|billion))/],
  ['money', /[$£€¥]\s?\d|\b\d[\d,.]* (?:dollars|euros|pounds)\b/],
  ['percent', /\d\s?%|\bper ?cent\b|percentage point/i],
  ['range', /\bbetween [\w$.,]+ and \d|\bfrom \S+ to \d|\d\s?(?:-|–|to) \d/],
  [
    'approx',
    /\b(?:dozens|hundreds|thousands|millions|billions|tens of)\b|\b(?:about|nearly|almost|more than|at least|roughly|some) \d/i,
  ],
  ['ordinal', /\b\d+(?:st|nd|rd|th)\b|\b(?:second|third|fourth|fifth|tenth|twentieth)\b/i],
  [
    'date',
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\b(?:19|20)\d\d\b/,
  ],
  ['word', new RegExp(`\\b(?:${WORDS})\\b`, 'i')],
  ['digit', /\d/],
];

type Doc = { source: string; id: string; text: string };
const docs: Doc[] = [];
for (const f of ['polnear-train.jsonl', 'polnear-dev.jsonl'])
  for (const line of readFileSync(join(corpus, 'polnear', f), 'utf8').split('\n'))
    if (line.trim()) {
      const d = JSON.parse(line) as { id: string; text: string };
      docs.push({ source: 'polnear', id: d.id, text: d.text });
    }
const aeb = JSON.parse(readFileSync(join(corpus, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody?: string }
>;
for (const [id, v] of Object.entries(aeb)) if (v.articleBody) docs.push({ source: 'aeb', id, text: v.articleBody });

const rand = rng(4);
const pools = new Map<string, { source: string; id: string; sentence: string }[]>();
for (const d of docs) {
  const sentences = d.text
    .split(/\n+|(?<=[.!?]["”’]?)\s+(?=["“‘(]?[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 30 && s.length <= 280);
  for (const s of sentences) {
    const stratum = STRATA.find(([, re]) => re.test(s))?.[0];
    if (!stratum) continue;
    const pool = pools.get(stratum) ?? [];
    pool.push({ source: d.source, id: d.id, sentence: s });
    pools.set(stratum, pool);
  }
}
// Shuffle every stratum, then take round-robin so rare strata are not drowned by plain digits.
const QUOTA: Record<string, number> = {
  name: 22,
  phone: 6,
  score: 12,
  money: 28,
  percent: 28,
  range: 20,
  approx: 24,
  ordinal: 20,
  date: 30,
  word: 40,
  digit: 20,
};
const usedDocs = new Set<string>();
const out: { source: string; id: string; stratum: string; sentence: string }[] = [];
for (const [stratum] of STRATA) {
  const pool = pools.get(stratum) ?? [];
  for (let k = pool.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [pool[k], pool[j]] = [pool[j]!, pool[k]!];
  }
  let n = 0;
  for (const p of pool) {
    if (n >= (QUOTA[stratum] ?? 0)) break;
    if (usedDocs.has(p.id)) continue;
    usedDocs.add(p.id);
    out.push({ ...p, stratum });
    n += 1;
  }
}
for (const o of out) console.log(JSON.stringify(o));
