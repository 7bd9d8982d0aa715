/**
 * Scoring of one whole page's findings against its hand labels, by the rules
 * of ../shared/LABELLING.md ("Scoring"). Pure: labels and findings in, counts out.
 */
import type { CreditFinding, FigureFinding, QuoteFinding } from '../utils/analysis/types';

export type PageLabel = {
  page: string;
  url?: string;
  is_article: boolean;
  lang: string;
  quotes: { start: string; speaker: string | null; note?: string }[];
  credits: { credit: string; caption_start: string | null; note?: string }[];
  uncredited_images: number;
  figures: { text: string; value: number | null; range: [number, number] | null; what?: string; note?: string }[];
};

export type Counts = {
  quotes: {
    found: number;
    labels: number;
    matched: number;
    right: number;
    missing: number;
    wrong: number;
    named: number;
    guessed: number;
    unnamed: number;
  };
  credits: { found: number; labels: number; matched: number; uncreditedFound: number; uncreditedLabels: number };
  figures: { found: number; labels: number; matchedFound: number; matchedLabels: number };
  words: number;
};

export type Mistakes = { quotes: string[]; credits: string[]; figures: string[] };

export const emptyCounts = (): Counts => ({
  quotes: { found: 0, labels: 0, matched: 0, right: 0, missing: 0, wrong: 0, named: 0, guessed: 0, unnamed: 0 },
  credits: { found: 0, labels: 0, matched: 0, uncreditedFound: 0, uncreditedLabels: 0 },
  figures: { found: 0, labels: 0, matchedFound: 0, matchedLabels: 0 },
  words: 0,
});

/** Adds `b` into `a`, field by field. */
export function addCounts(a: Counts, b: Counts): void {
  for (const key of ['quotes', 'credits', 'figures'] as const) {
    const into = a[key] as Record<string, number>;
    for (const [k, v] of Object.entries(b[key])) into[k] = (into[k] ?? 0) + v;
  }
  a.words += b.words;
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** A found quote matches a label when 80% of the label's first words are in it. */
function quoteMatches(label: string, found: string): boolean {
  const want = words(label);
  if (!want.length) return false;
  const have = new Set(words(found));
  return want.filter((w) => have.has(w)).length >= 0.8 * want.length;
}

const NOT_NAME = new Set(['the', 'of', 'and', 'de', 'la', 'le', 'von', 'van', 'der', 'mr', 'mrs', 'ms', 'dr', 'a']);
const nameWords = (s: string): Set<string> => new Set(words(s).filter((w) => w.length > 1 && !NOT_NAME.has(w)));

/** Speakers agree when they share a name word. */
export function sameSpeaker(label: string, found: string): boolean {
  const a = nameWords(label);
  return [...nameWords(found)].some((w) => a.has(w));
}

function scoreQuotes(label: PageLabel, found: QuoteFinding[], counts: Counts, mistakes: string[]): void {
  const shown = found.filter((q) => q.form === 'direct' && words(q.text).length >= 4);
  const used = new Set<number>();
  counts.quotes.found += shown.length;
  counts.quotes.labels += label.quotes.length;
  for (const gold of label.quotes) {
    const i = shown.findIndex((q, n) => !used.has(n) && quoteMatches(gold.start, q.text));
    if (i < 0) {
      mistakes.push(`missed "${gold.start}" (${gold.speaker ?? 'null'})`);
      continue;
    }
    used.add(i);
    counts.quotes.matched++;
    const speaker = shown[i]?.speaker ?? null;
    if (gold.speaker) {
      counts.quotes.named++;
      if (!speaker) {
        counts.quotes.missing++;
        mistakes.push(`no speaker for "${gold.start}" (label ${gold.speaker})`);
      } else if (sameSpeaker(gold.speaker, speaker)) counts.quotes.right++;
      else {
        counts.quotes.wrong++;
        mistakes.push(`WRONG speaker "${speaker}" for "${gold.start}" (label ${gold.speaker})`);
      }
    } else {
      counts.quotes.unnamed++;
      if (speaker) {
        counts.quotes.guessed++;
        mistakes.push(`speaker "${speaker}" given where the label has none: "${gold.start}"`);
      }
    }
  }
  shown.forEach((q, n) => {
    if (!used.has(n)) mistakes.push(`extra "${q.text.slice(0, 70)}" (${q.speaker ?? 'null'})`);
  });
}

const LABEL_WORDS = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'picture',
  'pictures',
  'credit',
  'credits',
  'courtesy',
  'of',
  'by',
  'foto',
  'bild',
  'file',
]);
const holderWords = (s: string): string[] => words(s).filter((w) => !LABEL_WORDS.has(w));

/** Holders agree when their words (label words aside) are the same set, or one holds all of the other's. */
export function sameHolder(label: string, found: string): boolean {
  const a = new Set(holderWords(label));
  const b = new Set(holderWords(found));
  if (!a.size || !b.size) return false;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((w) => big.has(w));
}

function scoreCredits(label: PageLabel, found: CreditFinding[], counts: Counts, mistakes: string[]): void {
  const credited = found.filter((c) => c.credit);
  const used = new Set<number>();
  counts.credits.found += credited.length;
  counts.credits.labels += label.credits.length;
  counts.credits.uncreditedFound += found.length - credited.length;
  counts.credits.uncreditedLabels += label.uncredited_images;
  for (const gold of label.credits) {
    const i = credited.findIndex((c, n) => !used.has(n) && sameHolder(gold.credit, c.credit ?? ''));
    if (i < 0) {
      mistakes.push(`missed credit "${gold.credit}"`);
      continue;
    }
    used.add(i);
    counts.credits.matched++;
  }
  credited.forEach((c, n) => {
    if (!used.has(n)) mistakes.push(`extra credit "${c.credit}"`);
  });
  if (found.length - credited.length !== label.uncredited_images)
    mistakes.push(`uncredited ${found.length - credited.length} (label ${label.uncredited_images})`);
}

const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const compact = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s\u00a0]+/g, '');

function valuesAgree(gold: PageLabel['figures'][number], found: FigureFinding): boolean {
  // Labels round fractions to four decimals (LABELLING.md: "two-thirds" 0.6667): half a unit of the fourth decimal is slack.
  const close = (a: number, b: number): boolean =>
    Math.abs(a - b) <= Math.max(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)), 5e-5);
  if (gold.range && found.range) return close(gold.range[0], found.range[0]) && close(gold.range[1], found.range[1]);
  if (gold.value !== null && found.value !== null) return close(gold.value, found.value);
  return true;
}

/** Texts overlap (one holds the other, spacing aside) and values agree where both have one. */
function figureMatches(gold: PageLabel['figures'][number], found: FigureFinding): boolean {
  const a = compact(gold.text);
  const b = compact(found.text);
  if (!a || !b || !(a.includes(b) || b.includes(a))) return false;
  return valuesAgree(gold, found);
}

function scoreFigures(label: PageLabel, found: FigureFinding[], counts: Counts, mistakes: string[]): void {
  const shown = found.filter((f) => f.figureKind !== 'ordinal');
  const gold = label.figures.filter((f) => !ORDINAL.test(f.text.trim()));
  counts.figures.found += shown.length;
  counts.figures.labels += gold.length;
  const usedGold = new Set<number>();
  for (const f of shown) {
    const i = gold.findIndex((g, n) => !usedGold.has(n) && figureMatches(g, f));
    if (i >= 0) {
      usedGold.add(i);
      counts.figures.matchedFound++;
    } else mistakes.push(`extra figure "${f.text}" (${f.figureKind} ${f.value ?? ''})`);
  }
  counts.figures.matchedLabels += usedGold.size;
  gold.forEach((g, n) => {
    if (!usedGold.has(n)) mistakes.push(`missed figure "${g.text}" (${g.what ?? ''})`);
  });
}

/** Scores one page. */
export function scorePage(
  label: PageLabel,
  findings: { quotes: QuoteFinding[]; credits: CreditFinding[]; figures: FigureFinding[] },
  wordCount: number,
): { counts: Counts; mistakes: Mistakes } {
  const counts = emptyCounts();
  const mistakes: Mistakes = { quotes: [], credits: [], figures: [] };
  scoreQuotes(label, findings.quotes, counts, mistakes.quotes);
  scoreCredits(label, findings.credits, counts, mistakes.credits);
  scoreFigures(label, findings.figures, counts, mistakes.figures);
  counts.words = wordCount;
  return { counts, mistakes };
}
