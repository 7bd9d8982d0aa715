import { describe, expect, test } from 'vitest';
import { startDeadline } from '../../utils/analysis/deadline';
import { figuresFinder } from '../../utils/analysis/figures';
import { finderSteps, runFinders, stretchesOf } from '../../utils/analysis/run-finders';
import { selectorsFor } from '../../utils/analysis/selectors';
import type { Article, Finder, FigureFinding, Finding } from '../../utils/analysis/types';
import { articleFromText } from '../../utils/analysis/extract';

const NOW = new Date('2024-05-01T00:00:00Z');
const CTX = { url: null, now: NOW, lang: 'en' };
const doc = {} as Document;

/** A clock the test moves by hand. */
function fakeClock() {
  let t = 0;
  return { clock: () => t, advance: (ms: number) => (t += ms) };
}

const article = (text: string): Article => articleFromText(text, null);

/** A finder that lists one finding per paragraph; `advance` is what each call costs on the fake clock. */
function paragraphFinder(kind: 'quote' | 'figure', label: string, advance: () => void): Finder {
  return {
    kind,
    label,
    find: (_doc, a) => {
      advance();
      const found: Finding[] = [];
      let start = 0;
      for (const p of a.text.split('\n\n')) {
        if (!p) continue;
        found.push({
          kind: 'quote',
          id: `quote-${start}`,
          start,
          end: start + p.length,
          selectors: selectorsFor(a.text, start, start + p.length),
          text: p,
          speaker: null,
          cue: null,
          role: null,
          outlet: null,
          partial: false,
          form: 'direct',
        });
        start += p.length + 2;
      }
      return found;
    },
  };
}

const failing = (kind: 'credit' | 'figure', message: string): Finder => ({
  kind,
  label: kind === 'credit' ? 'Credits' : 'Figures',
  find: () => {
    throw new RangeError(message);
  },
});

describe('runFinders', () => {
  test('one failing finder never costs the other lists, and its failure is told', () => {
    const a = article('"We will rebuild it," she said, after 3,000 people signed.');
    const result = runFinders([failing('credit', 'Maximum call stack size exceeded'), figuresFinder], doc, a, CTX);
    expect(result.findings.some((f) => f.kind === 'figure')).toBe(true);
    expect(result.shortfalls).toEqual([
      {
        kind: 'credit',
        reason: 'failed',
        message: expect.stringMatching(/^Credits: could not be read \(Maximum call stack/),
      },
    ]);
    expect(result.warnings).toEqual([result.shortfalls[0]?.message]);
  });

  test('a finder past the deadline stops with what it found and says how far it read', () => {
    const { clock, advance } = fakeClock();
    const paragraph = 'x'.repeat(999);
    const text = Array.from({ length: 1000 }, () => paragraph).join('\n\n'); // ~1 MB, several stretches
    const stretches = stretchesOf(text).length;
    expect(stretches).toBeGreaterThan(3);
    const deadline = startDeadline(3000, clock);
    // Each stretch costs 1.5 s: the deadline passes after the second.
    const slow = paragraphFinder('quote', 'Quotes', () => advance(1500));
    const after = paragraphFinder('figure', 'Figures', () => undefined);
    const result = runFinders([slow, after], doc, article(text), CTX, deadline);
    const quotes = result.findings.filter((f) => f.id.startsWith('quote-'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThan(1000);
    expect(result.shortfalls.map((s) => [s.kind, s.reason])).toEqual([
      ['quote', 'stopped'],
      ['figure', 'not-run'],
    ]);
    expect(result.shortfalls[0]?.message).toMatch(/^Quotes: stopped after 3 s; [\d,]+ of 1,000 paragraphs read\.$/);
    expect(result.shortfalls[1]?.message).toBe('Figures: not read; the 3 s time budget ran out.');
  });

  test('a stop by the editor ends the finders like the budget, and the lists say who stopped them', () => {
    const paragraph = 'x'.repeat(999);
    const text = Array.from({ length: 1000 }, () => paragraph).join('\n\n');
    let stopped = false;
    // A budget that never runs out: only the stop ends the reading.
    const deadline = startDeadline(
      Number.POSITIVE_INFINITY,
      () => 0,
      () => stopped,
    );
    const quotes = paragraphFinder('quote', 'Quotes', () => undefined);
    const figures = paragraphFinder('figure', 'Figures', () => undefined);
    const steps = finderSteps([quotes, figures], doc, article(text), CTX, deadline);
    expect(steps.next().done).toBe(false);
    stopped = true;
    let step = steps.next();
    while (!step.done) step = steps.next();
    const result = step.value;
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.length).toBeLessThan(1000);
    expect(result.shortfalls.map((s) => [s.kind, s.reason])).toEqual([
      ['quote', 'stopped'],
      ['figure', 'not-run'],
    ]);
    expect(result.shortfalls[0]?.message).toMatch(/^Quotes: stopped by the editor; [\d,]+ of 1,000 paragraphs read\.$/);
    expect(result.shortfalls[1]?.message).toBe('Figures: not read; the editor stopped the reading.');
  });

  test('findings of later stretches point into the whole text, with ids that move with them', () => {
    const paragraph = 'y'.repeat(4999);
    const text = Array.from({ length: 100 }, () => paragraph).join('\n\n');
    const finder = paragraphFinder('quote', 'Quotes', () => undefined);
    const { findings } = runFinders([finder], doc, article(text), CTX);
    expect(findings).toHaveLength(100);
    for (const f of findings) {
      expect(text.slice(f.start ?? 0, f.end ?? 0)).toBe(paragraph);
      expect(f.id).toBe(`quote-${f.start}`);
      expect(f.selectors).toEqual(selectorsFor(text, f.start ?? 0, f.end ?? 0));
    }
    expect(new Set(findings.map((f) => f.id)).size).toBe(100);
  });

  test('a text too long for one stretch keeps its figures, their groups and links in place', () => {
    const sentence = 'The council counted 3,400 people on Monday and 3,900 people on Friday.';
    const text = Array.from({ length: 3000 }, () => sentence).join('\n\n');
    const { findings } = runFinders([figuresFinder], doc, article(text), CTX);
    const figures = findings as FigureFinding[];
    expect(figures.length).toBe(6000);
    const ids = new Set(figures.map((f) => f.id));
    for (const f of figures) {
      expect(text.slice(f.start ?? 0, f.end ?? 0)).toBe(f.text);
      for (const c of f.conflicts) expect(ids.has(c)).toBe(true);
      if (f.repeatOf) expect(ids.has(f.repeatOf)).toBe(true);
    }
  });

  // Regression: findings.push(...finder.find()) overflowed the stack above ~125,000 items and dropped every figure.
  test('200,000 findings are collected without overflowing the stack', () => {
    const many: Finder = {
      kind: 'credit',
      label: 'Credits',
      find: () =>
        Array.from({ length: 200_000 }, (_, i) => ({
          kind: 'credit' as const,
          id: `credit-${i + 1}`,
          start: null,
          end: null,
          selectors: [],
          credit: null,
          caption: null,
          image: null,
          source: 'none' as const,
          agencies: [],
        })),
    };
    const result = runFinders([many], doc, article('A short story.'), CTX);
    expect(result.findings).toHaveLength(200_000);
    expect(result.shortfalls).toEqual([]);
  });

  test('steps report progress per finder and stretch', () => {
    const text = Array.from({ length: 60 }, () => 'z'.repeat(9999)).join('\n\n');
    const finder = paragraphFinder('quote', 'Quotes', () => undefined);
    const steps = [...{ [Symbol.iterator]: () => finderSteps([finder], doc, article(text), CTX) }];
    expect(steps.map((s) => s.done)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.every((s) => s.total === steps.length && s.label === 'Quotes')).toBe(true);
    expect(steps.every((s) => s.finder === 1 && s.finders === 1)).toBe(true);
  });

  test('progress tells which finder of how many each step belongs to', () => {
    const quotes = paragraphFinder('quote', 'Quotes', () => undefined);
    const figures = paragraphFinder('figure', 'Figures', () => undefined);
    const steps = [...{ [Symbol.iterator]: () => finderSteps([quotes, figures], doc, article('One.\n\nTwo.'), CTX) }];
    expect(steps.map((s) => [s.label, s.finder, s.finders, s.done, s.total])).toEqual([
      ['Quotes', 1, 2, 1, 1],
      ['Figures', 2, 2, 1, 1],
    ]);
  });
});

describe('stretchesOf', () => {
  test('cuts between paragraphs, covers the text once, and a text within one stretch is whole', () => {
    expect(stretchesOf('short')).toEqual([{ start: 0, end: 5, paragraphs: 1 }]);
    const text = Array.from({ length: 30 }, (_, i) => `${i} `.repeat(5000)).join('\n\n');
    const parts = stretchesOf(text, 50_000);
    expect(parts[0]?.start).toBe(0);
    expect(parts.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]?.start).toBe(parts[i - 1]?.end);
      expect(text.slice((parts[i]?.start ?? 0) - 2, parts[i]?.start)).toBe('\n\n');
    }
    expect(parts.reduce((n, p) => n + p.paragraphs, 0)).toBe(30);
  });

  test('one paragraph longer than a stretch is cut at a space', () => {
    const text = 'word '.repeat(100_000);
    const parts = stretchesOf(text, 50_000);
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts.slice(0, -1)) expect(text[p.end - 1]).toBe(' ');
  });
});
