// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { listClippings, saveClipping } from '../../utils/store/clippings';
import { countPending } from '../../utils/store/team-sync';
import { CouchClient } from '../../utils/sync/couch-client';
import { CouchError } from '../../utils/sync/couch-errors';
import { TeamDb } from '../../utils/sync/team-db';
import { docId } from '../../utils/sync/team-doc';
import { richClipping } from '../store/library-fixtures';
import { asAdmin, type CouchServer } from './couch-server';
import { dropLibraries, editor, makeTeam, PASSWORDS, startTeamServer } from './team-fixtures';

let server: CouchServer;
let teams = 0;
async function team() {
  const name = `rules-${++teams}`;
  await makeTeam(server, name);
  return name;
}

beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
// Real server round trips: generous on a loaded machine (each test still checks its own bounds).
vi.setConfig({ testTimeout: 90_000 });
afterAll(async () => {
  await dropLibraries();
  await server.stop();
});

/** A member's raw document from the server. */
async function serverDoc(name: string, uid: string) {
  return (await (await asAdmin(server, 'GET', `${name}/${docId(uid)}?conflicts=true`)).json()) as Record<
    string,
    unknown
  >;
}

describe('who may read and write', () => {
  test('a signed-in user who is not a member can neither read nor write', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    const eve = new CouchClient(server.url, { ownCookies: true });
    await eve.signIn('eve', PASSWORDS.eve!);
    const db = new TeamDb(eve, name);
    await expect(db.checkAccess()).rejects.toMatchObject({ code: 'no-access', message: /eve is not a member/ });
    await expect(db.changes(0, 10)).rejects.toMatchObject({ code: 'no-access' });
    // CouchDB answers a refused write in the list of results; nothing is written.
    const written = await db.bulkDocs([{ _id: 'x' }]).catch((e: CouchError) => [{ error: e.code }]);
    expect(written[0]?.error).toMatch(/unauthorized|forbidden|no-access/);
    expect((await asAdmin(server, 'GET', `${name}/x`)).status).toBe(404);
  });

  test('a wrong password, an unreachable server and a server that is not CouchDB each say so', async () => {
    const client = new CouchClient(server.url, { ownCookies: true });
    await expect(client.signIn('sam', 'nope')).rejects.toMatchObject({ code: 'wrong-password' });
    await expect(new CouchClient('http://127.0.0.1:9').signIn('sam', 'x')).rejects.toMatchObject({
      code: 'unreachable',
    });
    const html = (async () => new Response('<html>hi</html>', { status: 200 })) as typeof fetch;
    await expect(new CouchClient('http://example.test', { fetch: html }).signIn('sam', 'x')).rejects.toMatchObject({
      code: 'not-couchdb',
    });
    const other = (async () => Response.json({ hello: 'world' })) as typeof fetch;
    await expect(new CouchClient('http://example.test', { fetch: other }).signIn('sam', 'x')).rejects.toBeInstanceOf(
      CouchError,
    );
  });

  test('the password never leaves sign-in: not in errors, not in documents', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    const [c] = await listClippings(sam.db);
    expect(JSON.stringify(await serverDoc(name, c!.uid!))).not.toContain(PASSWORDS.sam);
    const wrong = await new CouchClient(server.url).signIn('sam', 'secret-typo').catch((e: Error) => e.message);
    expect(wrong).not.toContain('secret-typo');
  });
});

describe('the server refuses what is not a Copydesk clipping', () => {
  const member = async (name: string) => {
    const client = new CouchClient(server.url, { ownCookies: true });
    await client.signIn('sam', PASSWORDS.sam!);
    return new TeamDb(client, name);
  };

  test.each([
    ['no type', { _id: 'junk', hello: 1 }, /type must be copydesk-clipping/],
    [
      'an id that is not its uid',
      { _id: 'clipping:x', type: 'copydesk-clipping', format: 1, uid: 'x' },
      /uid must be a UUID/,
    ],
  ])('%s', async (_label, doc, reason) => {
    const db = await member(await team());
    const [result] = await db.bulkDocs([doc]);
    expect(result).toMatchObject({ error: 'forbidden', reason: expect.stringMatching(reason) });
  });

  test('a well-formed document claiming another author, or a javascript: page, is refused', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    const [c] = await listClippings(sam.db);
    const good = await serverDoc(name, c!.uid!);
    const db = await member(name);
    const [forged] = await db.bulkDocs([{ ...good, changedBy: 'alex' }]);
    expect(forged).toMatchObject({ error: 'forbidden', reason: expect.stringMatching(/changedBy must be the writer/) });
    const clipping = { ...(good.clipping as object), url: 'javascript:alert(1)' };
    const [script] = await db.bulkDocs([{ ...good, changedBy: 'sam', clipping }]);
    expect(script).toMatchObject({ error: 'forbidden' });
  });
});

describe('hostile documents and CouchDB conflicts', () => {
  test('a document written straight into CouchDB with script in it arrives sanitized', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    const [c] = await listClippings(sam.db);
    const doc = await serverDoc(name, c!.uid!);
    const clipping = {
      ...(doc.clipping as object),
      html: '<p>ok</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>',
    };
    expect((await asAdmin(server, 'PUT', `${name}/${docId(c!.uid!)}`, { ...doc, clipping })).status).toBe(201);
    const alex = await editor(server, name, 'alex');
    await alex.engine.syncOnce();
    const [theirs] = await listClippings(alex.db);
    expect(theirs!.html).toContain('<p>ok</p>');
    expect(theirs!.html).not.toMatch(/onerror|<script|javascript:/i);
  });

  test('a document the client cannot read is skipped with a notice, and sync goes on', async () => {
    const name = await team();
    const uid = '00000000-0000-4000-8000-000000000000';
    // Written as the server admin past the validation (admins may); the client must still refuse it.
    const bad = {
      _id: docId(uid),
      type: 'copydesk-clipping',
      format: 1,
      uid,
      previousUid: null,
      changedBy: 'admin',
      changedAt: '2024-01-01T00:00:00.000Z',
      clipping: {
        url: 'https://x.test/',
        normalizedUrl: '',
        title: 't',
        html: '',
        text: '',
        findings: [],
        clippedAt: 'not a date',
        updatedAt: 'b',
      },
      shared: { tags: [], flags: [], annotations: [], note: '', noteBy: '', noteAt: '', history: [] },
    };
    await asAdmin(server, 'PUT', `${name}/${bad._id}`, bad);
    const alex = await editor(server, name, 'alex');
    await saveClipping(alex.db, richClipping());
    await alex.engine.syncOnce();
    expect(await listClippings(alex.db)).toHaveLength(1);
    expect(alex.notices.join('\n')).toMatch(/not taken/);
    expect(await countPending(alex.db)).toBe(0);
  });

  test('two revisions in conflict on the server are merged into one and the loser deleted', async () => {
    const name = await team();
    const sam = await editor(server, name, 'sam');
    await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    const [c] = await listClippings(sam.db);
    const doc = await serverDoc(name, c!.uid!);
    const shared = doc.shared as { annotations: Array<Record<string, unknown>>; tags: string[] };
    const edit = (tag: string, annotation: string) => ({
      ...doc,
      changedBy: 'admin',
      shared: {
        ...shared,
        tags: [...shared.tags, tag],
        annotations: [...shared.annotations, { ...shared.annotations[0], id: annotation }],
      },
    });
    // Two servers edit the same revision and replicate, as a newsroom's data centres would.
    const copy = `${name}-replica`;
    const replicate = (source: string, target: string) =>
      asAdmin(server, 'POST', '_replicate', { source, target, create_target: true });
    expect((await replicate(name, copy)).status).toBeLessThan(300);
    expect((await asAdmin(server, 'PUT', `${name}/${docId(c!.uid!)}`, edit('left', 'from-left'))).status).toBe(201);
    expect((await asAdmin(server, 'PUT', `${copy}/${docId(c!.uid!)}`, edit('right', 'from-right'))).status).toBe(201);
    expect((await replicate(copy, name)).status).toBeLessThan(300);
    expect(((await serverDoc(name, c!.uid!))._conflicts as unknown as string[]).length).toBe(1);
    const alex = await editor(server, name, 'alex');
    await alex.engine.syncOnce();
    const [theirs] = await listClippings(alex.db);
    expect([...theirs!.tags].sort()).toEqual(['left', 'right', 'syria']);
    expect(theirs!.annotations.map((a) => a.id).sort()).toEqual(['a1', 'from-left', 'from-right']);
    expect((await serverDoc(name, c!.uid!))._conflicts).toBeUndefined();
  });
});
