/**
 * Realistic clippings for the library benchmark, deterministic from a seed: about 1,000
 * words of text in paragraphs, 10 quotes with speakers, 20 figures, 3 image credits,
 * tags, flag states, a note. Framework-free so it runs in the extension page.
 */
import { selectorsFor } from '../utils/analysis/selectors';
import type { Finding } from '../utils/analysis/types';
import type { FlagStatus } from '../utils/desk/model';
import type { Clipping } from '../utils/store/schema';
import { makeCredit, makeFigure, makeQuote } from '../tests/finding-factories';

/** Small fast PRNG (mulberry32): the same library on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all would their we him has when who will more no if out so said what up its ' +
  'about into than them can only other new some could time these two may then do first any my now such like our ' +
  'over man me even most made after also did many before must through back years where much your way well down ' +
  'should because each just those people how too little state good very make world still own see men work long ' +
  'government minister officials council police court election budget hospital school market company report ' +
  'city region border refugees attack ceasefire talks agreement vote tax energy prices water health union'
).split(' ');
const SYLLABLES = 'ka lo mi ter san dro vel pa ri ston mar ben gal tor en is ul ver ham ford ley wick ton ra'.split(
  ' ',
);
const FIRST =
  'Anna Ben Carla David Elena Farid Grace Hugo Ines Jonas Karin Leila Marco Nadia Omar Petra Rui Sara Tomas Uma'.split(
    ' ',
  );
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'according to'];
const STATUSES: FlagStatus[] = ['verified', 'disputed', 'needs-source', 'unchecked'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function rareWord(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  return Array.from({ length: n }, () => pick(rand, SYLLABLES)).join('');
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(rand() < 0.8 ? pick(rand, COMMON) : rareWord(rand));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** Clipping number `n` of a synthetic library (ids are assigned by the caller). */
export function syntheticClipping(n: number): Clipping {
  const rand = random(n * 7919 + 1);
  const speakers = Array.from(
    { length: 4 },
    () => `${pick(rand, FIRST)} ${rareWord(rand).replace(/^./, (c) => c.toUpperCase())}`,
  );
  const paragraphs: string[] = [];
  const findings: Finding[] = [];
  let text = '';
  const add = (part: string) => {
    const start = text.length;
    text += part;
    return start;
  };
  let words = 0;
  let quotes = 0;
  let figures = 0;
  for (let p = 0; words < 1000; p++) {
    if (p) add('\n\n');
    const para: string[] = [];
    const sentences = 3 + Math.floor(rand() * 3);
    for (let s = 0; s < sentences; s++) {
      if (s) add(' ');
      if (quotes < 10 && rand() < 0.25) {
        const quote = sentence(rand, 10 + Math.floor(rand() * 10));
        const speaker = pick(rand, speakers);
        add('"');
        const start = add(quote);
        add(`" ${pick(rand, VERBS)} ${speaker}.`);
        findings.push(
          makeQuote({
            id: `quote-${start}`,
            start,
            end: start + quote.length,
            selectors: selectorsFor(text, start, start + quote.length),
            text: quote,
            speaker,
            cue: 'said',
          }),
        );
        para.push(`“${quote}” ${speaker}.`);
        quotes++;
        words += 14;
        continue;
      }
      const body = sentence(rand, 12 + Math.floor(rand() * 10));
      add(body.slice(0, -1));
      if (figures < 20 && rand() < 0.6) {
        const value = Math.floor(rand() * 900_000) + 100;
        const written = value.toLocaleString('en-US');
        add(' about ');
        const start = add(written);
        add(' people');
        findings.push(
          makeFigure({
            id: `figure-${start}`,
            start,
            end: start + written.length,
            selectors: selectorsFor(text, start, start + written.length),
            text: written,
            value,
            unit: 'people',
            qualifier: 'about',
          }),
        );
        figures++;
      }
      add('.');
      words += 16;
    }
    para.push(text.slice(text.lastIndexOf('\n\n') + 2));
    paragraphs.push(para[para.length - 1]!);
  }
  for (let c = 0; c < 3; c++) {
    findings.push(
      makeCredit({
        id: `credit-${c}`,
        start: null,
        end: null,
        selectors: [{ type: 'TextQuoteSelector', exact: `Photo ${c}`, prefix: '', suffix: '' }],
        credit: rand() < 0.8 ? `${pick(rand, FIRST)} ${rareWord(rand)}/Agency` : null,
        caption: sentence(rand, 8),
        image: `https://img.example.test/${n}/${c}.jpg`,
        source: 'figcaption',
        agencies: [],
      }),
    );
  }
  const site = `The ${rareWord(random(n % 40)).replace(/^./, (c) => c.toUpperCase())} Times`;
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 1000) * 86_400_000 + n * 1000);
  const at = day.toISOString();
  const flagged = findings.slice(0, 3).map((f) => ({
    findingId: f.id,
    kind: f.kind,
    status: pick(rand, STATUSES),
    note: rand() < 0.5 ? sentence(rand, 6) : '',
    selectors: f.selectors,
    updatedAt: at,
  }));
  const title = sentence(rand, 8 + Math.floor(rand() * 6)).slice(0, -1);
  const url = `https://news${n % 40}.example.test/${day.getUTCFullYear()}/story-${n}`;
  return {
    url,
    normalizedUrl: url,
    canonicalUrl: url,
    title,
    byline: `${pick(rand, FIRST)} ${rareWord(rand)}`,
    siteName: site,
    publishedTime: at,
    lang: 'en',
    excerpt: paragraphs[0]!.slice(0, 200),
    wordCount: words,
    readingMinutes: Math.ceil(words / 230),
    html: paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
    text,
    findings,
    tags: Array.from(new Set([pick(rand, COMMON.slice(-30)), pick(rand, COMMON.slice(-30))])),
    flags: flagged,
    annotations: [],
    note: rand() < 0.3 ? sentence(rand, 10) : '',
    clippedAt: at,
    updatedAt: at,
    analysisSchema: 1,
    previousId: null,
  };
}
