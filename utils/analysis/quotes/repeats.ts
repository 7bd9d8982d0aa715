/**
 * One quote, listed once: a pull quote, a highlights box or a subheading that
 * repeats words the article quotes elsewhere is the same quote. The longer
 * stretch stays (it holds the other); between equals, the one in the running
 * text with quotation marks, else the first with a speaker, else the first.
 */

/** What the repeat test needs of a quote. */
export type Repeatable = { text: string; block: boolean; speaker: string | null };

/** Shortest stretch (in words) that counts as a repeat: shorter ones recur by chance. */
const MIN_WORDS = 4;
/** Quotes sharing one opening shingle that are compared; more is a list of slogans, not repeats. */
const MAX_SHARED = 50;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Indices of the quotes to keep, in order. Linear in the words of all quotes (one shingle index). */
export function withoutRepeats(quotes: Repeatable[]): number[] {
  const words = quotes.map((q) => wordsOf(q.text));
  const joined = words.map((w) => ` ${w.join(' ')} `);
  const byShingle = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (let k = 0; k + MIN_WORDS <= w.length; k++) {
      const key = w.slice(k, k + MIN_WORDS).join(' ');
      const list = byShingle.get(key) ?? [];
      if (list[list.length - 1] !== i && list.length < MAX_SHARED) list.push(i);
      byShingle.set(key, list);
    }
  });
  const dropped = new Set<number>();
  words.forEach((w, i) => {
    if (w.length < MIN_WORDS) return;
    for (const j of byShingle.get(w.slice(0, MIN_WORDS).join(' ')) ?? []) {
      if (j === i || dropped.has(j) || !(joined[j] ?? '').includes(joined[i] ?? '')) continue;
      const a = quotes[i];
      const b = quotes[j];
      if (!a || !b) continue;
      if ((words[j]?.length ?? 0) > w.length || prefer(b, j, a, i)) {
        dropped.add(i);
        return;
      }
    }
  });
  return quotes.map((_, i) => i).filter((i) => !dropped.has(i));
}

/** Between two equal quotes: marks in the running text beat a block, a speaker beats none, first beats later. */
function prefer(b: Repeatable, j: number, a: Repeatable, i: number): boolean {
  if (a.block !== b.block) return a.block;
  if (!a.speaker !== !b.speaker) return !a.speaker;
  return j < i;
}
