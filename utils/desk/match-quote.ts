/**
 * Finds a quote (exact words plus some context either side) in a text: every exact
 * occurrence scored by its context, else an approximate match. The approximate search
 * is bounded in time: a page of several megabytes must never freeze the panel or the
 * page (hypothesis/client learnt this the hard way), so it looks near the expected
 * place first, then only where a piece of the quote occurs verbatim, and gives up at
 * the deadline.
 */
import search from 'approx-string-match';

export type Quote = { exact: string; prefix: string; suffix: string };

export type QuoteMatch = { start: number; end: number; errors: number; score: number };

export type MatchOptions = {
  /** Where the quote was last seen: ties and near matches go to the closest. */
  hint?: number;
  /** Longest time one approximate search may take. @default 50 */
  budgetMs?: number;
  /** A monotonic clock in milliseconds. @default performance.now */
  now?: () => number;
};

/** Share of the quote's length that may differ in an approximate match. */
const ERROR_RATE = 0.25;
/** Below this many characters a quote alone is too common to match approximately: its context is searched with it. */
const SHORT = 20;
const CONTEXT = 32;
/** Seeds: pieces of the quote that must occur verbatim somewhere near an approximate match. */
const PIECE = 12;
/** First look this far either side of the hint. */
const NEAR = 4096;
const MAX_EXACT = 1000;
const MAX_SEEDS = 4000;

/** Hypothesis's weights: the words count most, their context next, the old position least. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

const clock = (): number => performance.now();

/** Similarity (0..1) of `context` to the text just before (`side` 'before') or after an offset. */
function contextScore(text: string, context: string, at: number, side: 'before' | 'after'): number {
  if (!context) return 1;
  const slack = Math.ceil(context.length / 4);
  const around =
    side === 'before'
      ? text.slice(Math.max(0, at - context.length - slack), at)
      : text.slice(at, at + context.length + slack);
  if (!around) return 0;
  const [best] = search(around, context, context.length).sort((a, b) => a.errors - b.errors);
  return best ? 1 - best.errors / context.length : 0;
}

function score(text: string, quote: Quote, start: number, end: number, errors: number, hint: number | undefined) {
  const length = Math.max(1, quote.exact.length);
  const position = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
  return (
    WEIGHTS.quote * (1 - errors / length) +
    WEIGHTS.prefix * contextScore(text, quote.prefix, start, 'before') +
    WEIGHTS.suffix * contextScore(text, quote.suffix, end, 'after') +
    WEIGHTS.position * position
  );
}

/** Every verbatim occurrence of the quote, the best-placed one first in context. */
export function matchExact(text: string, quote: Quote, options: MatchOptions = {}): QuoteMatch | null {
  const { exact } = quote;
  if (!exact) return null;
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(exact), n = 0; at >= 0 && n < MAX_EXACT; at = text.indexOf(exact, at + 1), n++) {
    const s = score(text, quote, at, at + exact.length, 0, options.hint);
    if (!best || s > best.score) best = { start: at, end: at + exact.length, errors: 0, score: s };
  }
  return best;
}

/** The pattern searched approximately: short quotes travel with their context. */
function patternOf(quote: Quote): { pattern: string; lead: number; tail: number } {
  if (quote.exact.length >= SHORT) return { pattern: quote.exact, lead: 0, tail: 0 };
  const prefix = quote.prefix.slice(-CONTEXT);
  const suffix = quote.suffix.slice(0, CONTEXT);
  return { pattern: prefix + quote.exact + suffix, lead: prefix.length, tail: suffix.length };
}

/** Windows where a piece of the pattern occurs verbatim (pigeonhole: few errors leave some piece intact). */
function seedWindows(text: string, pattern: string, maxErrors: number, late: () => boolean): [number, number][] {
  const windows: [number, number][] = [];
  for (let offset = 0; offset + PIECE <= pattern.length && !late(); offset += PIECE) {
    const piece = pattern.slice(offset, offset + PIECE);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      windows.push([at - offset - maxErrors, at - offset + pattern.length + maxErrors]);
      if (windows.length > MAX_SEEDS) return mergeWindows(windows);
    }
  }
  return mergeWindows(windows);
}

function mergeWindows(windows: [number, number][]): [number, number][] {
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of windows) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * An approximate match of the quote, or null when none is close enough or the time
 * budget ran out first. Never takes much longer than `budgetMs`.
 */
export function matchFuzzy(text: string, quote: Quote, options: MatchOptions = {}): QuoteMatch | null {
  const { budgetMs = 50, now = clock, hint } = options;
  const deadline = now() + budgetMs;
  const { pattern, lead, tail } = patternOf(quote);
  // Too short to tell a match from chance, even with context.
  if (pattern.length < 8 || !quote.exact) return null;
  const maxErrors = Math.max(1, Math.floor(pattern.length * ERROR_RATE));
  let best: QuoteMatch | null = null;

  const scan = (from: number, to: number): void => {
    const start = Math.max(0, from);
    const slice = text.slice(start, Math.min(text.length, to));
    for (const m of search(slice, pattern, maxErrors)) {
      const s = start + m.start + lead;
      const e = Math.max(s, start + m.end - tail);
      const sc = score(text, quote, s, e, m.errors, hint);
      if (!best || sc > best.score) best = { start: s, end: e, errors: m.errors, score: sc };
    }
  };

  // Slightly edited text usually sits near where it was.
  if (hint !== undefined) {
    scan(hint - NEAR - pattern.length, hint + NEAR + pattern.length * 2);
    if (best) return best;
  }
  const late = () => now() > deadline;
  for (const [from, to] of seedWindows(text, pattern, maxErrors, late)) {
    if (late()) break;
    scan(from, to);
  }
  return best;
}

/** The quote in `text`: verbatim if it is there, else approximately, else null. */
export function matchQuote(text: string, quote: Quote, options: MatchOptions = {}): QuoteMatch | null {
  return matchExact(text, quote, options) ?? matchFuzzy(text, quote, options);
}
