/**
 * What team sync reads and writes in the library (utils/sync holds the rules): the outbox
 * of local changes, the shadows (the server copies last merged), the checkpoint, and the
 * changes that came from the team, written in one transaction with what they replaced
 * so a local edit made at the same moment is merged, never overwritten.
 */
import { liveQuery } from 'dexie';
import { guarded } from './errors';
import type { Clipping, CopydeskDb, OutboxRecord, ShadowRecord } from './schema';
import { addFromTeam, clippingTables, deleteIndexed, outboxToken, putFromTeam } from './writes';

/** A local change waiting to be sent, with what a push needs. */
export type PendingChange = {
  outbox: OutboxRecord;
  clipping: (Clipping & { id: number }) | undefined;
  shadow: ShadowRecord | undefined;
  /** The uid of the clipping's earlier version, if any. */
  previousUid: string | null;
};

/** How many local changes wait to be sent. */
export function countPending(db: CopydeskDb): Promise<number> {
  return guarded(() => db.outbox.count());
}

/** Calls `onChange(n)` with the number of waiting changes now and after every write (in any panel). */
export function watchPending(db: CopydeskDb, onChange: (pending: number) => void): () => void {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}

/** Up to `limit` waiting changes with their clippings and shadows. */
export async function loadPending(db: CopydeskDb, limit: number): Promise<PendingChange[]> {
  return guarded(() =>
    db.transaction('r', [db.outbox, db.clippings, db.shadows], async () => {
      const rows = await db.outbox.limit(limit).toArray();
      const uids = rows.map((r) => r.uid);
      const [clippings, shadows] = await Promise.all([
        db.clippings.where('uid').anyOf(uids).toArray(),
        db.shadows.bulkGet(uids),
      ]);
      const byUid = new Map(clippings.map((c) => [c.uid, c as Clipping & { id: number }]));
      const previous = await db.clippings.bulkGet(clippings.flatMap((c) => (c.previousId ? [c.previousId] : [])));
      const uidOfId = new Map(previous.flatMap((c) => (c?.id && c.uid ? [[c.id, c.uid] as const] : [])));
      return rows.map((outbox, i) => {
        const clipping = byUid.get(outbox.uid);
        return {
          outbox,
          clipping,
          shadow: shadows[i],
          previousUid: (clipping?.previousId && uidOfId.get(clipping.previousId)) || null,
        };
      });
    }),
  );
}

/** The stored (sanitized) article HTML of the clippings with these uids that the library holds. */
export async function heldHtml(db: CopydeskDb, uids: readonly string[]): Promise<Map<string, string>> {
  if (!uids.length) return new Map();
  const found = await guarded(() => db.clippings.where('uid').anyOf(uids).toArray());
  return new Map(found.flatMap((c) => (c.uid ? [[c.uid, c.html] as const] : [])));
}

/** Records accepted pushes: the shadow becomes what was sent; the outbox row goes unless rewritten since. */
export async function markPushed(
  db: CopydeskDb,
  done: ReadonlyArray<{ uid: string; token: string; shadow: ShadowRecord | null }>,
): Promise<void> {
  await guarded(() =>
    db.transaction('rw', [db.outbox, db.shadows], async () => {
      const rows = await db.outbox.bulkGet(done.map((d) => d.uid));
      await db.shadows.bulkPut(done.flatMap((d) => (d.shadow ? [d.shadow] : [])));
      await db.outbox.bulkDelete(done.filter((d, i) => rows[i]?.token === d.token).map((d) => d.uid));
    }),
  );
}

/** What sync decided for one clipping that came from the team. */
export type TeamDecision = {
  /** Write this as the local clipping (its local id is found or given here). */
  write?: Clipping & { uid: string };
  /** The uid of the earlier version it links to. */
  previousUid?: string | null;
  /** Delete the local clipping. */
  remove?: boolean;
  /** The new shadow. */
  shadow?: ShadowRecord;
  /** The result still has to be sent (a merge, or an edit kept over a delete). */
  queue?: boolean;
};

/** What the library holds for a clipping when the team's copy arrives. */
export type LocalState = {
  clipping: (Clipping & { id: number }) | undefined;
  shadow: ShadowRecord | undefined;
  pending: OutboxRecord | undefined;
};

/**
 * Applies changes from the team in one transaction. `decide` sees what the library holds
 * at that moment (a local write either committed before, and is merged, or waits until after).
 * Every decision is made first and the batch is written with one bulk request per table:
 * initial sync writes thousands, and a request per clipping was most of its local time.
 * A uid listed twice is taken once, as its last listing (the newest).
 */
export async function applyFromTeam<T extends { uid: string }>(
  db: CopydeskDb,
  given: readonly T[],
  decide: (item: T, local: LocalState) => TeamDecision,
): Promise<void> {
  const items = [...new Map(given.map((i) => [i.uid, i])).values()];
  if (!items.length) return;
  await guarded(() =>
    db.transaction('rw', [...clippingTables(db), db.shadows], async () => {
      const uids = items.map((i) => i.uid);
      const [clippings, shadows, pending] = await Promise.all([
        db.clippings.where('uid').anyOf(uids).toArray(),
        db.shadows.bulkGet(uids),
        db.outbox.bulkGet(uids),
      ]);
      const byUid = new Map(clippings.map((c) => [c.uid, c as Clipping & { id: number }]));
      const shadowPuts: ShadowRecord[] = [];
      const removes: number[] = [];
      const updates: Array<Clipping & { id: number }> = [];
      const adds: Array<Clipping & { uid: string }> = [];
      const queued: string[] = [];
      const settled: string[] = [];
      const links: Array<{ uid: string; previousUid: string }> = [];
      for (const [i, item] of items.entries()) {
        const local = byUid.get(item.uid);
        const d = decide(item, { clipping: local, shadow: shadows[i], pending: pending[i] });
        if (d.shadow) shadowPuts.push(d.shadow);
        if (d.remove && local) removes.push(local.id);
        if (d.write) {
          if (local) updates.push({ ...d.write, id: local.id, previousId: local.previousId ?? null });
          else adds.push({ ...d.write, uid: item.uid, previousId: null });
          if (d.previousUid) links.push({ uid: item.uid, previousUid: d.previousUid });
        }
        if (d.queue) queued.push(item.uid);
        else if (d.remove || d.write) settled.push(item.uid);
      }
      // Issued together: IndexedDB queues them in order, none waits for another.
      await Promise.all([
        db.shadows.bulkPut(shadowPuts),
        removes.length ? deleteIndexed(db, removes, false) : undefined,
        addFromTeam(db, adds),
        putFromTeam(db, updates),
        db.outbox.bulkPut(queued.map((uid) => ({ uid, token: outboxToken(), deleted: false }))),
        db.outbox.bulkDelete(settled),
      ]);
      await linkVersions(db, links);
    }),
  );
}

/** Sets version links from uids, both ways: a version that arrived before its predecessor is linked now. */
async function linkVersions(db: CopydeskDb, links: ReadonlyArray<{ uid: string; previousUid: string }>) {
  const newer = await db.shadows
    .where('previousUid')
    .anyOf(links.map((l) => l.uid))
    .toArray();
  const all = [...links, ...newer.flatMap((s) => (s.previousUid ? [{ uid: s.uid, previousUid: s.previousUid }] : []))];
  if (!all.length) return;
  const found = await db.clippings
    .where('uid')
    .anyOf([...new Set(all.flatMap((l) => [l.uid, l.previousUid]))])
    .toArray();
  const idOf = new Map(found.map((c) => [c.uid, c]));
  const fixed: Array<Clipping & { id: number }> = [];
  for (const { uid, previousUid } of all) {
    const clipping = idOf.get(uid);
    const previous = idOf.get(previousUid);
    if (clipping?.id && previous?.id && clipping.previousId !== previous.id)
      fixed.push({ ...(clipping as Clipping & { id: number }), previousId: previous.id });
  }
  await putFromTeam(db, fixed);
}

/** A setting or checkpoint of team sync. */
export async function getSyncMeta<T>(db: CopydeskDb, key: string): Promise<T | undefined> {
  return guarded(async () => (await db.syncMeta.get(key))?.value as T | undefined);
}

export async function setSyncMeta(db: CopydeskDb, key: string, value: unknown): Promise<void> {
  await guarded(() => db.syncMeta.put({ key, value }));
}

/** Queues every clipping of the library to be sent (on joining a team). */
export async function queueAll(db: CopydeskDb): Promise<number> {
  return guarded(() =>
    db.transaction('rw', [db.clippings, db.outbox], async () => {
      const uids = (await db.clippings.orderBy('uid').keys()) as string[];
      const waiting = new Set((await db.outbox.toCollection().primaryKeys()) as string[]);
      await db.outbox.bulkPut(
        uids.filter((u) => !waiting.has(u)).map((uid) => ({ uid, token: outboxToken(), deleted: false })),
      );
      return uids.length;
    }),
  );
}

/** Forgets the team (leaving it): shadows, checkpoint and settings go; the library stays as it is. */
export async function forgetTeam(db: CopydeskDb): Promise<void> {
  await guarded(() =>
    db.transaction('rw', [db.shadows, db.syncMeta], async () => {
      await db.shadows.clear();
      await db.syncMeta.clear();
    }),
  );
}

/** The shadows changed most recently (who changed what, for the panel), newest first. */
export async function recentShadows(db: CopydeskDb, limit: number): Promise<ShadowRecord[]> {
  return guarded(() => db.shadows.orderBy('changedAt').reverse().limit(limit).toArray());
}

/** The signed-in team editor and the team's last copy of clipping `id`; null when the library is in no team. */
export async function teamCopyOf(
  db: CopydeskDb,
  id: number,
): Promise<{ me: string; shadow: ShadowRecord | undefined } | null> {
  return guarded(async () => {
    const config = (await db.syncMeta.get('team'))?.value as { user?: unknown } | undefined;
    if (typeof config?.user !== 'string') return null;
    const clipping = await db.clippings.get(id);
    return { me: config.user, shadow: clipping?.uid ? await db.shadows.get(clipping.uid) : undefined };
  });
}
