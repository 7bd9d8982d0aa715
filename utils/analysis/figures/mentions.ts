import { lowerBound } from '../sorted';
import type { FigureFinding } from '../types';
import { frameOf, namesInside } from './frames';
import type { Mention } from './same-thing';

// Kinds whose values say how much of something: the companions of a figure in its sentence.
const AMOUNT_KINDS = new Set<FigureFinding['figureKind']>(['count', 'approximate', 'money', 'percent', 'quantity']);

/** Figures of `sorted` (by start) lying inside [start, end), found by binary search. */
function inside(sorted: readonly FigureFinding[], start: number, end: number): FigureFinding[] {
  const lo = lowerBound(sorted, start, (f) => f.start ?? 0);
  const out: FigureFinding[] = [];
  for (let k = lo; k < sorted.length && (sorted[k]?.start ?? 0) < end; k += 1) {
    const f = sorted[k];
    if (f && (f.end ?? 0) <= end) out.push(f);
  }
  return out;
}

/**
 * Frames, years and companion figures per figure, computed once and only for figures
 * compared; lookups by binary search keep a page of many figures linear-logarithmic.
 */
export class Mentions {
  private readonly cache = new Map<string, Mention>();
  private readonly times: FigureFinding[];
  private readonly amounts: FigureFinding[];
  private readonly known: Set<string>;

  constructor(
    private readonly text: string,
    figures: readonly FigureFinding[],
    private readonly nouns: ReadonlyMap<string, string | null>,
  ) {
    const byStart = [...figures].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    this.times = byStart.filter((f) => f.figureKind === 'year' || f.figureKind === 'date');
    this.amounts = byStart.filter((f) => AMOUNT_KINDS.has(f.figureKind) && f.value !== null);
    this.known = namesInside(text);
  }

  /** The mention of `f`; `withUnit` keeps its unit word in the frame ("800,000 displaced"). */
  of(f: FigureFinding, withUnit = false): Mention {
    const key = `${f.id}:${withUnit}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // The noun told with the figure ("52.9% of the *vote*"), else its unit ("800,000 *people*").
    const noun = withUnit ? null : (this.nouns.get(f.id) ?? f.unit ?? null);
    const frame = frameOf(this.text, f.start ?? 0, f.end ?? 0, noun, this.known);
    const { start, end } = frame.sentence;
    const times = inside(this.times, start, end)
      .map((t) => String(t.value))
      .join(' ');
    const companions = new Set(
      inside(this.amounts, start, end)
        .filter((t) => t !== f)
        .map((t) => t.value ?? 0),
    );
    const mention = { figure: f, frame, times, companions };
    this.cache.set(key, mention);
    return mention;
  }
}
