/**
 * The one place tests (and the library benchmark) build findings: every required field
 * has a default here, so a new field on a finding is one edit, not one per test file.
 */
import { selectorsFor } from '../utils/analysis/selectors';
import type { CreditFinding, FigureFinding, QuoteFinding, Selector } from '../utils/analysis/types';

type Span = { start: number; end: number; selectors: Selector[] };

/** Where `words` stand in `text` (first occurrence at or after `from`), with real selectors. */
export function spanIn(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  const end = start + words.length;
  return { start, end, selectors: selectorsFor(text, start, end) };
}

/** A direct, unattributed quote at offset 0 unless `overrides` say otherwise. */
export function makeQuote(overrides: Partial<QuoteFinding> = {}): QuoteFinding {
  return {
    kind: 'quote',
    id: `quote-${overrides.start ?? 0}`,
    start: 0,
    end: 1,
    selectors: [],
    text: 'quoted words',
    speaker: null,
    cue: null,
    role: null,
    outlet: null,
    partial: false,
    form: 'direct',
    ...overrides,
  };
}

/** A plain count at offset 0, in no group, unless `overrides` say otherwise. */
export function makeFigure(overrides: Partial<FigureFinding> = {}): FigureFinding {
  return {
    kind: 'figure',
    id: `figure-${overrides.start ?? 0}`,
    start: 0,
    end: 1,
    selectors: [],
    text: '1',
    figureKind: 'count',
    value: null,
    range: null,
    unit: null,
    qualifier: null,
    change: null,
    magnitude: null,
    group: null,
    conflicts: [],
    repeatOf: null,
    ...overrides,
  };
}

/** An image with no credit, caption or known location unless `overrides` say otherwise. */
export function makeCredit(overrides: Partial<CreditFinding> = {}): CreditFinding {
  return {
    kind: 'credit',
    id: 'credit-0',
    start: null,
    end: null,
    selectors: [],
    credit: null,
    caption: null,
    image: null,
    source: 'none',
    agencies: [],
    ...overrides,
  };
}
