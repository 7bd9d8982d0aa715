/**
 * A team on a real PouchDB Server: the server, an admin-made team database with members
 * sam and alex (eve is a user, not a member), and a library per editor with its sync.
 */
import { Dexie } from 'dexie';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../utils/sanitize';
import { openLibrary } from '../../utils/store/clippings';
import type { CopydeskDb } from '../../utils/store/schema';
import { CouchClient } from '../../utils/sync/couch-client';
import { SyncEngine } from '../../utils/sync/engine';
import type { SyncContext } from '../../utils/sync/sync-io';
import { TeamDb } from '../../utils/sync/team-db';
import { setupTeam } from '../../utils/sync/team-setup';
import { addUser, ADMIN, startCouch, type CouchServer } from './couch-server';

export const PASSWORDS: Record<string, string> = { sam: 'sam-pass', alex: 'alex-pass', eve: 'eve-pass' };

/** Starts the server and makes the users (no team database yet). */
export async function startTeamServer(): Promise<CouchServer> {
  const server = await startCouch();
  for (const [name, password] of Object.entries(PASSWORDS)) await addUser(server, name, password);
  return server;
}

/** Creates (or updates) a team database with sam and alex as members. */
export async function makeTeam(server: CouchServer, db: string, members = ['sam', 'alex']): Promise<void> {
  const admin = new CouchClient(server.url, { ownCookies: true });
  await admin.signIn(ADMIN.name, ADMIN.password);
  await setupTeam(admin, db, ADMIN.name, members);
}

// The sync tests run in Node (real fetch); sanitizing needs a DOM window of its own.
const win = new JSDOM('').window as unknown as globalThis.Window;

let libraries = 0;
const opened: CopydeskDb[] = [];

/** An editor: a fresh library, signed in to the team, with a sync context and engine. */
export async function editor(server: CouchServer, team: string, name: string, fetcher?: typeof fetch) {
  const db = openLibrary(`copydesk-sync-${++libraries}-${name}`);
  opened.push(db);
  const client = new CouchClient(server.url, { ownCookies: true, fetch: fetcher });
  await client.signIn(name, PASSWORDS[name]!);
  const notices: string[] = [];
  const ctx: SyncContext = {
    db,
    team: new TeamDb(client, team),
    me: name,
    clean: (html) => sanitizeHtml(html, win),
    now: () => new Date(),
    say: (n) => notices.push(n),
  };
  return { db, client, ctx, notices, engine: new SyncEngine(ctx, { pollTimeout: 2000, retryDelay: 100 }) };
}

/** Closes and deletes every library the tests opened. */
export async function dropLibraries(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}
