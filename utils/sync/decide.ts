/**
 * What to do with a clipping that came from the team, given what the library holds:
 * - no local change waiting: the team's copy replaces the local one (or deletes it);
 * - a local edit waiting: the two are merged (merge.ts) and the merge is sent back;
 * - a delete on one side, an edit on the other: the edited copy is kept, and its history
 *   says so ("Deleted by sam while alex edited it: the edited copy is kept").
 */
import type { Clipping } from '../store/schema';
import type { LocalState, TeamDecision } from '../store/team-sync';
import type { ShadowRecord } from '../store/sync-records';
import { mergeShared } from './merge';
import { EMPTY_SHARED, localFlags, sharedFromLocal, type HistoryEntry, type SharedState } from './shared';
import { keptEntry, type ClippingDoc } from './team-doc';

/** A clipping's current state on the server. */
export type Remote =
  | { uid: string; kind: 'doc'; rev: string; doc: ClippingDoc; clipping: Clipping & { uid: string } }
  | { uid: string; kind: 'deleted'; rev: string; by: string; at: string };

/** The shadow of a server document. */
export function shadowOf(doc: ClippingDoc, rev: string): ShadowRecord {
  return {
    uid: doc.uid,
    rev,
    deleted: false,
    previousUid: doc.previousUid,
    title: doc.clipping.title,
    changedBy: doc.changedBy,
    changedAt: doc.changedAt,
    shared: doc.shared,
  };
}

function tombstoneShadow(remote: Extract<Remote, { kind: 'deleted' }>, before: ShadowRecord | undefined): ShadowRecord {
  return {
    uid: remote.uid,
    rev: remote.rev,
    deleted: true,
    previousUid: before?.previousUid ?? null,
    title: before?.title ?? '',
    changedBy: remote.by,
    changedAt: remote.at,
    shared: before?.shared ?? EMPTY_SHARED,
  };
}

/** The local clipping rewritten with a shared state. */
function withShared(clipping: Clipping & { uid: string }, shared: SharedState): Clipping & { uid: string } {
  const { id: _id, previousId: _p, ...rest } = clipping;
  return {
    ...rest,
    tags: shared.tags,
    flags: localFlags(shared),
    annotations: shared.annotations,
    note: shared.note,
  };
}

export type DecideContext = { me: string; now: Date; say: (notice: string) => void };

/** The decision for one clipping from the team (see the rules above). */
export function decide(remote: Remote, local: LocalState, ctx: DecideContext): TeamDecision {
  const { shadow, pending, clipping } = local;
  if (shadow?.rev === remote.rev) return {};
  const at = ctx.now.toISOString();
  const editWaiting = pending && !pending.deleted && clipping;

  if (remote.kind === 'deleted') {
    if (!editWaiting) return { remove: true, shadow: tombstoneShadow(remote, shadow) };
    // Deleted there, edited here: the edited copy is kept and sent again.
    ctx.say(`“${clipping.title}” was deleted by ${remote.by} while you edited it: your copy is kept`);
    const kept = keptEntry(remote.by, ctx.me, at);
    return {
      shadow: { ...tombstoneShadow(remote, shadow), pendingHistory: [...(shadow?.pendingHistory ?? []), kept] },
      queue: true,
    };
  }

  const { doc } = remote;
  const next = shadowOf(doc, remote.rev);
  if (pending?.deleted && !clipping) {
    // Deleted here, edited there: the team's edited copy comes back.
    ctx.say(`“${doc.clipping.title}” was edited by ${doc.changedBy} after you deleted it: their copy is kept`);
    const kept = keptEntry(ctx.me, doc.changedBy, at);
    return {
      write: remote.clipping,
      previousUid: doc.previousUid,
      shadow: { ...next, pendingHistory: [kept] },
      queue: true,
    };
  }
  if (!editWaiting) return { write: remote.clipping, previousUid: doc.previousUid, shadow: next };

  // Both changed it: merge against the copy both last agreed on.
  const base = shadow && !shadow.deleted ? shadow.shared : null;
  const mine = sharedFromLocal(clipping, base, ctx.me);
  const merged = mergeShared(
    base,
    { ...mine, history: [...mine.history, ...(shadow?.pendingHistory ?? [])] },
    doc.shared,
  );
  const known = new Set(doc.shared.history.map((h) => JSON.stringify(h)));
  const added: HistoryEntry[] = merged.history.filter((h) => !known.has(JSON.stringify(h)));
  const newer = clipping.updatedAt > remote.clipping.updatedAt ? { ...clipping, uid: remote.uid } : remote.clipping;
  const write = withShared({ ...newer, updatedAt: newer.updatedAt }, merged);
  return {
    write,
    previousUid: doc.previousUid,
    shadow: { ...next, ...(added.length ? { pendingHistory: added } : {}) },
    queue: true,
  };
}
