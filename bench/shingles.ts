/**
 * The article extraction benchmark's metric (scrapinghub/article-extraction-benchmark,
 * evaluate.py): \w+ tokens, bags of 4-token shingles, per-page true/false
 * positives normalised so long pages weigh no more than short ones,
 * precision and recall averaged over pages, F1 of the two averages.
 */

/** Normalised counts for one page; all zero when both texts are empty. */
export type PageCounts = { tp: number; fp: number; fn: number };

export type Scores = { precision: number; recall: number; f1: number };

// Python's \w on str: letters, digits (any script) and underscore; no combining marks.
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SEP = '\u0001';

/** The benchmark's tokens, case kept as theirs is. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Bag of n-token shingles; a text shorter than n is one short shingle, as in evaluate.py. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const bag = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join(SEP);
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** Shingle matching of one page: predicted text against the ground truth. */
export function matchPage(truth: string, predicted: string, n = 4): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Averages over pages; pages with nothing predicted are left out of precision, as upstream does. */
export function scorePages(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
