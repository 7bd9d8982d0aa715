// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { deleteClippings, getClipping, listClippings, saveClipping } from '../../utils/store/clippings';
import { saveDesk } from '../../utils/store/desk';
import { addTags, removeTag } from '../../utils/store/tags';
import { countPending } from '../../utils/store/team-sync';
import { docId } from '../../utils/sync/team-doc';
import { richClipping } from '../store/library-fixtures';
import { asAdmin, type CouchServer } from './couch-server';
import { dropLibraries, editor, makeTeam, startTeamServer } from './team-fixtures';

let server: CouchServer;
let teams = 0;
/** A fresh team database per test, so tests never see each other's clippings. */
async function team() {
  const name = `desk-${++teams}`;
  await makeTeam(server, name);
  return { sam: await editor(server, name, 'sam'), alex: await editor(server, name, 'alex'), name };
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

const at = (minute: number) => new Date(Date.UTC(2024, 0, 6, 10, minute));

describe('team sync against PouchDB Server', () => {
  test('a clipping saved by one editor reaches the other, field for field, under the same uid', async () => {
    const { sam, alex } = await team();
    const id = await saveClipping(sam.db, richClipping({ tags: ['syria', 'un'] }));
    await sam.engine.syncOnce();
    expect(await countPending(sam.db)).toBe(0);
    await alex.engine.syncOnce();
    const [mine] = await listClippings(sam.db);
    const [theirs] = await listClippings(alex.db);
    expect(theirs?.uid).toBe(mine?.uid);
    const { id: _a, ...expected } = (await getClipping(sam.db, id))!;
    const { id: _b, ...got } = theirs!;
    expect(got).toEqual(expected);
    // Alex's library did not queue what came from the team: nothing is sent back.
    expect(await countPending(alex.db)).toBe(0);
  });

  test('the same flag changed by both: the later change wins, the other is kept in the history', async () => {
    const { sam, alex } = await team();
    const id = await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    const [copy] = await listClippings(alex.db);
    const flag = copy!.flags[0]!;
    // Both edit the same flag without syncing in between (alex is offline).
    await saveDesk(
      sam.db,
      '',
      {
        flags: [{ ...flag, status: 'verified', note: 'UN confirmed', updatedAt: at(32).toISOString() }],
        annotations: copy!.annotations,
      },
      at(32),
      id,
    );
    await saveDesk(
      alex.db,
      '',
      {
        flags: [{ ...flag, status: 'disputed', note: 'Transcript differs', updatedAt: at(35).toISOString() }],
        annotations: copy!.annotations,
      },
      at(35),
      copy!.id,
    );
    await sam.engine.syncOnce();
    await alex.engine.syncOnce(); // refused (409), merged, sent again
    await sam.engine.syncOnce();
    for (const lib of [sam.db, alex.db]) {
      const [c] = await listClippings(lib);
      expect(c!.flags).toHaveLength(1);
      expect(c!.flags[0]).toMatchObject({ status: 'disputed', note: 'Transcript differs' });
    }
    const doc = (await (await asAdmin(server, 'GET', `${alex.ctx.team.name}/${docId(copy!.uid!)}`)).json()) as {
      shared: { flags: Array<{ by: string }>; history: Array<Record<string, string>> };
    };
    expect(doc.shared.flags[0]!.by).toBe('alex');
    expect(doc.shared.history).toContainEqual(
      expect.objectContaining({ kind: 'flag', status: 'verified', note: 'UN confirmed', by: 'sam' }),
    );
  });

  test('annotations merge as sets and tags merge: nothing either editor added is lost', async () => {
    const { sam, alex } = await team();
    const id = await saveClipping(sam.db, richClipping({ tags: ['syria', 'idlib'] }));
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    const [copy] = await listClippings(alex.db);
    const base = copy!.annotations[0]!;
    const note = (aid: string, m: number) => ({
      ...base,
      id: aid,
      note: `by ${aid}`,
      createdAt: at(m).toISOString(),
      updatedAt: at(m).toISOString(),
    });
    await saveDesk(sam.db, '', { flags: copy!.flags, annotations: [base, note('s1', 1)] }, at(1), id);
    await saveDesk(alex.db, '', { flags: copy!.flags, annotations: [base, note('a1b', 2)] }, at(2), copy!.id);
    await addTags(sam.db, [id], ['refugees'], at(3));
    await removeTag(alex.db, 'idlib', [copy!.id!], at(4));
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    await sam.engine.syncOnce();
    for (const lib of [sam.db, alex.db]) {
      const [c] = await listClippings(lib);
      expect(c!.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a1b', 's1']);
      expect([...c!.tags].sort()).toEqual(['refugees', 'syria']);
    }
  });

  test('deleted on one side, edited on the other: the edited copy is kept and the history says so', async () => {
    const { sam, alex } = await team();
    const id = await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    const [copy] = await listClippings(alex.db);
    await deleteClippings(sam.db, [id]);
    await saveDesk(
      alex.db,
      '',
      { flags: [{ ...copy!.flags[0]!, status: 'verified', updatedAt: at(40).toISOString() }], annotations: [] },
      at(40),
      copy!.id,
    );
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    await sam.engine.syncOnce();
    for (const lib of [sam.db, alex.db]) {
      const all = await listClippings(lib);
      expect(all).toHaveLength(1);
      expect(all[0]!.flags[0]!.status).toBe('verified');
    }
    expect(alex.notices.join('\n')).toMatch(/deleted by sam while you edited it: your copy is kept/);
    const doc = (await (await asAdmin(server, 'GET', `${alex.ctx.team.name}/${docId(copy!.uid!)}`)).json()) as {
      shared: { history: Array<{ kind: string; text?: string }> };
    };
    expect(doc.shared.history.find((h) => h.kind === 'kept')?.text).toMatch(/Deleted by sam while alex edited it/);
  });

  test('deleted on one side and untouched on the other: deleted on both', async () => {
    const { sam, alex } = await team();
    const id = await saveClipping(sam.db, richClipping());
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    await deleteClippings(sam.db, [id]);
    await sam.engine.syncOnce();
    await alex.engine.syncOnce();
    expect(await listClippings(alex.db)).toHaveLength(0);
  });
});
