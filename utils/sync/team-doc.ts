/**
 * A clipping as the team server holds it: one CouchDB document per clipping, named by
 * its uid, holding the article (`clipping`), the shared state and who changed it last.
 * A delete is a CouchDB tombstone that still says who deleted it. Documents from the
 * server are hostile input: each is checked field by field and its HTML sanitized again
 * before it reaches the library.
 */
import * as v from 'valibot';
import { annotation, flag, timestamp } from '../store/finding-schema';
import { readClipping } from '../store/record-schema';
import type { Clipping } from '../store/schema';
import type { HistoryEntry, SharedState } from './shared';

/** The `type` every Copydesk document carries; the server's validation checks it. */
export const DOC_TYPE = 'copydesk-clipping';

/** The document format; a newer one is left alone by this release. */
export const DOC_FORMAT = 1;

/** The article part of a shared clipping: every stored field but the library's own. */
export type SharedArticle = Omit<Clipping, 'id' | 'previousId' | 'uid' | 'tags' | 'flags' | 'annotations' | 'note'>;

export type ClippingDoc = {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  type: typeof DOC_TYPE;
  format: typeof DOC_FORMAT;
  uid: string;
  previousUid: string | null;
  changedBy: string;
  /** ISO 8601. */
  changedAt: string;
  clipping: SharedArticle;
  shared: SharedState;
};

export type TombstoneDoc = {
  _id: string;
  _rev?: string;
  _deleted: true;
  type: typeof DOC_TYPE;
  uid: string;
  changedBy: string;
  changedAt: string;
};

/** A uid as Copydesk makes them (a UUID); anything else is refused. */
export const UID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The document id of a clipping. */
export function docId(uid: string): string {
  return `clipping:${uid}`;
}

/** The uid a document id names, or null when it is not a clipping's. */
export function uidOfDocId(id: string): string | null {
  const uid = id.startsWith('clipping:') ? id.slice('clipping:'.length) : '';
  return UID_PATTERN.test(uid) ? uid : null;
}

const name = v.string();
const history = v.variant('kind', [
  v.object({
    kind: v.literal('flag'),
    findingId: v.string(),
    status: v.picklist(['unchecked', 'verified', 'disputed', 'needs-source']),
    note: v.string(),
    speaker: v.optional(v.string()),
    by: name,
    at: v.string(),
  }),
  v.object({ kind: v.literal('note'), note: v.string(), by: name, at: v.string() }),
  v.object({ kind: v.literal('kept'), text: v.string(), by: name, at: v.string() }),
]);
const sharedSchema = v.object({
  tags: v.array(v.string()),
  flags: v.array(v.intersect([flag, v.object({ by: name })])),
  annotations: v.array(annotation),
  note: v.string(),
  noteBy: name,
  noteAt: v.string(),
  history: v.array(history),
});
const envelope = v.object({
  _id: v.string(),
  _rev: v.string(),
  type: v.literal(DOC_TYPE),
  format: v.literal(DOC_FORMAT),
  uid: v.pipe(v.string(), v.regex(UID_PATTERN)),
  previousUid: v.nullable(v.pipe(v.string(), v.regex(UID_PATTERN))),
  changedBy: name,
  changedAt: timestamp,
  clipping: v.record(v.string(), v.unknown()),
  shared: sharedSchema,
});

/** A document read from the server, checked: the clipping as the store would keep it, or why not. */
export type ReadDoc =
  { ok: true; doc: ClippingDoc; clipping: Clipping } | { ok: false; uid: string | null; problem: string };

/**
 * Checks a server document as the store checks a backup, and sanitizes its HTML with `clean`
 * (the article HTML is rendered in the panel). The clipping comes back without a local id.
 */
export function readDoc(raw: unknown, clean: (html: string, baseUrl: string | null) => string): ReadDoc {
  const id = typeof (raw as { _id?: unknown })?._id === 'string' ? (raw as { _id: string })._id : '';
  const parsed = v.safeParse(envelope, raw);
  if (!parsed.success || docId(parsed.output.uid) !== id) {
    const issue = parsed.success ? 'its id does not match its uid' : parsed.issues[0].message;
    return { ok: false, uid: uidOfDocId(id), problem: `not a Copydesk clipping (${issue})` };
  }
  const doc = parsed.output as unknown as ClippingDoc;
  const { shared } = doc;
  const record = readClipping({
    ...doc.clipping,
    tags: shared.tags,
    flags: shared.flags.map(({ by: _by, ...f }) => f),
    annotations: shared.annotations,
    note: shared.note,
    uid: doc.uid,
  });
  if (!record.ok) return { ok: false, uid: doc.uid, problem: record.problem };
  const { id: _id, previousId: _p, ...clipping } = record.value;
  return { ok: true, doc, clipping: { ...clipping, html: clean(clipping.html, clipping.url || null), uid: doc.uid } };
}

/** The document for a local clipping and its shared state. */
export function docFor(
  clipping: Clipping,
  shared: SharedState,
  meta: { previousUid: string | null; by: string; at: string; rev?: string },
): ClippingDoc {
  const { id: _id, previousId: _p, uid, tags: _t, flags: _f, annotations: _a, note: _n, ...article } = clipping;
  if (!uid) throw new Error('A clipping without a uid cannot be shared');
  return {
    _id: docId(uid),
    ...(meta.rev ? { _rev: meta.rev } : {}),
    type: DOC_TYPE,
    format: DOC_FORMAT,
    uid,
    previousUid: meta.previousUid,
    changedBy: meta.by,
    changedAt: meta.at,
    clipping: article,
    shared,
  };
}

/** A note in the history that a delete met an edit and the edited copy was kept. */
export function keptEntry(deletedBy: string, editedBy: string, at: string): HistoryEntry {
  return {
    kind: 'kept',
    text: `Deleted by ${deletedBy} while ${editedBy} edited it: the edited copy is kept`,
    by: editedBy,
    at,
  };
}
