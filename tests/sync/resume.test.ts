// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countClippings, listClippings, saveClipping } from '../../utils/store/clippings';
import { saveDesk } from '../../utils/store/desk';
import { countPending } from '../../utils/store/team-sync';
import { PUSH_BATCH } from '../../utils/sync/sync-io';
import type { SyncStatus } from '../../utils/sync/engine';
import { richClipping } from '../store/library-fixtures';
import { asAdmin, type CouchServer } from './couch-server';
import { dropLibraries, editor, makeTeam, startTeamServer } from './team-fixtures';

let server: CouchServer;
let teams = 0;
async function team() {
  const name = `resume-${++teams}`;
  await makeTeam(server, name);
  return name;
}
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(async () => {
  await dropLibraries();
  await server.stop();
});

/** Counts the requests an editor's client makes, by path. */
function counting() {
  const paths: string[] = [];
  const fetcher: typeof fetch = (input, init) => {
    paths.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
    return fetch(input, init);
  };
  return { paths, fetcher };
}

const many = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) =>
    richClipping({ day: 1 + (i % 28), url: `https://news.example.test/${prefix}/${i}` }),
  );

// Each test starts editors and a team on a real server: on a loaded machine that takes a while.
describe('offline first: a checkpoint, no re-sending, nothing lost when the server dies', { timeout: 90_000 }, () => {
  test('after a restart sync sends only what changed since, and reads the feed from its checkpoint', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    for (const c of many(5, 'r')) await saveClipping(sam.db, c);
    await sam.engine.syncOnce();
    // The panel closes and opens again: a new client and engine over the same library.
    const { paths, fetcher } = counting();
    const again = await editor(server, name, 'sam', fetcher);
    const { ctx } = again;
    const reopened = { ...ctx, db: sam.db };
    const { SyncEngine } = await import('../../utils/sync/engine');
    const [first] = await listClippings(sam.db);
    await saveDesk(sam.db, '', { flags: [], annotations: [] }, new Date(), first!.id);
    paths.length = 0;
    await new SyncEngine(reopened).syncOnce();
    const bulk = paths.filter((p) => p.endsWith('/_bulk_docs'));
    expect(bulk).toHaveLength(1);
    // The feed is asked from the checkpoint: only the one change comes back (sam's own, skipped).
    const docs = (await (await asAdmin(server, 'GET', `${name}/_all_docs`)).json()) as { rows: unknown[] };
    expect(docs.rows).toHaveLength(6); // 5 clippings + the design document
    expect(await countPending(sam.db)).toBe(0);
  });

  test('the server killed mid-sync and started again: nothing lost, nothing duplicated', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    const total = PUSH_BATCH + 20;
    for (const c of many(total, 'k')) await saveClipping(sam.db, c);
    const statuses: SyncStatus[] = [];
    const { SyncEngine } = await import('../../utils/sync/engine');
    const engine = new SyncEngine(sam.ctx, { retryDelay: 200, pollTimeout: 1000, onStatus: (s) => statuses.push(s) });
    engine.start();
    // Kill as soon as the first batch is in.
    for (let i = 0; i < 200 && (await countPending(sam.db)) === total; i++) await new Promise((r) => setTimeout(r, 20));
    await server.kill();
    const left = await countPending(sam.db);
    expect(left).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 600));
    expect(statuses.some((s) => s.state === 'offline')).toBe(true);
    await server.start();
    for (let i = 0; i < 300 && ((await countPending(sam.db)) > 0 || statuses.at(-1)?.state !== 'synced'); i++)
      await new Promise((r) => setTimeout(r, 50));
    await engine.stop();
    expect(await countPending(sam.db)).toBe(0);
    const alex = await editor(server, name, 'alex');
    await alex.engine.syncOnce();
    expect(await countClippings(alex.db)).toBe(total);
    const uids = (await listClippings(alex.db, { limit: total })).map((c) => c.uid);
    expect(new Set(uids).size).toBe(total);
    expect(await countClippings(sam.db)).toBe(total);
  });

  test('live: a colleague’s change reaches an open panel’s library within two seconds', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    const alex = await editor(server, name, 'alex');
    let applied = 0;
    const { SyncEngine } = await import('../../utils/sync/engine');
    const live = new SyncEngine(alex.ctx, { pollTimeout: 10_000, onApplied: (n) => (applied += n) });
    live.start();
    await new Promise((r) => setTimeout(r, 300));
    await saveClipping(sam.db, richClipping({ url: 'https://news.example.test/live' }));
    await sam.engine.syncOnce();
    // From the moment the server has it to the moment alex's library does.
    const started = Date.now();
    while (!(await countClippings(alex.db)) && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 20));
    const took = Date.now() - started;
    await live.stop();
    expect(await countClippings(alex.db)).toBe(1);
    expect(applied).toBeGreaterThan(0);
    expect(took).toBeLessThan(2000);
  });
});
