/**
 * The merge rules of team sync. Two editors' copies of one clipping are merged against
 * the copy both last agreed on (`base`, null when there is none):
 * - a flag's status and note: the later change wins; the other goes into the history;
 * - annotations: a set by id, an annotation edited on both sides keeps the later edit,
 *   one deleted on one side and edited on the other is kept;
 * - tags: a set (added on either side is kept, removed on one side and kept on the other
 *   is removed);
 * - the clipping's note: the later wins, the other goes into the history.
 * Nothing either side wrote disappears without a trace.
 */
import type { Annotation } from '../desk/model';
import type { HistoryEntry, SharedFlag, SharedState } from './shared';

/** A three-way merge of sets: what either side added stays, what either side removed goes. */
export function mergeSets<T>(base: readonly T[] | null, local: readonly T[], remote: readonly T[]): T[] {
  const had = new Set(base ?? []);
  const mine = new Set(local);
  const theirs = new Set(remote);
  const out: T[] = [];
  for (const item of new Set([...local, ...remote])) {
    const removed = had.has(item) && (!mine.has(item) || !theirs.has(item));
    if (!removed) out.push(item);
  }
  return out;
}

/** Later first by time, then by author, so every editor's merge picks the same winner. */
function later(a: { at: string; by: string }, b: { at: string; by: string }): boolean {
  return a.at !== b.at ? a.at > b.at : a.by > b.by;
}

const flagKey = (f: SharedFlag) => `${f.status}\n${f.note}\n${f.speaker ?? ''}\n${f.updatedAt}\n${f.by}`;

function flagHistory(f: SharedFlag): HistoryEntry {
  return {
    kind: 'flag',
    findingId: f.findingId,
    status: f.status,
    note: f.note,
    ...(f.speaker !== undefined ? { speaker: f.speaker } : {}),
    by: f.by,
    at: f.updatedAt,
  };
}

function mergeFlags(base: SharedState | null, local: SharedState, remote: SharedState, history: HistoryEntry[]) {
  const old = new Map((base?.flags ?? []).map((f) => [f.findingId, f]));
  const theirs = new Map(remote.flags.map((f) => [f.findingId, f]));
  const out: SharedFlag[] = [];
  for (const mine of local.flags) {
    const other = theirs.get(mine.findingId);
    theirs.delete(mine.findingId);
    if (!other || flagKey(other) === flagKey(mine)) {
      out.push(mine);
      continue;
    }
    const was = old.get(mine.findingId);
    if (was && flagKey(was) === flagKey(mine)) out.push(other);
    else if (was && flagKey(was) === flagKey(other)) out.push(mine);
    else {
      // Both changed it: the later wins, the other is kept in the history.
      const mineWins = later({ at: mine.updatedAt, by: mine.by }, { at: other.updatedAt, by: other.by });
      out.push(mineWins ? mine : other);
      history.push(flagHistory(mineWins ? other : mine));
    }
  }
  out.push(...theirs.values());
  return out;
}

const annotationKey = (a: Annotation) => JSON.stringify([a.note, a.tags, a.selectors, a.updatedAt]);

function mergeAnnotations(base: SharedState | null, local: SharedState, remote: SharedState): Annotation[] {
  const old = new Map((base?.annotations ?? []).map((a) => [a.id, a]));
  const mine = new Map(local.annotations.map((a) => [a.id, a]));
  const theirs = new Map(remote.annotations.map((a) => [a.id, a]));
  const out: Annotation[] = [];
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const a = mine.get(id);
    const b = theirs.get(id);
    const was = old.get(id);
    if (a && b) out.push(a.updatedAt >= b.updatedAt ? a : b);
    else {
      const only = (a ?? b)!;
      // Gone on one side: deleted there, unless this side changed it since (an edit beats a delete).
      const deleted = was !== undefined && annotationKey(was) === annotationKey(only);
      if (!deleted) out.push(only);
    }
  }
  return out;
}

/** Keeps each history entry once, oldest first. */
function uniqueHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Map<string, HistoryEntry>();
  for (const e of entries) seen.set(JSON.stringify(e), e);
  return [...seen.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The merge of two copies of a clipping's shared state; see the rules above. */
export function mergeShared(base: SharedState | null, local: SharedState, remote: SharedState): SharedState {
  const history = [...local.history, ...remote.history];
  const flags = mergeFlags(base, local, remote, history);
  let note = local;
  if (local.note !== remote.note) {
    const wasLocal = base !== null && base.note === local.note;
    const wasRemote = base !== null && base.note === remote.note;
    if (wasLocal) note = remote;
    else if (!wasRemote) {
      const localWins = later({ at: local.noteAt, by: local.noteBy }, { at: remote.noteAt, by: remote.noteBy });
      note = localWins ? local : remote;
      const loser = localWins ? remote : local;
      if (loser.note) history.push({ kind: 'note', note: loser.note, by: loser.noteBy, at: loser.noteAt });
    }
  }
  return {
    tags: mergeSets(base?.tags ?? null, local.tags, remote.tags),
    flags,
    annotations: mergeAnnotations(base, local, remote),
    note: note.note,
    noteBy: note.noteBy,
    noteAt: note.noteAt,
    history: uniqueHistory(history),
  };
}
