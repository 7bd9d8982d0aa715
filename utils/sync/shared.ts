/**
 * What editors share on a clipping beyond its article: tags, the desk's flags and
 * annotations, the note, and the history of what a merge replaced. Every flag and the
 * note say who set them and when, so the panel can say "Disputed by sam, 10:32".
 */
import type { Annotation, FlagState, FlagStatus } from '../desk/model';

/** A flag state as the team shares it: who set it. */
export type SharedFlag = FlagState & { by: string };

/** What a merge replaced or decided, kept on the clipping so nothing is silently lost. */
export type HistoryEntry =
  | {
      kind: 'flag';
      findingId: string;
      status: FlagStatus;
      note: string;
      speaker?: string;
      by: string;
      /** When that state was set (ISO 8601). */
      at: string;
    }
  | { kind: 'note'; note: string; by: string; at: string }
  | { kind: 'kept'; text: string; by: string; at: string };

/** The mergeable part of a shared clipping. */
export type SharedState = {
  tags: string[];
  flags: SharedFlag[];
  annotations: Annotation[];
  note: string;
  noteBy: string;
  /** When the note was last written (ISO 8601), '' for never. */
  noteAt: string;
  history: HistoryEntry[];
};

/** Nothing shared yet. */
export const EMPTY_SHARED: SharedState = {
  tags: [],
  flags: [],
  annotations: [],
  note: '',
  noteBy: '',
  noteAt: '',
  history: [],
};

/** The local part of a clipping that is shared. */
export type LocalShared = {
  tags: string[];
  flags: FlagState[];
  annotations: Annotation[];
  note: string;
  updatedAt: string;
};

/** The same flag state: status, note, chosen speaker and time all equal. */
export function sameFlag(a: FlagState, b: FlagState): boolean {
  return (
    a.status === b.status && a.note === b.note && (a.speaker ?? '') === (b.speaker ?? '') && a.updatedAt === b.updatedAt
  );
}

/**
 * The local clipping's shared state, authored against `base` (the server copy last merged):
 * what is unchanged since keeps its author; what changed is `me`'s.
 */
export function sharedFromLocal(local: LocalShared, base: SharedState | null, me: string): SharedState {
  const before = new Map((base?.flags ?? []).map((f) => [f.findingId, f]));
  const flags = local.flags.map((f): SharedFlag => {
    const old = before.get(f.findingId);
    const { by: _drop, ...plain } = f as SharedFlag;
    return { ...plain, by: old && sameFlag(old, f) ? old.by : me };
  });
  const noteKept = base !== null && base.note === local.note;
  return {
    tags: [...local.tags],
    flags,
    annotations: local.annotations.map((a) => ({ ...a })),
    note: local.note,
    noteBy: noteKept ? base.noteBy : local.note ? me : '',
    noteAt: noteKept ? base.noteAt : local.note ? local.updatedAt : '',
    history: [...(base?.history ?? [])],
  };
}

/** The flags as the local store keeps them (no author). */
export function localFlags(shared: SharedState): FlagState[] {
  return shared.flags.map(({ by: _by, ...flag }) => flag);
}
