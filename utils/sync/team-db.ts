/**
 * One team's database on the server: the calls sync and the CLI make, with CouchDB's
 * answers turned into plain results. A refused request is told apart: a session that
 * ended ("sign-in needed") from a signed-in editor who is not a member ("no access").
 */
import { CouchClient, DB_NAME } from './couch-client';
import { CouchError } from './couch-errors';
import type { ClippingDoc, TombstoneDoc } from './team-doc';

/** One entry of the changes feed (include_docs). */
export type Change = { seq: unknown; id: string; deleted?: boolean; changes: Array<{ rev: string }>; doc?: unknown };

export type ChangesPage = { results: Change[]; last_seq: unknown; pending?: number };

/** One answer of `_bulk_docs`. */
export type BulkResult = { id: string; rev?: string; ok?: boolean; error?: string; reason?: string };

/** One row of `_all_docs` with keys and include_docs. */
export type DocRow = { key: string; value?: { rev: string; deleted?: boolean }; doc?: unknown; error?: string };

export class TeamDb {
  readonly client: CouchClient;
  readonly name: string;

  constructor(client: CouchClient, name: string) {
    if (!DB_NAME.test(name))
      throw new CouchError('no-database', `Not a CouchDB database name: ${JSON.stringify(name)} (lowercase, from a-z)`);
    this.client = client;
    this.name = name;
  }

  private path(rest: string): string {
    return `${encodeURIComponent(this.name)}${rest}`;
  }

  /** A request on the database; a 401 after sign-in is "no access", not "sign-in needed". */
  async call<T>(method: string, rest: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    try {
      return await this.client.request<T>(method, this.path(rest), body, { signal, what: this.name });
    } catch (error) {
      if (error instanceof CouchError && error.code === 'sign-in-needed') {
        const user = await this.client.currentUser().catch(() => null);
        if (user) throw new CouchError('no-access', `No access: ${user} is not a member of ${this.name}`);
      }
      throw error;
    }
  }

  /** Checks the editor may read the database (a member). */
  async checkAccess(): Promise<void> {
    await this.call('GET', '');
  }

  /** A page of the changes feed after `since`; `timeout` (ms) makes it a long poll. */
  changes(since: unknown, limit: number, timeout?: number, signal?: AbortSignal): Promise<ChangesPage> {
    const query = new URLSearchParams({
      since: String(since ?? 0),
      limit: String(limit),
      include_docs: 'true',
      conflicts: 'true',
      // Every leaf revision: more than one means CouchDB holds the document in conflict.
      style: 'all_docs',
    });
    if (timeout !== undefined) {
      query.set('feed', 'longpoll');
      query.set('timeout', String(timeout));
    }
    return this.call<ChangesPage>('GET', `/_changes?${query}`, undefined, signal);
  }

  /** Writes documents; each gets its own answer (a conflict on one does not stop the others). */
  bulkDocs(docs: ReadonlyArray<ClippingDoc | TombstoneDoc | Record<string, unknown>>): Promise<BulkResult[]> {
    return this.call<BulkResult[]>('POST', '/_bulk_docs', { docs });
  }

  /** The current revision of each id (deleted ones too), with conflicts listed. */
  async allDocs(ids: readonly string[]): Promise<DocRow[]> {
    const out = await this.call<{ rows: DocRow[] }>('POST', '/_all_docs?include_docs=true&conflicts=true', {
      keys: ids,
    });
    return out.rows;
  }

  /** A document's winning revision with its conflicts listed. */
  withConflicts(id: string): Promise<unknown> {
    return this.call('GET', `/${encodeURIComponent(id)}?conflicts=true`);
  }

  /** One revision of a document. */
  revision(id: string, rev: string): Promise<unknown> {
    return this.call('GET', `/${encodeURIComponent(id)}?rev=${encodeURIComponent(rev)}`);
  }

  /** Every live document (for the export), a page at a time. */
  async *allLiveDocs(pageSize = 200): AsyncGenerator<unknown[]> {
    let startkey: string | null = null;
    for (;;) {
      const query = new URLSearchParams({ include_docs: 'true', limit: String(pageSize + 1) });
      if (startkey !== null) query.set('startkey', JSON.stringify(startkey));
      const page = await this.call<{ rows: Array<{ id: string; doc?: unknown }> }>('GET', `/_all_docs?${query}`);
      const rows = page.rows.slice(0, pageSize);
      yield rows.map((r) => r.doc).filter((d) => d !== undefined);
      if (page.rows.length <= pageSize) return;
      startkey = page.rows[pageSize]!.id;
    }
  }
}
