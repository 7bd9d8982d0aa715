/**
 * `copydesk team setup` and `copydesk team export`: the server side of team sync from
 * the command line. One plain stderr line on failure (wrong password, no access, not a
 * CouchDB, unreachable); never the password.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CouchClient } from '../utils/sync/couch-client';
import { TeamDb } from '../utils/sync/team-db';
import { readDoc } from '../utils/sync/team-doc';
import { setupTeam } from '../utils/sync/team-setup';
import { readPassword } from './password';
import { parseTeamArgs, TEAM_HELP, TEAM_USAGE } from './team-args';

export type TeamIo = { stdin: Readable; stdout: Writable; stderr: Writable; env: NodeJS.ProcessEnv };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function signedIn(server: string, user: string, io: TeamIo): Promise<CouchClient | 2> {
  const password = await readPassword(io.env, io.stdin, io.stderr, user);
  if (password === null) {
    io.stderr.write('copydesk: no password: set COPYDESK_PASSWORD or run on a terminal\n');
    return 2;
  }
  const client = new CouchClient(server, { ownCookies: true });
  await client.signIn(user, password);
  return client;
}

/** Writes the team library as Markdown files into `out`; returns how many and what failed. */
async function exportTeam(team: TeamDb, out: string, io: TeamIo): Promise<{ written: number; failed: number }> {
  const [{ JSDOM }, { sanitizeHtml }, { clippingToMarkdown, createTurndown }, { markdownFileName }, { uniqueNamer }] =
    await Promise.all([
      import('jsdom'),
      import('../utils/sanitize'),
      import('../utils/export/markdown'),
      import('../utils/export/filename'),
      import('../utils/export/zip'),
    ]);
  // DOMPurify is only sound on a real DOM implementation.
  const win = new JSDOM('').window as unknown as Window;
  const clean = (html: string, baseUrl: string | null) => sanitizeHtml(html, win, { baseUrl });
  const name = uniqueNamer();
  await mkdir(out, { recursive: true });
  let written = 0;
  let failed = 0;
  for await (const page of team.allLiveDocs()) {
    for (const raw of page) {
      const id = String((raw as { _id?: unknown })._id ?? '');
      if (id.startsWith('_design/')) continue;
      const read = readDoc(raw, clean);
      if (!read.ok) {
        failed++;
        io.stderr.write(`copydesk: ${id}: ${read.problem}\n`);
        continue;
      }
      const markdown = clippingToMarkdown(read.clipping, { turndown: createTurndown(read.clipping.url || null) });
      await writeFile(
        join(out, name(markdownFileName(read.clipping))),
        markdown.endsWith('\n') ? markdown : `${markdown}\n`,
      );
      written++;
    }
  }
  return { written, failed };
}

/** Runs `copydesk team ...` (the arguments after `team`) and returns the exit status. */
export async function runTeam(argv: readonly string[], io: TeamIo): Promise<0 | 1 | 2> {
  const args = parseTeamArgs(argv);
  if (args.command === 'team-help') {
    io.stdout.write(`${TEAM_HELP}\n`);
    return 0;
  }
  if (args.command === 'usage-error') {
    io.stderr.write(`copydesk: ${args.message}\n${TEAM_USAGE}\n`);
    return 2;
  }
  try {
    if (args.command === 'team-setup') {
      const client = await signedIn(args.server, args.admin, io);
      if (client === 2) return 2;
      const report = await setupTeam(client, args.db, args.admin, args.members);
      io.stdout.write(
        `${report.created ? 'Created' : 'Updated'} team database ${args.db}: members ${report.members.join(', ')}; admins ${report.admins.join(', ')}\n`,
      );
      return 0;
    }
    const client = await signedIn(args.server, args.user, io);
    if (client === 2) return 2;
    const team = new TeamDb(client, args.db);
    await team.checkAccess();
    const { written, failed } = await exportTeam(team, args.out, io);
    io.stdout.write(`Wrote ${written} clipping${written === 1 ? '' : 's'} to ${args.out}\n`);
    return failed ? 1 : 0;
  } catch (error) {
    io.stderr.write(`copydesk: ${message(error)}\n`);
    return 1;
  }
}
