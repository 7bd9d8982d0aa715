/**
 * `npm run bench:sync`: team sync against PouchDB Server on 127.0.0.1, in Node with the
 * extension's own store over fake-indexeddb (no browser: the numbers are the sync's and
 * the server's; IndexedDB in Chromium writes faster than fake-indexeddb). Prints JSON:
 * - initial sync of N realistic clippings (bench/library-data.ts, ~29 kB each) into an
 *   empty library (target: 10,000 under 60 s);
 * - one change by a colleague reaching a library whose sync is running (p95, target 2 s);
 * - saving a clipping with sync running and without (p95, target 20 ms).
 * `--count N` (default 10000), `--changes N` (default 20), `--saves N` (default 100).
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../utils/sanitize';
import { countClippings, openLibrary, saveClipping } from '../utils/store/clippings';
import { saveDesk } from '../utils/store/desk';
import type { CopydeskDb } from '../utils/store/schema';
import { newUid } from '../utils/store/schema';
import { CouchClient } from '../utils/sync/couch-client';
import { SyncEngine } from '../utils/sync/engine';
import { sharedFromLocal } from '../utils/sync/shared';
import type { SyncContext } from '../utils/sync/sync-io';
import { TeamDb } from '../utils/sync/team-db';
import { docFor } from '../utils/sync/team-doc';
import { asAdmin } from '../tests/sync/couch-server';
import { makeTeam, PASSWORDS, startTeamServer } from '../tests/sync/team-fixtures';
import { syntheticClipping } from './library-data';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    changes: { type: 'string', default: '20' },
    saves: { type: 'string', default: '100' },
  },
});
const COUNT = Number(values.count);
const CHANGES = Number(values.changes);
const SAVES = Number(values.saves);

const win = new JSDOM('').window as unknown as Window;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

const server = await startTeamServer();
try {
  await makeTeam(server, 'bench');
  let libraries = 0;
  // Time spent sanitizing server HTML: jsdom's DOM in Node, the browser's own in the panel.
  let sanitizing = 0;
  // Time the changes feed takes to answer (the server reading and sending its documents).
  let feeding = 0;
  let writing = 0;
  const editor = async (name: string, options: ConstructorParameters<typeof SyncEngine>[1] = {}) => {
    const db = openLibrary(`bench-sync-${++libraries}`);
    const client = new CouchClient(server.url, { ownCookies: true });
    await client.signIn(name, PASSWORDS[name]!);
    const ctx: SyncContext = {
      db,
      team: new TeamDb(client, 'bench'),
      me: name,
      clean: (html, baseUrl) => {
        const s = performance.now();
        const out = sanitizeHtml(html, win, { baseUrl });
        sanitizing += performance.now() - s;
        return out;
      },
      now: () => new Date(),
      say: () => undefined,
    };
    // Time spent writing what arrived into the library (its read-write transactions).
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    (db as { transaction: unknown }).transaction = async (...args: unknown[]) => {
      const s = performance.now();
      try {
        return await transaction(...args);
      } finally {
        if (args[0] === 'rw') writing += performance.now() - s;
      }
    };
    const changes = ctx.team.changes.bind(ctx.team);
    ctx.team.changes = async (...args) => {
      const s = performance.now();
      try {
        return await changes(...args);
      } finally {
        feeding += performance.now() - s;
      }
    };
    return { db, ctx, engine: new SyncEngine(ctx, { pollTimeout: 10_000, ...options }) };
  };

  // The team library, written straight to the server in bulk (as sam's documents).
  const seedStart = performance.now();
  for (let i = 0; i < COUNT; i += 100) {
    const docs = [];
    for (let n = i; n < Math.min(i + 100, COUNT); n++) {
      const clipping = { ...syntheticClipping(n), uid: newUid() };
      const shared = sharedFromLocal(clipping, null, 'sam');
      docs.push(docFor(clipping, shared, { previousUid: null, by: 'sam', at: new Date().toISOString() }));
    }
    const res = await asAdmin(server, 'POST', 'bench/_bulk_docs', { docs });
    if (!res.ok) throw new Error(`seeding failed: ${res.status}`);
  }
  const seeded = performance.now() - seedStart;

  // 1. Initial sync into an empty library.
  const alex = await editor('alex');
  const t0 = performance.now();
  sanitizing = 0;
  feeding = 0;
  writing = 0;
  await alex.engine.syncOnce();
  const initial = performance.now() - t0;
  const initialSanitize = sanitizing;
  const initialFeed = feeding;
  const initialWrite = writing;
  const received = await countClippings(alex.db);

  // 2. A colleague's change reaching a running sync.
  let applied = 0;
  const watcher = await editor('alex', { onApplied: (n) => (applied += n) });
  await watcher.engine.syncOnce();
  watcher.engine.start();
  const sam = await editor('sam');
  const id = await saveClipping(sam.db, syntheticClipping(COUNT + 1));
  await sam.engine.syncOnce();
  const [first] = await sam.db.clippings.where('id').equals(id).toArray();
  const latency: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const before = applied;
    const flags = first!.flags.map((f) => ({ ...f, note: `check ${i}`, updatedAt: new Date().toISOString() }));
    await saveDesk(sam.db, '', { flags, annotations: first!.annotations }, new Date(), id);
    const start = performance.now();
    await sam.engine.syncOnce();
    while (applied === before && performance.now() - start < 10_000) await new Promise((r) => setTimeout(r, 5));
    latency.push(performance.now() - start);
  }
  await watcher.engine.stop();

  // 3. Save time with and without sync running.
  const saveTimes = async (db: CopydeskDb, offset: number) => {
    const times: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const clipping = syntheticClipping(offset + i);
      const s = performance.now();
      await saveClipping(db, clipping);
      times.push(performance.now() - s);
    }
    return times;
  };
  const quiet = await editor('sam');
  const without = await saveTimes(quiet.db, 200_000);
  const busy = await editor('sam');
  busy.engine.start();
  const withSync = await saveTimes(busy.db, 300_000);
  await busy.engine.stop();

  console.log(
    JSON.stringify(
      {
        clippings: COUNT,
        seedServerMs: Math.round(seeded),
        initialSync: {
          ms: Math.round(initial),
          received,
          perClippingMs: round(initial / Math.max(1, received)),
          sanitizeInJsdomMs: Math.round(initialSanitize),
          withoutSanitizeMs: Math.round(initial - initialSanitize),
          // The server's reading and sending of the feed, overlapped with the library's work.
          changesFeedMs: Math.round(initialFeed),
          localWriteMs: Math.round(initialWrite),
        },
        colleagueChange: { runs: CHANGES, p95Ms: round(p95(latency)), maxMs: round(Math.max(...latency)) },
        save: { runs: SAVES, p95WithoutSyncMs: round(p95(without)), p95WithSyncMs: round(p95(withSync)) },
      },
      null,
      2,
    ),
  );
} finally {
  await server.stop();
}
