/**
 * `copydesk team setup|export` arguments. The password is never an argument: it comes
 * from COPYDESK_PASSWORD or a prompt on a terminal (cli/password.ts).
 */
import { parseArgs } from 'node:util';

export const TEAM_USAGE = [
  'usage: copydesk team setup --server URL --db NAME --admin USER [--member USER]...',
  '       copydesk team export --server URL --db NAME --user USER --out DIR',
].join('\n');

export const TEAM_HELP = `${TEAM_USAGE}

Share a Copydesk library through a CouchDB database (Apache CouchDB 3.x or a compatible server).

setup    creates the team database (or updates it), makes USER its admin and each
         --member a member (_security), and installs the validation that refuses
         malformed documents and writes by non-members. Run it again to add members;
         the data is not touched. USER must be a server admin.
export   writes every clipping of the team library into DIR as Markdown files, as the
         extension exports them.

The password is read from COPYDESK_PASSWORD, or asked for on a terminal.
Exit status: 0 done, 1 failed (one line on stderr), 2 bad usage.`;

export type TeamCommand =
  | { command: 'team-setup'; server: string; db: string; admin: string; members: string[] }
  | { command: 'team-export'; server: string; db: string; user: string; out: string }
  | { command: 'team-help' }
  | { command: 'usage-error'; message: string };

/** Reads the arguments after `team`; never throws. */
export function parseTeamArgs(argv: readonly string[]): TeamCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        server: { type: 'string' },
        db: { type: 'string' },
        admin: { type: 'string' },
        member: { type: 'string', multiple: true },
        user: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    return { command: 'usage-error', message: unknown ? `unknown option: ${unknown[1]}` : message.split('\n')[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'team-help' };
  const [sub, ...rest] = positionals;
  if (rest.length) return { command: 'usage-error', message: `unexpected argument: ${rest[0]}` };
  const need = (names: Array<keyof typeof values>) => names.find((n) => !values[n]);
  if (sub === 'setup') {
    const missing = need(['server', 'db', 'admin']);
    if (missing) return { command: 'usage-error', message: `team setup needs --${missing}` };
    return {
      command: 'team-setup',
      server: values.server!,
      db: values.db!,
      admin: values.admin!,
      members: values.member ?? [],
    };
  }
  if (sub === 'export') {
    const missing = need(['server', 'db', 'user', 'out']);
    if (missing) return { command: 'usage-error', message: `team export needs --${missing}` };
    return { command: 'team-export', server: values.server!, db: values.db!, user: values.user!, out: values.out! };
  }
  return { command: 'usage-error', message: sub ? `unknown team command: ${sub}` : 'no team command given' };
}
