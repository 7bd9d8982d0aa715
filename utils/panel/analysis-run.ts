/**
 * The panel's run of the engine over a page, a step at a time: extraction, then one
 * finder on one stretch of text per step, with a yield to the panel between two steps
 * so typing, scrolling and clicks are handled while a long page is read. The rules it
 * keeps:
 * - `abort` (a tab switch, a newer reading) drops the run between two steps: it throws;
 * - `stop` (the editor's Stop button) ends it early with what was found: the lists not
 *   read to the end say so, as when the time budget runs out;
 * - progress is told after every step, so the panel can show where it is.
 * The yield and the clock are passed in, so tests run it without a browser.
 */
import { analysisSteps, type AnalyzeOptions, type AnalyzeResult, type FinderProgress } from '../analysis/analyze';
import { startDeadline } from '../analysis/deadline';

export type AnalysisControl = {
  /** The time budget in milliseconds: past it, a finder stops and its list says so. */
  budgetMs: number;
  /** Milliseconds on a monotonic scale (performance.now in the panel). */
  clock: () => number;
  /** Lets the panel handle its events; resolves when the next step may run. */
  yieldToPanel: () => Promise<void>;
  /** Drops the run (it throws the signal's reason). */
  abort?: AbortSignal;
  /** Ends the run early, keeping what was found. */
  stop?: AbortSignal;
  onProgress?: (progress: FinderProgress) => void;
};

/** Analyzes `doc` in steps under `control`; `doc` is not modified. */
export async function analyzeInSteps(
  doc: Document,
  options: Omit<AnalyzeOptions, 'deadline'>,
  control: AnalysisControl,
): Promise<AnalyzeResult> {
  const { abort, stop } = control;
  await control.yieldToPanel();
  abort?.throwIfAborted();
  const deadline = startDeadline(control.budgetMs, control.clock, () => stop?.aborted === true);
  const steps = analysisSteps(doc, { ...options, deadline });
  let step = steps.next();
  while (!step.done) {
    control.onProgress?.(step.value);
    await control.yieldToPanel();
    abort?.throwIfAborted();
    step = steps.next();
  }
  return step.value;
}
