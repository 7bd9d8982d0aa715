import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FinderProgress } from '../../utils/analysis/analyze';
import { analyzeInSteps, type AnalysisControl } from '../../utils/panel/analysis-run';

const WIRE = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8');
const OPTIONS = { url: 'https://news.example.test/world/un-urges-assad-idlib', now: new Date('2018-09-06T08:00:00Z') };
const doc = () => new DOMParser().parseFromString(WIRE, 'text/html');

/** A control on a clock that never moves: only a stop or an abort ends the run early. */
function control(extra: Partial<AnalysisControl> = {}): AnalysisControl & { yields: () => number } {
  let yields = 0;
  return {
    budgetMs: 5000,
    clock: () => 0,
    yieldToPanel: async () => {
      yields++;
    },
    yields: () => yields,
    ...extra,
  };
}

describe('the panel reads a page in steps', () => {
  test('every step is told, with a yield to the panel before it, and the lists are whole', async () => {
    const told: FinderProgress[] = [];
    const c = control({ onProgress: (p) => told.push(p) });
    const result = await analyzeInSteps(doc(), OPTIONS, c);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.analysis.shortfalls).toBeUndefined();
    expect(told.map((p) => p.label)).toEqual(['Quotes', 'Figures', 'Image credits']);
    expect(told.at(-1)).toMatchObject({ finder: 3, finders: 3, done: 1, total: 1 });
    // One yield before extraction, one after each step.
    expect(c.yields()).toBe(told.length + 1);
  });

  test('Stop ends the reading with what was found, and the lists left unread say the editor stopped them', async () => {
    const stop = new AbortController();
    const result = await analyzeInSteps(
      doc(),
      OPTIONS,
      control({ stop: stop.signal, onProgress: (p) => p.finder === 1 && stop.abort() }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { findings, shortfalls } = result.analysis;
    expect(findings.some((f) => f.kind === 'quote')).toBe(true);
    expect(findings.some((f) => f.kind !== 'quote')).toBe(false);
    expect(shortfalls).toEqual([
      { kind: 'figure', reason: 'not-run', message: 'Figures: not read; the editor stopped the reading.' },
      { kind: 'credit', reason: 'not-run', message: 'Image credits: not read; the editor stopped the reading.' },
    ]);
  });

  test('an abort (a tab switch, a newer reading) drops the reading between two steps', async () => {
    const abort = new AbortController();
    let steps = 0;
    const run = analyzeInSteps(
      doc(),
      OPTIONS,
      control({
        abort: abort.signal,
        onProgress: () => {
          steps++;
          abort.abort(new Error('switched tabs'));
        },
      }),
    );
    await expect(run).rejects.toThrow('switched tabs');
    expect(steps).toBe(1);
  });
});
