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
/** A window is searched this many match lengths at a time, the clock read in between. */
const SPAN = 4;

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

type Window = { from: number; to: number; rank: number };

/**
 * Windows where a piece of the pattern occurs verbatim (few errors leave some piece
 * intact), rarest pieces first: a piece found all over the page says little about
 * where the quote is, and must not use up the seeds before a telling piece is looked at.
 */
function seedWindows(text: string, pattern: string, maxErrors: number, late: () => boolean): Window[] {
  const pieces: { piece: string; offset: number; count: number }[] = [];
  for (let offset = 0; offset + PIECE <= pattern.length && !late(); offset += PIECE) {
    const piece = pattern.slice(offset, offset + PIECE);
    let count = 0;
    for (let at = text.indexOf(piece); at >= 0 && count <= MAX_SEEDS; at = text.indexOf(piece, at + 1)) count++;
    if (count) pieces.push({ piece, offset, count });
  }
  pieces.sort((a, b) => a.count - b.count);
  const windows: Window[] = [];
  for (const { piece, offset, count } of pieces) {
    if (late()) break;
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      windows.push({ from: at - offset - maxErrors, to: at - offset + pattern.length + maxErrors, rank: count });
      if (windows.length > MAX_SEEDS) return mergeWindows(windows);
    }
  }
  return mergeWindows(windows);
}

/** Overlapping windows as one, ranked by their rarest seed; the rarest searched first. */
function mergeWindows(windows: Window[]): Window[] {
  windows.sort((a, b) => a.from - b.from);
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.from <= last.to) {
      last.to = Math.max(last.to, w.to);
      last.rank = Math.min(last.rank, w.rank);
    } else merged.push({ ...w });
  }
  return merged.sort((a, b) => a.rank - b.rank || a.from - b.from);
}

/**
 * An approximate match of the quote, or null when none is close enough or the time
 * budget ran out first. Never takes much longer than `budgetMs`.
 */
export function matchFuzzy(text: string, quote: Quote, options: MatchOptions = {}): QuoteMatch | null {
  const { budgetMs = 50, now = clock, hint } = options;
  const deadline = now() + budgetMs;
  const late = () => now() > deadline;
  const { pattern, lead, tail } = patternOf(quote);
  // Too short to tell a match from chance, even with context.
  if (pattern.length < 8 || !quote.exact) return null;
  const maxErrors = Math.max(1, Math.floor(pattern.length * ERROR_RATE));
  // A match is at most this long, so pieces of a window overlap by this much and miss none.
  const overlap = pattern.length + maxErrors;
  const step = overlap * SPAN;
  let best: QuoteMatch | null = null;

  const scanPiece = (start: number, end: number): void => {
    for (const m of search(text.slice(start, end), pattern, maxErrors)) {
      const s = start + m.start + lead;
      const e = Math.max(s, start + m.end - tail);
      const sc = score(text, quote, s, e, m.errors, hint);
      if (!best || sc > best.score) best = { start: s, end: e, errors: m.errors, score: sc };
    }
  };
  // Regression: windows merged over a page of repeated text covered megabytes and were
  // searched in one go, past any deadline. Now a window is searched a few pattern
  // lengths at a time, and the clock is read between pieces.
  const scan = (from: number, to: number): boolean => {
    const end = Math.min(text.length, to);
    for (let start = Math.max(0, from); start < end; start += step) {
      if (late()) return false;
      scanPiece(start, Math.min(end, start + step + overlap));
    }
    return true;
  };

  // Slightly edited text usually sits near where it was.
  if (hint !== undefined) {
    if (!scan(hint - NEAR - pattern.length, hint + NEAR + pattern.length * 2) || best) return best;
  }
  for (const { from, to } of seedWindows(text, pattern, maxErrors, late)) {
    if (!scan(from, to)) break;
  }
  return best;
}

/** The quote in `text`: verbatim if it is there, else approximately, else null. */
export function matchQuote(text: string, quote: Quote, options: MatchOptions = {}): QuoteMatch | null {
  return matchExact(text, quote, options) ?? matchFuzzy(text, quote, options);
}
