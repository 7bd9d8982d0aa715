/**
 * `copydesk team setup` on the server: the database, its members and admins (`_security`)
 * and the validation design document. Running it again adds members and rewrites the
 * design document; the data is never touched.
 */
import type { CouchClient } from './couch-client';
import { CouchError } from './couch-errors';
import { TeamDb } from './team-db';
import { designDoc, DESIGN_ID } from './validate-doc';

type Part = { names?: string[]; roles?: string[] };
type Security = { admins?: Part; members?: Part };

export type SetupReport = { created: boolean; members: string[]; admins: string[] };

const union = (...lists: Array<readonly string[] | undefined>) => [...new Set(lists.flatMap((l) => l ?? []))].sort();

/** Sets up (or updates) the team database `name`; the client must be signed in as a server admin. */
export async function setupTeam(
  client: CouchClient,
  name: string,
  admin: string,
  members: readonly string[],
): Promise<SetupReport> {
  const team = new TeamDb(client, name);
  // Only a server admin may create databases and set their members: said plainly, before trying.
  const session = await client.request<{ userCtx?: { roles?: string[] } }>('GET', '_session');
  if (!session.userCtx?.roles?.includes('_admin'))
    throw new CouchError('no-access', `No access: ${admin} is not an admin of this server`);
  let created = true;
  try {
    await client.request('PUT', encodeURIComponent(name), undefined, { what: name });
  } catch (error) {
    // 412: it exists already. Anything else (not an admin, unreachable) stops here.
    if (!(error instanceof CouchError && error.code === 'server' && /412/.test(error.message))) throw error;
    created = false;
  }
  const before = await team.call<Security>('GET', '/_security');
  const admins = union(before.admins?.names, [admin]);
  const allMembers = union(before.members?.names, members, admins);
  const security: Security = {
    admins: { names: admins, roles: before.admins?.roles ?? [] },
    members: { names: allMembers, roles: before.members?.roles ?? [] },
  };
  await team.call('PUT', '/_security', security);
  const existing = await team
    .call<{ _rev?: string }>('GET', `/${DESIGN_ID}`)
    .catch((error: unknown): { _rev?: string } => {
      if (error instanceof CouchError && error.code === 'no-database') return {};
      throw error;
    });
  await team.call('PUT', `/${DESIGN_ID}`, designDoc(allMembers, admins, existing._rev));
  return { created, members: allMembers, admins };
}
