// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { countClippings, listClippings, saveClipping } from '../../utils/store/clippings';
import { saveDesk } from '../../utils/store/desk';
import { countPending } from '../../utils/store/team-sync';
import { pullAll } from '../../utils/sync/sync-io';
import { richClipping } from '../store/library-fixtures';
import type { CouchServer } from './couch-server';
import { dropLibraries, editor, makeTeam, startTeamServer } from './team-fixtures';

let server: CouchServer;
let teams = 0;
async function team() {
  const name = `initial-${++teams}`;
  await makeTeam(server, name);
  return name;
}
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
// Real server round trips: generous on a loaded machine.
vi.setConfig({ testTimeout: 90_000 });
afterAll(async () => {
  await dropLibraries();
  await server.stop();
});

/** The `since` of every changes-feed request an editor's client makes. */
function feedRequests() {
  const since: string[] = [];
  const fetcher: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('/_changes')) since.push(url.searchParams.get('since') ?? '');
    return fetch(input, init);
  };
  return { since, fetcher };
}

describe('initial sync, page by page', () => {
  test('pages read ahead: every clipping arrives once; stopped after a page, the next sync resumes from its checkpoint', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    for (let i = 0; i < 12; i++)
      await saveClipping(sam.db, richClipping({ day: 1 + i, url: `https://news.example.test/page/${i}` }));
    await sam.engine.syncOnce();

    const { since, fetcher } = feedRequests();
    const alex = await editor(server, name, 'alex', fetcher);
    let pages = 0;
    const first = await pullAll(alex.ctx, { pageSize: 5, onPage: () => pages++, going: () => pages < 1 });
    // One page of five changes (the team's design document is one of the feed's changes).
    expect(first).toBe(5);
    const afterFirst = await countClippings(alex.db);
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(12);
    expect(since[0]).toBe('0');

    since.length = 0;
    const rest = await pullAll(alex.ctx, { pageSize: 5 });
    expect(rest).toBeGreaterThanOrEqual(12 - afterFirst);
    // Resumed from the checkpoint the first page left, not from the start.
    expect(since[0]).not.toBe('0');
    const uids = (await listClippings(alex.db, { limit: 50 })).map((c) => c.uid);
    expect(uids).toHaveLength(12);
    expect(new Set(uids).size).toBe(12);
    const sent = (await listClippings(sam.db, { limit: 50 })).map((c) => c.uid);
    expect(new Set(uids)).toEqual(new Set(sent));
    // What came from the team is not queued to be sent back.
    expect(await countPending(alex.db)).toBe(0);
  });

  test('a colleague’s flag change is taken without sanitizing the article again; a changed article is sanitized', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    const alex = await editor(server, name, 'alex');
    const id = await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    const cleaned: string[] = [];
    const clean = alex.ctx.clean;
    alex.ctx.clean = (html, baseUrl) => {
      cleaned.push(html);
      return clean(html, baseUrl);
    };
    await alex.engine.syncOnce();
    expect(cleaned).toHaveLength(1);

    const [copy] = await listClippings(sam.db);
    const flag = copy!.flags[0]!;
    const changed = {
      ...flag,
      status: 'disputed' as const,
      note: 'Transcript differs',
      updatedAt: new Date().toISOString(),
    };
    await saveDesk(sam.db, '', { flags: [changed], annotations: copy!.annotations }, new Date(), id);
    await sam.engine.syncOnce();
    cleaned.length = 0;
    await alex.engine.syncOnce();
    const [theirs] = await listClippings(alex.db);
    expect(theirs!.flags.find((f) => f.findingId === flag.findingId)).toMatchObject({
      status: 'disputed',
      note: 'Transcript differs',
    });
    expect(cleaned).toHaveLength(0);
  });
});
