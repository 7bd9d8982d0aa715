/**
 * PouchDB Server (CouchDB's HTTP API) on 127.0.0.1 and a free port, started and stopped
 * by the test itself. Data lives in a temporary folder, so a stop and a start keep it
 * (the "server killed mid-sync" tests). A server admin `admin` is made on first start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADMIN = { name: 'admin', password: 'admin-pass' };

const BIN = resolve('node_modules/pouchdb-server/bin/pouchdb-server');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export type CouchServer = {
  url: string;
  port: number;
  /** Kills the server (SIGKILL, as a crash would). */
  kill: () => Promise<void>;
  /** Starts it again on the same port and folder. */
  start: () => Promise<void>;
  /** Kills it and removes its folder. */
  stop: () => Promise<void>;
};

/** Admin basic-auth header for setting up users in tests. */
export function adminAuth(): string {
  return 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64');
}

/** Starts PouchDB Server; resolves when it answers. */
export async function startCouch(): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const start = async () => {
    child = spawn(process.execPath, [BIN, '--port', String(port), '--host', '127.0.0.1', '--dir', dir], {
      cwd: dir,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const response = await fetch(url);
        if (response.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((ok) => {
      running.once('exit', () => ok());
      running.kill('SIGKILL');
    });
  };
  await start();
  // Admin party until the first admin exists; afterwards the admin must sign in.
  const made = await fetch(`${url}/_config/admins/${ADMIN.name}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  });
  if (!made.ok && made.status !== 401) throw new Error(`could not make the admin: ${made.status}`);
  // A fixed cookie secret, as a CouchDB installation keeps one: sessions survive a restart.
  await asAdminAt(url, 'PUT', '_config/couch_httpd_auth/secret', 'copydesk-test-secret');
  return {
    url,
    port,
    kill,
    start,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes a CouchDB user (a row in `_users`). */
export async function addUser(server: CouchServer, name: string, password: string): Promise<void> {
  const response = await fetch(`${server.url}/_users/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: adminAuth() },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, type: 'user', roles: [] }),
  });
  if (!response.ok && response.status !== 409) throw new Error(`could not add ${name}: ${response.status}`);
}

/** A raw request as the admin (for hostile documents and checks behind the client's back). */
export async function asAdmin(server: CouchServer, method: string, path: string, body?: unknown): Promise<Response> {
  return asAdminAt(server.url, method, path, body);
}

function asAdminAt(url: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${url}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: adminAuth() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
