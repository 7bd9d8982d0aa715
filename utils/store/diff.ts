/**
 * What changed between two versions of a clipping: findings added, removed or altered,
 * and paragraphs of text added or removed. Pure; the clipping view renders it and the
 * store uses it to decide whether a re-save is a new version.
 */
import type { Finding, TextQuoteSelector } from '../analysis/types';
import type { Clipping } from './schema';

export type FindingChange = { from: Finding; to: Finding };

export type TextOp = { op: 'same' | 'added' | 'removed'; text: string };

export type ClippingDiff = {
  title: { from: string; to: string } | null;
  added: Finding[];
  removed: Finding[];
  altered: FindingChange[];
  /** Paragraph by paragraph; unchanged paragraphs kept so the view can show context. */
  text: TextOp[];
};

type Comparable = Pick<Clipping, 'title' | 'text' | 'findings'>;

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** What identifies a finding across versions: the words it flags (an image for a credit). */
function keyOf(f: Finding): string {
  if (f.kind === 'credit') return `credit|${f.image ?? (squash(f.caption) || squash(f.credit))}`;
  return `${f.kind}|${squash(f.text)}`;
}

/** What may change about the same finding: who said it, what a figure counts, who took the photo. */
function attributesOf(f: Finding): string {
  if (f.kind === 'quote') return JSON.stringify([squash(f.speaker), squash(f.cue), f.partial]);
  if (f.kind === 'figure') return JSON.stringify([f.value, f.range, f.unit, f.figureKind, f.qualifier]);
  return JSON.stringify([squash(f.credit), squash(f.caption)]);
}

/** The words either side of a finding: a figure whose number changed keeps its sentence. */
function contextOf(f: Finding): string[] {
  const quote = f.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quote) return [];
  const before = squash(quote.prefix).slice(-16);
  const after = squash(quote.suffix).slice(0, 16);
  return [before.length >= 8 ? `<${before}` : '', after.length >= 8 ? `>${after}` : ''].filter(Boolean);
}

function diffFindings(before: Finding[], after: Finding[]) {
  const pool = new Map<string, Finding[]>();
  for (const f of before) pool.set(keyOf(f), [...(pool.get(keyOf(f)) ?? []), f]);
  const altered: FindingChange[] = [];
  const unmatched: Finding[] = [];
  for (const f of after) {
    const twin = pool.get(keyOf(f))?.shift();
    if (!twin) unmatched.push(f);
    else if (attributesOf(twin) !== attributesOf(f)) altered.push({ from: twin, to: f });
  }
  const leftover = [...pool.values()].flat();
  const added: Finding[] = [];
  for (const f of unmatched) {
    const context = contextOf(f);
    const index = leftover.findIndex((old) => old.kind === f.kind && contextOf(old).some((c) => context.includes(c)));
    if (index < 0) added.push(f);
    else altered.push({ from: leftover.splice(index, 1)[0]!, to: f });
  }
  return { added, removed: leftover, altered };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Longest common subsequence of paragraphs; fine for articles (hundreds of paragraphs). */
export function diffParagraphs(before: string, after: string): TextOp[] {
  const a = paragraphs(before);
  const b = paragraphs(after);
  if (a.length * b.length > 4_000_000) {
    // A book, not an article: fall back to set difference rather than freeze the panel.
    const inB = new Set(b);
    const inA = new Set(a);
    return [
      ...a.map((text) => ({ op: inB.has(text) ? 'same' : 'removed', text }) as TextOp),
      ...b.filter((t) => !inA.has(t)).map((text) => ({ op: 'added', text }) as TextOp),
    ];
  }
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: TextOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: 'same', text: a[i++]! });
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ op: 'added', text: b[j++]! });
    } else {
      ops.push({ op: 'removed', text: a[i++]! });
    }
  }
  return ops;
}

/** The changes from `before` to `after`. */
export function diffClippings(before: Comparable, after: Comparable): ClippingDiff {
  return {
    title: before.title === after.title ? null : { from: before.title, to: after.title },
    ...diffFindings(before.findings, after.findings),
    text:
      before.text === after.text
        ? paragraphs(after.text).map((text) => ({ op: 'same', text }))
        : diffParagraphs(before.text, after.text),
  };
}

/** True when anything a reader would notice changed. */
export function hasChanges(diff: ClippingDiff): boolean {
  return (
    diff.title !== null ||
    diff.added.length > 0 ||
    diff.removed.length > 0 ||
    diff.altered.length > 0 ||
    diff.text.some((t) => t.op !== 'same')
  );
}
