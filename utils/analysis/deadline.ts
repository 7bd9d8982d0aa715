/**
 * The time budget of one analysis. The clock is passed in (the engine reads no
 * globals): the panel and the CLI give `() => performance.now()`, tests a fake.
 */

export type Deadline = {
  /** The budget in milliseconds from `startedAt`. */
  readonly budgetMs: number;
  readonly startedAt: number;
  /** Milliseconds on any monotonic scale. */
  readonly clock: () => number;
  /** Whether the caller stopped the work (the panel's Stop button): the budget counts as spent from then on. */
  readonly stopped?: () => boolean;
};

/** A deadline `budgetMs` from now on `clock`, ended early when `stopped` says so. */
export function startDeadline(budgetMs: number, clock: () => number, stopped?: () => boolean): Deadline {
  return { budgetMs, startedAt: clock(), clock, stopped };
}

/** Whether the caller stopped the work before the budget ran out. */
export function wasStopped(deadline: Deadline | undefined): boolean {
  return deadline?.stopped?.() === true;
}

/** Whether the budget is spent (or the work stopped); a missing deadline never is. */
export function isPast(deadline: Deadline | undefined): boolean {
  return deadline !== undefined && (wasStopped(deadline) || deadline.clock() - deadline.startedAt >= deadline.budgetMs);
}

/** "3 s", "2.5 s", "200 ms": the budget as the warnings say it. */
export function budgetText(deadline: Deadline): string {
  if (deadline.budgetMs < 1000) return `${Math.round(deadline.budgetMs)} ms`;
  const seconds = deadline.budgetMs / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
