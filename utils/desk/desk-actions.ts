/**
 * The editor's actions on a page's desk state, as pure functions: every change makes a
 * new DeskState (the panel renders it and the store saves it), and time is passed in.
 */
import type { Finding } from '../analysis/types';
import { cleanTags } from '../tags';
import type { Annotation, DeskState, FlagState, FlagStatus } from './model';

/** The editor's state of one finding, if any was set. */
export function stateOf(desk: DeskState, findingId: string): FlagState | undefined {
  return desk.flags.find((s) => s.findingId === findingId);
}

function putFlag(desk: DeskState, finding: Finding, change: Partial<FlagState>, now: Date): DeskState {
  const previous = stateOf(desk, finding.id);
  const next: FlagState = {
    findingId: finding.id,
    kind: finding.kind,
    status: previous?.status ?? 'unchecked',
    note: previous?.note ?? '',
    ...(previous?.speaker ? { speaker: previous.speaker } : {}),
    ...change,
    selectors: finding.selectors,
    updatedAt: now.toISOString(),
  };
  if (!next.speaker) delete next.speaker;
  const others = desk.flags.filter((s) => s.findingId !== finding.id);
  // An unchecked flag without a note or a chosen speaker is the default: keep no record of it.
  const keep = next.status !== 'unchecked' || next.note.trim() !== '' || next.speaker !== undefined;
  return { ...desk, flags: keep ? [...others, next] : others };
}

/** Sets a finding's status ('unchecked' resets it). */
export function setStatus(desk: DeskState, finding: Finding, status: FlagStatus, now: Date): DeskState {
  return putFlag(desk, finding, { status }, now);
}

/** Chooses the speaker of a quote the page leaves unclear, among its candidates (null clears the choice). */
export function setSpeaker(desk: DeskState, finding: Finding, speaker: string | null, now: Date): DeskState {
  if (speaker !== null && (finding.kind !== 'quote' || !finding.speakerCandidates?.includes(speaker))) return desk;
  return putFlag(desk, finding, { speaker: speaker ?? undefined }, now);
}

/** Sets a finding's note (empty removes it). */
export function setNote(desk: DeskState, finding: Finding, note: string, now: Date): DeskState {
  return putFlag(desk, finding, { note: note.trim() }, now);
}

/** The flag a finding is checked under: a repeated figure is checked with its first mention. */
export function flagIdOf(finding: Finding): string {
  return finding.kind === 'figure' && finding.repeatOf ? finding.repeatOf : finding.id;
}

/** How far the editor is through the flags: "12 of 19 checked". Repeats are not flags of their own. */
export function progress(desk: DeskState, findings: readonly Finding[]): { checked: number; total: number } {
  const flags = findings.filter((f) => flagIdOf(f) === f.id);
  const checked = flags.filter((f) => (stateOf(desk, f.id)?.status ?? 'unchecked') !== 'unchecked').length;
  return { checked, total: flags.length };
}

/** Tags from what the editor typed: split on commas, trimmed, no duplicates or empties. */
export function parseTags(input: string): string[] {
  return cleanTags(input.split(','));
}

export function addAnnotation(desk: DeskState, annotation: Annotation): DeskState {
  return { ...desk, annotations: [...desk.annotations, annotation] };
}

/** Changes an annotation's note and tags. */
export function editAnnotation(
  desk: DeskState,
  id: string,
  change: { note: string; tags: string[] },
  now: Date,
): DeskState {
  return {
    ...desk,
    annotations: desk.annotations.map((a) =>
      a.id === id ? { ...a, note: change.note.trim(), tags: change.tags, updatedAt: now.toISOString() } : a,
    ),
  };
}

/** What a deletion removed, so undo can put it back where it was. */
export type Removed = { annotation: Annotation; index: number };

export function removeAnnotation(desk: DeskState, id: string): { desk: DeskState; removed: Removed | null } {
  const index = desk.annotations.findIndex((a) => a.id === id);
  const annotation = desk.annotations[index];
  if (!annotation) return { desk, removed: null };
  return {
    desk: { ...desk, annotations: desk.annotations.filter((a) => a.id !== id) },
    removed: { annotation, index },
  };
}

/** Undo of removeAnnotation. */
export function restoreAnnotation(desk: DeskState, removed: Removed): DeskState {
  if (desk.annotations.some((a) => a.id === removed.annotation.id)) return desk;
  const annotations = [...desk.annotations];
  annotations.splice(Math.min(removed.index, annotations.length), 0, removed.annotation);
  return { ...desk, annotations };
}
