/**
 * A small client for the parts of CouchDB's HTTP API team sync uses: `_session`,
 * `_changes`, `_all_docs`, `_bulk_docs`, documents, `_security`. Plain fetch, so it runs
 * in the panel and in Node alike. In a browser the session cookie lives in the browser's
 * cookie jar (`credentials: 'include'`); in Node the client keeps it and sends it itself.
 * The password is used once, for `_session`, and never kept.
 */
import { CouchError, errorForStatus } from './couch-errors';

export type Fetch = typeof fetch;

export type CouchClientOptions = {
  /** @default globalThis.fetch */
  fetch?: Fetch;
  /** Keep the session cookie in this object (Node); browsers keep it in their cookie jar. @default false */
  ownCookies?: boolean;
};

/** The server address as given, without a trailing slash: http(s) only, no credentials in it. */
export function serverUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new CouchError('unreachable', `Not a server address: ${JSON.stringify(input)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CouchError('unreachable', 'The server address must start with http:// or https://');
  if (url.username || url.password)
    throw new CouchError('unreachable', 'Give the name and password apart, not inside the address');
  return url.href.replace(/\/+$/, '');
}

/** CouchDB's rule for database names. */
export const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export class CouchClient {
  readonly server: string;
  private readonly fetcher: Fetch;
  private readonly ownCookies: boolean;
  private cookie: string | null = null;

  constructor(server: string, options: CouchClientOptions = {}) {
    this.server = serverUrl(server);
    this.fetcher = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.ownCookies = options.ownCookies ?? false;
  }

  /** One request; JSON in and out. Throws CouchError for every failure. */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    options: { signal?: AbortSignal; what?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    let response: Response;
    try {
      response = await this.fetcher(`${this.server}/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'include',
        signal: options.signal,
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new CouchError('unreachable', `Server unreachable: ${this.server}`);
    }
    const set = this.ownCookies ? response.headers.get('set-cookie') : null;
    const session = set?.match(/AuthSession=([^;]*)/);
    if (session) this.cookie = `AuthSession=${session[1]}`;
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      throw new CouchError('not-couchdb', `Not a CouchDB server: ${this.server} answered something else`);
    }
    if (!response.ok) {
      const reason = String((json as { reason?: unknown } | null)?.reason ?? '');
      throw errorForStatus(response.status, reason, options.what ?? `${method} ${path.split('?')[0]}`);
    }
    return json as T;
  }

  /** Checks that the server speaks CouchDB's API (CouchDB, or a compatible server). */
  async checkServer(): Promise<void> {
    const hello = await this.request<Record<string, unknown> | null>('GET', '', undefined, { what: 'the server' });
    if (!hello || typeof hello !== 'object' || !('couchdb' in hello || 'express-pouchdb' in hello || 'vendor' in hello))
      throw new CouchError('not-couchdb', `Not a CouchDB server: ${this.server}`);
  }

  /** Signs in through `_session`; returns the name the server knows. A wrong password says so. */
  async signIn(name: string, password: string): Promise<string> {
    await this.checkServer();
    try {
      const out = await this.request<{ ok?: boolean; name?: string | null }>(
        'POST',
        '_session',
        { name, password },
        { what: 'sign-in' },
      );
      return out.name ?? name;
    } catch (error) {
      if (error instanceof CouchError && error.code === 'sign-in-needed')
        throw new CouchError('wrong-password', `Wrong name or password for ${name}`);
      throw error;
    }
  }

  /** The signed-in user's name, or null when the session has ended. */
  async currentUser(): Promise<string | null> {
    const out = await this.request<{ userCtx?: { name?: string | null } }>('GET', '_session');
    return out.userCtx?.name ?? null;
  }

  /** Ends the session (the cookie is cleared by the server). */
  async signOut(): Promise<void> {
    await this.request('DELETE', '_session').catch(() => undefined);
    this.cookie = null;
  }
}
