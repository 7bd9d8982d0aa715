/**
 * Runs the registered finders within the analysis's time budget. The rules it keeps:
 * - one finder that throws never costs the other lists (its failure is reported);
 * - a finder that runs past the deadline stops and keeps what it found, and says how
 *   far it read; a finder not started before the deadline says it was not run;
 * - findings are collected one by one (no push(...list): a spread of 100,000+ items
 *   overflows the stack);
 * - work comes in steps (one finder on one stretch of paragraphs), so the panel can
 *   yield between them, show progress and stop.
 * Articles up to CHUNK_CHARS (every real story) are read whole, exactly as before;
 * longer ones are read by the text finders a stretch of paragraphs at a time.
 */
import { budgetText, isPast, wasStopped, type Deadline } from './deadline';
import { selectorsFor } from './selectors';
import type { Article, Finder, FinderContext, FinderShortfall, Finding, FindingKind } from './types';

/**
 * Text one finder step reads: 200,000 characters is some 30,000 words, several times the
 * longest story, and about 0.1 s of finder work.
 */
export const CHUNK_CHARS = 200_000;

/** Finders whose findings all point into `article.text`, so they can read it in stretches. */
const BY_STRETCH: ReadonlySet<FindingKind> = new Set(['quote', 'figure']);

/**
 * Where the finders are: `done` of `total` stretches of the finder `kind`, which is
 * finder number `finder` (from 1) of `finders`.
 */
export type FinderProgress = {
  kind: FindingKind;
  label: string;
  done: number;
  total: number;
  finder: number;
  finders: number;
};

export type FindersResult = { findings: Finding[]; warnings: string[]; shortfalls: FinderShortfall[] };

type Stretch = { start: number; end: number; paragraphs: number };

const count = (n: number): string => n.toLocaleString('en-US');

/** Paragraphs in text[start, end): blank-line separated; a separator closing the stretch opens none. */
function paragraphCount(text: string, start: number, end: number): number {
  let n = start < end ? 1 : 0;
  for (let i = text.indexOf('\n\n', start); i !== -1 && i + 2 < end; i = text.indexOf('\n\n', i + 2)) n++;
  return n;
}

/** Where a stretch that may end at `limit` ends: after a paragraph, else at a space, else at `limit`. */
function cutAt(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const paragraph = text.lastIndexOf('\n\n', limit);
  if (paragraph > from) return paragraph + 2;
  const space = text.lastIndexOf(' ', limit);
  return space > from ? space + 1 : limit;
}

/** `text` in stretches of at most CHUNK_CHARS, cut between paragraphs where it can be. */
export function stretchesOf(text: string, size = CHUNK_CHARS): Stretch[] {
  const out: Stretch[] = [];
  for (let start = 0; start < text.length;) {
    const end = cutAt(text, start, start + size);
    out.push({ start, end, paragraphs: paragraphCount(text, start, end) });
    start = end;
  }
  return out.length ? out : [{ start: 0, end: 0, paragraphs: 0 }];
}

/** A finding of a stretch moved to its place in the whole text, its ids renamed with it. */
function placed(f: Finding, offset: number, text: string, ids: Map<string, string>): Finding {
  const start = f.start === null ? null : f.start + offset;
  const end = f.end === null ? null : f.end + offset;
  const selectors = start !== null && end !== null ? selectorsFor(text, start, end) : f.selectors;
  const id = ids.get(f.id) ?? f.id;
  const moved = { ...f, id, start, end, selectors } as Finding;
  if (moved.kind === 'figure') {
    moved.conflicts = moved.conflicts.map((c) => ids.get(c) ?? c);
    if (moved.repeatOf !== null) moved.repeatOf = ids.get(moved.repeatOf) ?? moved.repeatOf;
  }
  return moved;
}

/** Ids of a stretch's findings in the whole text: the position in an id moves with the finding. */
function renamedIds(found: Finding[], offset: number): Map<string, string> {
  const ids = new Map<string, string>();
  for (const f of found) {
    const suffix = `-${f.start}`;
    const renamed =
      f.start !== null && f.id.endsWith(suffix)
        ? `${f.id.slice(0, -suffix.length)}-${f.start + offset}`
        : `${f.id}@${offset}`;
    ids.set(f.id, renamed);
  }
  return ids;
}

/** Why a finder stopped part-way: "after 5 s", or "by the editor" (the panel's Stop button). */
const stopReason = (deadline: Deadline): string =>
  wasStopped(deadline) ? 'by the editor' : `after ${budgetText(deadline)}`;

/** Why a finder was not run at all. */
const notRunReason = (deadline: Deadline): string =>
  wasStopped(deadline) ? 'the editor stopped the reading' : `the ${budgetText(deadline)} time budget ran out`;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The finders as steps: each step runs one finder on one stretch and yields the
 * progress made. The result is what the generator returns.
 */
export function* finderSteps(
  finders: readonly Finder[],
  doc: Document,
  article: Article,
  ctx: FinderContext,
  deadline?: Deadline,
): Generator<FinderProgress, FindersResult> {
  const findings: Finding[] = [];
  const warnings: string[] = [];
  const shortfalls: FinderShortfall[] = [];
  const short = (kind: FindingKind, reason: FinderShortfall['reason'], message: string): void => {
    shortfalls.push({ kind, reason, message });
    warnings.push(message);
  };
  for (const [index, finder] of finders.entries()) {
    const stretches = BY_STRETCH.has(finder.kind)
      ? stretchesOf(article.text)
      : [{ start: 0, end: article.text.length, paragraphs: 0 }];
    let done = 0;
    let paragraphs = 0;
    if (deadline && isPast(deadline)) {
      short(finder.kind, 'not-run', `${finder.label}: not read; ${notRunReason(deadline)}.`);
      continue;
    }
    try {
      for (const stretch of stretches) {
        if (done > 0 && deadline && isPast(deadline)) {
          const total = paragraphCount(article.text, 0, article.text.length);
          short(
            finder.kind,
            'stopped',
            `${finder.label}: stopped ${stopReason(deadline)}; ${count(paragraphs)} of ${count(total)} paragraphs read.`,
          );
          break;
        }
        const whole = stretch.start === 0 && stretch.end === article.text.length;
        const part = whole ? article : { ...article, text: article.text.slice(stretch.start, stretch.end) };
        const found = finder.find(doc, part, ctx);
        const ids = whole ? new Map<string, string>() : renamedIds(found, stretch.start);
        for (const f of found) findings.push(whole ? f : placed(f, stretch.start, article.text, ids));
        done++;
        paragraphs += stretch.paragraphs;
        yield {
          kind: finder.kind,
          label: finder.label,
          done,
          total: stretches.length,
          finder: index + 1,
          finders: finders.length,
        };
      }
    } catch (error) {
      short(
        finder.kind,
        'failed',
        `${finder.label}: could not be read (${errorText(error)}); what was found before is listed.`,
      );
    }
  }
  return { findings, warnings, shortfalls };
}

/** All finder steps at once (the CLI, tests): the same result without yielding. */
export function runFinders(
  finders: readonly Finder[],
  doc: Document,
  article: Article,
  ctx: FinderContext,
  deadline?: Deadline,
): FindersResult {
  const steps = finderSteps(finders, doc, article, ctx, deadline);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
