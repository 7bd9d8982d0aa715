// Function words skipped when reading what a figure counts: they never say it.
const SKIP = new Set(
  (
    'a an the of to in on at for by with from into than as and or but that which who whom whose this these those ' +
    'have has had having been be being was were is are will would could should may might can do does did ' +
    'it its their his her our my your them they he she we i you more less fewer about some nearly almost around ' +
    'roughly just only over under up down per cent percent some least most than then there here also'
  ).split(' '),
);
/** How far either side of the figure the words are read, in words. */
const REACH = 6;
/** At most this many words say what a figure counts. */
const WORDS = 3;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

const MARKS = new Set('.!?;:\n,()“”"');

/** The clause around [start, end): up to the nearest sentence or clause mark either side. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  let a = start;
  while (a > 0 && start - a < 200 && !MARKS.has(text[a - 1] ?? '')) a -= 1;
  let b = end;
  while (b < text.length && b - end < 200 && !MARKS.has(text[b] ?? '')) b += 1;
  return { before: text.slice(a, start), after: text.slice(end, b) };
}

/** The first run of content words in `words`: function words before it are skipped, the next one ends it. */
function firstRun(words: string[]): string[] {
  const run: string[] = [];
  for (const w of words) {
    const skip = SKIP.has(w.toLowerCase()) || /\d/.test(w);
    if (skip && run.length) break;
    if (!skip) run.push(w);
    if (run.length === WORDS) break;
  }
  return run;
}

/**
 * A few words from the figure's own clause that say what it counts: the noun phrase right
 * after it ("killed 346 people" → "people", "seating 242 to 330 passengers" → "passengers"),
 * else the one right before it ("cut the federal funds rate to 0.50 percent" → "federal
 * funds rate"). Null when the clause has none (a figure standing alone).
 */
export function figureContext(text: string, start: number, end: number): string | null {
  const { before, after } = clause(text, start, end);
  const next = firstRun((after.match(WORD) ?? []).slice(0, REACH));
  if (next.length) return next.join(' ');
  const prev = firstRun((before.match(WORD) ?? []).slice(-REACH).reverse()).reverse();
  return prev.length ? prev.join(' ') : null;
}
