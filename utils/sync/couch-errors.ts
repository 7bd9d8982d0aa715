/**
 * What can go wrong talking to a team server, in words an editor can act on. The CLI
 * prints `message` as its one stderr line; the panel shows it under the team settings.
 * No message ever holds a password or a session cookie.
 */

export type CouchErrorCode =
  | 'wrong-password'
  | 'sign-in-needed'
  | 'no-access'
  | 'unreachable'
  | 'not-couchdb'
  | 'no-database'
  | 'rejected'
  | 'conflict'
  | 'server';

export class CouchError extends Error {
  readonly code: CouchErrorCode;
  constructor(code: CouchErrorCode, message: string) {
    super(message);
    this.name = 'CouchError';
    this.code = code;
  }
}

/** The error for a failed response (`reason` is the server's own words, if any). */
export function errorForStatus(status: number, reason: string, what: string): CouchError {
  if (status === 401) return new CouchError('sign-in-needed', `Sign-in needed: the server asks who you are (${what})`);
  if (status === 403) {
    return reason && !/admin|member|access|permission|not allowed|unauthori[sz]ed/i.test(reason)
      ? new CouchError('rejected', `The server refused it: ${reason}`)
      : new CouchError('no-access', `No access: you are not a member of this team database (${what})`);
  }
  if (status === 404) return new CouchError('no-database', `No such team database on the server (${what})`);
  if (status === 409) return new CouchError('conflict', `Someone changed it meanwhile (${what})`);
  return new CouchError('server', `The server failed (${status}${reason ? `: ${reason}` : ''}) (${what})`);
}

/** Whether an error means the server could not be reached (so sync waits and retries). */
export function isOffline(error: unknown): boolean {
  return error instanceof CouchError && error.code === 'unreachable';
}
