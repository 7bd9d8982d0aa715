// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { listClippings, saveClipping } from '../../utils/store/clippings';
import { parseTeamArgs } from '../../cli/team-args';
import { richClipping } from '../store/library-fixtures';
import { ADMIN, asAdmin, type CouchServer } from '../sync/couch-server';
import { dropLibraries, editor, PASSWORDS, startTeamServer } from '../sync/team-fixtures';
import { runCli } from './run-cli';

let server: CouchServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
// Real server round trips: generous on a loaded machine (each test still checks its own bounds).
vi.setConfig({ testTimeout: 90_000 });
afterAll(async () => {
  await dropLibraries();
  await server.stop();
});

const setup = (db: string, members: string[], password = ADMIN.password) =>
  runCli(
    [
      'team',
      'setup',
      '--server',
      server.url,
      '--db',
      db,
      '--admin',
      ADMIN.name,
      ...members.flatMap((m) => ['--member', m]),
    ],
    {
      env: { COPYDESK_PASSWORD: password },
    },
  );

describe('copydesk team setup', () => {
  test('creates the database, its members and the validation; again, adds members and keeps the data', async () => {
    const first = await setup('newsroom', ['sam']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/Created team database newsroom/);
    const security = await (await asAdmin(server, 'GET', 'newsroom/_security')).json();
    expect(security).toMatchObject({ admins: { names: ['admin'] }, members: { names: ['admin', 'sam'] } });
    const sam = await editor(server, 'newsroom', 'sam');
    await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();

    const again = await setup('newsroom', ['alex']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Updated team database newsroom: members admin, alex, sam/);
    const docs = (await (await asAdmin(server, 'GET', 'newsroom/_all_docs')).json()) as { rows: unknown[] };
    expect(docs.rows).toHaveLength(2); // the clipping and the design document
    // Alex is a member now: his library gets sam's clipping.
    const alex = await editor(server, 'newsroom', 'alex');
    await alex.engine.syncOnce();
    expect(await listClippings(alex.db)).toHaveLength(1);
    // The validation is in place: a malformed document is refused.
    const put = await fetch(`${server.url}/newsroom/junk`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        authorization: 'Basic ' + Buffer.from('sam:sam-pass').toString('base64'),
      },
      body: '{"hello":1}',
    });
    expect(put.status).toBe(403);
  });

  test.each([
    ['a wrong password', () => setup('other', [], 'wrong'), /Wrong name or password for admin/],
    [
      'a member who is not a server admin',
      () =>
        runCli(['team', 'setup', '--server', server.url, '--db', 'other2', '--admin', 'sam'], {
          env: { COPYDESK_PASSWORD: PASSWORDS.sam! },
        }),
      /No access|Sign-in needed/,
    ],
    [
      'an unreachable server',
      () =>
        runCli(['team', 'setup', '--server', 'http://127.0.0.1:9', '--db', 'x', '--admin', 'a'], {
          env: { COPYDESK_PASSWORD: 'p' },
        }),
      /Server unreachable/,
    ],
  ])('%s: exit 1 with one plain line', async (_label, run, line) => {
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(line);
    expect(result.stderr).not.toContain(PASSWORDS.sam);
  });

  test('no password anywhere, or a password given as an argument, is bad usage (2)', async () => {
    const none = await runCli(['team', 'setup', '--server', server.url, '--db', 'x', '--admin', 'admin']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/COPYDESK_PASSWORD/);
    const arg = await runCli([
      'team',
      'setup',
      '--server',
      server.url,
      '--db',
      'x',
      '--admin',
      'admin',
      '--password',
      'p',
    ]);
    expect(arg.code).toBe(2);
    expect(arg.stderr).toMatch(/unknown option: --password/);
  });

  test.each([
    [['frob'], /unknown team command: frob/],
    [['setup', '--db', 'x', '--admin', 'a'], /needs --server/],
    [['export', '--server', 'http://x', '--db', 'x', '--user', 'u'], /needs --out/],
  ])('usage %j', (args, message) => {
    const parsed = parseTeamArgs(args);
    expect(parsed.command).toBe('usage-error');
    expect(parsed.command === 'usage-error' && parsed.message).toMatch(message);
  });
});

describe('copydesk team export', () => {
  test('writes the team library as Markdown files; a non-member is refused', async () => {
    expect((await setup('export-desk', ['sam'])).code).toBe(0);
    const sam = await editor(server, 'export-desk', 'sam');
    await saveClipping(sam.db, richClipping({ url: 'https://news.example.test/one', title: 'First story' }));
    await saveClipping(sam.db, richClipping({ url: 'https://news.example.test/two', title: 'Second story' }));
    await sam.engine.syncOnce();
    const out = mkdtempSync(join(tmpdir(), 'copydesk-export-'));
    const run = await runCli(
      ['team', 'export', '--server', server.url, '--db', 'export-desk', '--user', 'sam', '--out', out],
      {
        env: { COPYDESK_PASSWORD: PASSWORDS.sam! },
      },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/Wrote 2 clippings/);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['2018-09-05 first-story.md', '2018-09-05 second-story.md']);
    const md = readFileSync(join(out, files[0]!), 'utf8');
    expect(md).toMatch(/^---\ntitle: First story/);
    expect(md).toContain('# First story');
    expect(md).not.toContain(PASSWORDS.sam);

    const eve = await runCli(
      ['team', 'export', '--server', server.url, '--db', 'export-desk', '--user', 'eve', '--out', out],
      {
        env: { COPYDESK_PASSWORD: PASSWORDS.eve! },
      },
    );
    expect(eve.code).toBe(1);
    expect(eve.stderr.trim()).toBe('copydesk: No access: eve is not a member of export-desk');
  });
});
