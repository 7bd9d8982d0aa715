/**
 * The rows team sync keeps beside the library (schema v6). The outbox says what changed
 * here since the server last heard; a shadow is the server's copy as last agreed, the
 * base every three-way merge starts from (utils/sync/merge.ts).
 */
import type { HistoryEntry, SharedState } from '../sync/shared';

/** A clipping changed in this library and not yet accepted by the team server. */
export type OutboxRecord = {
  uid: string;
  /** Renewed on every local write: a push clears the row only if no write came after it. */
  token: string;
  /** The change was a delete. */
  deleted: boolean;
};

/** The last server revision of a clipping this library has merged, without its article. */
export type ShadowRecord = {
  uid: string;
  /** CouchDB `_rev` of that revision. */
  rev: string;
  /** The revision is a delete (a tombstone). */
  deleted: boolean;
  previousUid: string | null;
  title: string;
  changedBy: string;
  /** ISO 8601. */
  changedAt: string;
  shared: SharedState;
  /** History a local merge added that the server has not had yet; sent with the next push. */
  pendingHistory?: HistoryEntry[];
};

/** One setting or checkpoint of team sync. */
export type SyncMetaRecord = { key: string; value: unknown };
