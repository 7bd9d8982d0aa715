/**
 * Sending and receiving, one batch at a time. Pushing sends the outbox with each
 * document's last known revision, so CouchDB refuses (409) a write made against an old
 * copy; the refused ones are fetched, merged (decide.ts) and sent again. Pulling reads
 * the changes feed from the saved checkpoint; a document CouchDB holds in conflict (two
 * revisions written apart, as replication can) has all its revisions merged into one and
 * the others deleted, in one write: no revision is dropped unread.
 */
import type { CopydeskDb } from '../store/schema';
import { applyFromTeam, getSyncMeta, heldHtml, loadPending, markPushed, setSyncMeta } from '../store/team-sync';
import type { ShadowRecord } from '../store/sync-records';
import { CouchError } from './couch-errors';
import { decide, shadowOf, type DecideContext, type Remote } from './decide';
import { mergeShared } from './merge';
import { sharedFromLocal } from './shared';
import { DOC_TYPE, docFor, docId, readDoc, uidOfDocId, type ClippingDoc, type TombstoneDoc } from './team-doc';
import type { BulkResult, ChangesPage, TeamDb } from './team-db';

/** Everything a sync step needs. */
export type SyncContext = {
  db: CopydeskDb;
  team: TeamDb;
  me: string;
  /** Sanitizes article HTML from the server (utils/sanitize.ts bound to a window). */
  clean: (html: string, baseUrl: string | null) => string;
  now: () => Date;
  /** A message for the editor: a merge that kept a deleted copy, a document refused. */
  say: (notice: string) => void;
};

/** @default 100 documents a push. */
export const PUSH_BATCH = 100;
/** @default 500 changes a pull (about 15 MB of realistic clippings). */
export const PULL_BATCH = 500;

const CHECKPOINT = 'since';

function decideContext(ctx: SyncContext): DecideContext {
  return { me: ctx.me, now: ctx.now(), say: ctx.say };
}

/** A server document (or tombstone, or nothing) as a Remote; null when unreadable. */
async function remoteOf(
  ctx: SyncContext,
  id: string,
  rev: string,
  deleted: boolean,
  raw: unknown,
): Promise<Remote | null> {
  const uid = uidOfDocId(id);
  if (!uid) return null;
  if (deleted) {
    // `_all_docs` gives no body for a tombstone; the revision itself says who deleted it.
    const given = raw as { changedBy?: unknown } | null;
    const tombstone = typeof given?.changedBy === 'string' ? given : await ctx.team.revision(id, rev).catch(() => null);
    const body = (tombstone ?? {}) as { changedBy?: unknown; changedAt?: unknown };
    const by = typeof body.changedBy === 'string' ? body.changedBy : 'someone';
    const at = typeof body.changedAt === 'string' ? body.changedAt : '';
    return { uid, kind: 'deleted', rev, by, at };
  }
  const read = readDoc(raw, ctx.clean);
  if (!read.ok) {
    ctx.say(`A document from the server was not taken (${id}): ${read.problem}`);
    return null;
  }
  return { uid, kind: 'doc', rev, doc: read.doc, clipping: { ...read.clipping, uid } };
}

/** Sends up to one batch of waiting changes; returns how many were sent or settled. */
export async function pushBatch(ctx: SyncContext): Promise<number> {
  const pending = await loadPending(ctx.db, PUSH_BATCH);
  if (!pending.length) return 0;
  const at = ctx.now().toISOString();
  const docs: Array<ClippingDoc | TombstoneDoc> = [];
  const sent: Array<{ uid: string; token: string; shadow: ShadowRecord | null; doc?: ClippingDoc }> = [];
  const settled: Array<{ uid: string; token: string; shadow: ShadowRecord | null }> = [];
  for (const { outbox, clipping, shadow, previousUid } of pending) {
    const { uid, token } = outbox;
    if (outbox.deleted || !clipping) {
      // Never shared, or deleted there too: nothing to say to the server.
      if (!shadow || shadow.deleted) settled.push({ uid, token, shadow: null });
      else {
        docs.push({
          _id: docId(uid),
          _rev: shadow.rev,
          _deleted: true,
          type: DOC_TYPE,
          uid,
          changedBy: ctx.me,
          changedAt: at,
        });
        sent.push({ uid, token, shadow: { ...shadow, deleted: true, changedBy: ctx.me, changedAt: at } });
      }
      continue;
    }
    const base = shadow && !shadow.deleted ? shadow.shared : null;
    const shared = sharedFromLocal(clipping, base, ctx.me);
    shared.history = [...shared.history, ...(shadow?.pendingHistory ?? [])];
    // A tombstone is recreated without a revision (CouchDB starts the document again).
    const rev = shadow && !shadow.deleted ? shadow.rev : undefined;
    const doc = docFor(clipping, shared, { previousUid, by: ctx.me, at, rev });
    docs.push(doc);
    sent.push({ uid, token, shadow: null, doc });
  }
  await markPushed(ctx.db, settled);
  if (!docs.length) return settled.length;

  const results = await ctx.team.bulkDocs(docs);
  const byId = new Map(results.map((r) => [r.id, r]));
  const accepted: typeof settled = [];
  const conflicts: string[] = [];
  for (const item of sent) {
    const result: BulkResult | undefined = byId.get(docId(item.uid));
    if (result?.ok && result.rev) {
      const shadow = item.doc ? shadowOf(item.doc, result.rev) : { ...item.shadow!, rev: result.rev };
      accepted.push({ uid: item.uid, token: item.token, shadow });
    } else if (result?.error === 'conflict') conflicts.push(docId(item.uid));
    else if (result?.error === 'unauthorized' || result?.error === 'forbidden') {
      // Refused by the team's rules: said once, and not sent again until it changes.
      if (/member|not allowed|unauthori/i.test(result.reason ?? '') || result.error === 'unauthorized')
        throw new CouchError('no-access', `No access: ${ctx.me} may not write to ${ctx.team.name}`);
      ctx.say(`The server refused a clipping: ${result.reason ?? result.error}`);
      accepted.push({ uid: item.uid, token: item.token, shadow: null });
    }
  }
  await markPushed(ctx.db, accepted);
  if (conflicts.length) await fetchAndApply(ctx, conflicts);
  return settled.length + accepted.length + conflicts.length;
}

/** Reads documents' current revisions and applies them (after a refused push). */
async function fetchAndApply(ctx: SyncContext, ids: readonly string[]): Promise<void> {
  const rows = await ctx.team.allDocs(ids);
  const remotes: Remote[] = [];
  for (const row of rows) {
    if (!row.value) continue;
    const doc = row.doc && !row.value.deleted ? await resolveConflicts(ctx, row.doc) : row.doc;
    const rev = row.value.deleted ? row.value.rev : ((doc as { _rev?: string })?._rev ?? row.value.rev);
    const remote = await remoteOf(ctx, row.key, rev, !!row.value.deleted, doc);
    if (remote) remotes.push(remote);
  }
  const context = decideContext(ctx);
  await applyFromTeam(ctx.db, remotes, (r, local) => decide(r, local, context));
}

/**
 * A document with `_conflicts`: every revision is read, their shared states merged into
 * the winner, and the losers deleted in the same write. Returns the merged document.
 */
async function resolveConflicts(ctx: SyncContext, raw: unknown): Promise<unknown> {
  const doc = raw as ClippingDoc;
  if (!doc?._conflicts?.length) return raw;
  const winner = readDoc(doc, (h) => h);
  if (!winner.ok) return raw;
  let shared = winner.doc.shared;
  let newest = winner.doc;
  for (const rev of doc._conflicts) {
    const other = readDoc(await ctx.team.revision(doc._id, rev), (h) => h);
    if (!other.ok) continue;
    shared = mergeShared(null, shared, other.doc.shared);
    if (other.doc.clipping.updatedAt > newest.clipping.updatedAt) newest = other.doc;
  }
  const { _conflicts: _c, ...rest } = winner.doc;
  const merged: ClippingDoc = {
    ...rest,
    clipping: newest.clipping,
    shared,
    changedBy: ctx.me,
    changedAt: ctx.now().toISOString(),
  };
  const losers = doc._conflicts.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  const results = await ctx.team.bulkDocs([merged, ...losers]);
  const rev = results[0]?.ok ? results[0].rev : undefined;
  // Someone else resolved it first: their resolution arrives through the feed.
  return rev ? { ...merged, _rev: rev } : raw;
}

/** One page of the changes feed after `since`; with `timeout` a long poll. */
async function fetchPage(ctx: SyncContext, since: unknown, size = PULL_BATCH, timeout?: number, signal?: AbortSignal) {
  return ctx.team.changes(since, size, timeout, signal);
}

/**
 * Applies one page of the changes feed and moves the checkpoint past it. An article whose
 * HTML is what the library already holds for it (a colleague changed a flag, not the
 * article) is not sanitized again: the library only ever holds sanitized HTML.
 */
async function applyPage(ctx: SyncContext, page: ChangesPage): Promise<number> {
  const held = await heldHtml(
    ctx.db,
    page.results.flatMap((c) => {
      const uid = c.deleted ? null : uidOfDocId(c.id);
      return uid ? [uid] : [];
    }),
  );
  const remotes: Remote[] = [];
  for (const change of page.results) {
    const rev = (change.doc as { _rev?: string } | undefined)?._rev ?? change.changes[0]?.rev;
    const uid = uidOfDocId(change.id);
    if (!rev || !uid) continue;
    // Some servers leave `_conflicts` out of the feed's documents; several leaves say it too.
    const listed = (change.doc as { _conflicts?: unknown } | undefined)?._conflicts;
    const raw =
      !change.deleted && change.changes.length > 1 && !listed ? await ctx.team.withConflicts(change.id) : change.doc;
    const doc = change.deleted ? change.doc : await resolveConflicts(ctx, raw);
    const known = held.get(uid);
    const clean = (html: string, baseUrl: string | null) => (html === known ? html : ctx.clean(html, baseUrl));
    const remote = await remoteOf(
      { ...ctx, clean },
      change.id,
      (doc as { _rev?: string })?._rev ?? rev,
      !!change.deleted,
      doc,
    );
    if (remote) remotes.push(remote);
  }
  const context = decideContext(ctx);
  await applyFromTeam(ctx.db, remotes, (r, local) => decide(r, local, context));
  await setSyncMeta(ctx.db, CHECKPOINT, page.last_seq);
  return page.results.length;
}

/**
 * Reads one page of the changes feed after the checkpoint, applies it, and moves the
 * checkpoint. With `timeout` it waits (long poll) for a change. Returns how many arrived.
 */
export async function pullBatch(ctx: SyncContext, timeout?: number, signal?: AbortSignal): Promise<number> {
  const since = (await getSyncMeta<unknown>(ctx.db, CHECKPOINT)) ?? 0;
  return applyPage(ctx, await fetchPage(ctx, since, PULL_BATCH, timeout, signal));
}

export type PullOptions = {
  /** Told how many changes each page brought, once it is written. */
  onPage?: (count: number) => void;
  /** Asked before each page: false stops there (the pages written stay written). */
  going?: () => boolean;
  /** @default PULL_BATCH */
  pageSize?: number;
};

/**
 * Reads every change after the checkpoint without waiting, page by page; the server reads
 * and sends the next page while this one is checked and written (initial sync of a big
 * library is as much the server's time as the library's). The checkpoint moves after each
 * page is written, so a stop halfway resumes from the last page written.
 * Returns the total.
 */
export async function pullAll(ctx: SyncContext, options: PullOptions = {}): Promise<number> {
  const { onPage = () => {}, going = () => true, pageSize = PULL_BATCH } = options;
  let page = await fetchPage(ctx, (await getSyncMeta<unknown>(ctx.db, CHECKPOINT)) ?? 0, pageSize);
  let total = 0;
  while (page.results.length) {
    if (!going()) return total;
    const next = fetchPage(ctx, page.last_seq, pageSize);
    // A failed read ahead is reported after this page is written, not as an unhandled rejection.
    next.catch(() => undefined);
    const count = await applyPage(ctx, page);
    total += count;
    onPage(count);
    page = await next;
  }
  return total;
}
