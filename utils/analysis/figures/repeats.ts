import type { FigureFinding } from '../types';

// Hedges that leave the figure's claim the same ("some 800,000" restated as "800,000"); bounds
// such as "more than" or "up to" change it, so they stay part of the key.
const SAME_CLAIM =
  /^(?:some|about|around|roughly|approximately|an estimated|estimated|almost|nearly|close to|just under|just over)$/i;

/** Figures a reader would call "the same figure again": same thing counted, same value, same hedge. */
function repeatKey(f: FigureFinding): string | null {
  if (f.value === null && f.range === null) return null;
  // Without a counted noun two equal numbers may count different things (prices rose 5%,
  // wages rose 5%); only calendar figures name the same thing by value alone.
  const calendar = f.figureKind === 'year' || f.figureKind === 'date';
  if (!f.group && !calendar) return null;
  // A date repeats only as written: "Monday" and "Nov. 18" may be one day, but they are two
  // statements to check, and a relative date is never folded into an absolute one.
  const what = calendar ? `${f.figureKind}:${f.text.toLowerCase().replace(/\s+/g, ' ')}` : (f.group ?? f.figureKind);
  return [
    what,
    f.value,
    f.range?.join('-') ?? '',
    f.qualifier && !SAME_CLAIM.test(f.qualifier) ? f.qualifier.toLowerCase() : '',
    f.change ?? '',
  ].join('|');
}

/**
 * Fills `repeatOf`: a figure that repeats an earlier one (the standfirst's 800,000 people
 * told again in the body) points at the first, so the desk checks it once rather than as
 * separate flags. Linear: one map lookup per figure.
 */
export function markRepeats(figures: FigureFinding[]): void {
  const first = new Map<string, string>();
  for (const f of figures) {
    const key = repeatKey(f);
    const earlier = key === null ? undefined : first.get(key);
    f.repeatOf = earlier ?? null;
    if (key !== null && earlier === undefined) first.set(key, f.id);
  }
}

/**
 * How lists show repeats: each figure that does not repeat one in `figures`, with the later
 * mentions that do (checked and shown with it), in the order given. A repeat whose first
 * mention is missing (filtered out) stands on its own.
 */
export function repeatsByFirst(figures: readonly FigureFinding[]): Map<string, FigureFinding[]> {
  const present = new Set(figures.map((f) => f.id));
  const shown = new Map<string, FigureFinding[]>();
  for (const f of figures) if (!(f.repeatOf && present.has(f.repeatOf))) shown.set(f.id, []);
  for (const f of figures) if (f.repeatOf && present.has(f.repeatOf)) shown.get(f.repeatOf)?.push(f);
  return shown;
}
