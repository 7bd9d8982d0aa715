import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { CopydeskDb, SCHEMA_VERSION, type Clipping } from '../../utils/store/schema';
import { entryOf } from '../../utils/store/index-records';
import { queryLibrary } from '../../utils/store/query';
import { saveClipping } from '../../utils/store/clippings';
import { makeFigure } from '../finding-factories';
import { richClipping } from './library-fixtures';

let names: string[] = [];
let counter = 0;
const fresh = () => {
  const name = `copydesk-upgrade-${++counter}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.map((n) => Dexie.delete(n)));
  names = [];
});

/** A clipping as schema v1 stored it: no flags, annotations, note or previousId. */
function v1Record(day: number): Omit<Clipping, 'id' | 'flags' | 'annotations' | 'note' | 'previousId'> {
  const {
    id: _id,
    flags: _f,
    annotations: _a,
    note: _n,
    previousId: _p,
    ...rest
  } = richClipping({
    day,
    url: `https://news.example.test/${day}`,
    tags: ['syria', `day-${day}`],
  });
  return rest;
}

/** Writes records with a raw Dexie instance that declares only the old schema version. */
async function writeOld(name: string, version: 1 | 2 | 3 | 4 | 5, records: object[], desks: object[] = []) {
  const old = new Dexie(name);
  old.version(1).stores({ clippings: '++id, clippedAt, normalizedUrl, canonicalUrl, siteName, *tags' });
  if (version >= 2) old.version(2).stores({ desks: '&normalizedUrl, updatedAt' });
  if (version >= 3) {
    old.version(3).stores({ entries: '&id, clippedAt, site, previousId, *tags, *speakers, *statuses', terms: '&id' });
  }
  if (version >= 4) old.version(4).stores({ clippings: '++id, clippedAt, normalizedUrl, canonicalUrl' });
  if (version >= 5) old.version(5).stores({});
  await old.table('clippings').bulkAdd(records);
  // A v3/v4 list row as those versions counted: every figure, repeats included.
  if (version >= 3) {
    for (const r of await old.table('clippings').toArray()) {
      const c = r as Clipping & { id: number };
      await old.table('entries').put({ ...entryOf(c), figures: c.findings.filter((f) => f.kind === 'figure').length });
    }
  }
  if (desks.length) await old.table('desks').bulkAdd(desks);
  const stored = await old.table('clippings').toArray();
  old.close();
  return stored as Clipping[];
}

/** A uid as v6 gives them. */
const UID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

describe('schema upgrades keep every field', () => {
  test('the newest version is 6', async () => {
    const db = new CopydeskDb(fresh());
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(6);
    db.close();
  });

  test('v1 -> v3: every v1 field survives, new fields get defaults, the search index is back-filled', async () => {
    const name = fresh();
    const before = await writeOld(name, 1, [v1Record(3), v1Record(4)]);
    const db = new CopydeskDb(name);
    const after = await db.clippings.orderBy('id').toArray();
    expect(after).toHaveLength(2);
    after.forEach((record, i) => {
      expect(record).toEqual({ ...before[i], flags: [], annotations: [], note: '', previousId: null, uid: UID });
    });
    expect(await db.entries.count()).toBe(2);
    expect((await db.entries.get(before[0]!.id!))?.speakers).toEqual(['Antonio Guterres']);
    const { ids } = await queryLibrary(db, { text: 'humanitarian nightmare', tag: 'day-4' });
    expect(ids).toEqual([before[1]!.id]);
    db.close();
  });

  test('v2 -> v3: flags, annotations, notes and desk records survive; statuses become filterable', async () => {
    const name = fresh();
    const { id: _id, previousId: _p, ...v2 } = richClipping({ status: 'disputed', note: 'call the UN' });
    const desk = { normalizedUrl: 'https://x.test/', flags: [], annotations: [], updatedAt: '2024-01-01T00:00:00Z' };
    const [before] = await writeOld(name, 2, [v2], [desk]);
    const db = new CopydeskDb(name);
    const [after] = await db.clippings.toArray();
    expect(after).toEqual({ ...before, previousId: null, uid: UID });
    expect(await db.desks.toArray()).toEqual([desk]);
    expect((await queryLibrary(db, { status: 'disputed' })).ids).toEqual([before!.id]);
    expect((await queryLibrary(db, { text: 'call' })).ids).toEqual([before!.id]);
    db.close();
  });

  test('v3 -> v4: every field survives; clippings lose only the site and tag indexes that entries hold', async () => {
    const name = fresh();
    const { id: _id, ...v3 } = richClipping({ status: 'verified', note: 'checked', tags: ['idlib'] });
    const [before] = await writeOld(name, 3, [v3]);
    const db = new CopydeskDb(name);
    const [after] = await db.clippings.toArray();
    expect(after).toEqual({ ...before, uid: UID });
    const indexes = db.clippings.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['canonicalUrl', 'clippedAt', 'normalizedUrl', 'uid']);
    expect(db.entries.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['site', 'tags']));
    db.close();
  });

  // Regression: the Library row said "24 figures" where the Page tab said 19 (repeats counted).
  test('v4 -> v5: list rows count a repeated figure once, as the panel does', async () => {
    const name = fresh();
    const base = richClipping({});
    const text = 'Some 800,000 people fled. Later 800,000 people were counted.';
    const first = makeFigure({
      id: 'figure-5',
      start: 5,
      end: 12,
      text: '800,000',
      value: 800000,
      group: 'count:people',
    });
    const again = makeFigure({ ...first, id: 'figure-32', start: 32, end: 39, repeatOf: 'figure-5' });
    const { id: _id, ...v4 } = { ...base, text, findings: [first, again] };
    const [before] = await writeOld(name, 4, [v4]);
    const db = new CopydeskDb(name);
    expect((await db.entries.get(before!.id!))?.figures).toBe(1);
    db.close();
  });

  test('v5 -> v6: every clipping gets its own uid, every field survives, nothing is queued to send', async () => {
    const name = fresh();
    const records = [1, 2, 3].map((day) => {
      const { id: _id, ...r } = richClipping({ day, url: `https://news.example.test/v5/${day}`, tags: ['v5'] });
      return r;
    });
    const before = await writeOld(name, 5, records);
    const db = new CopydeskDb(name);
    const after = await db.clippings.orderBy('id').toArray();
    expect(after).toEqual(before.map((b) => ({ ...b, uid: UID })));
    expect(new Set(after.map((c) => c.uid)).size).toBe(3);
    // Found by uid: the index is there and unique.
    expect((await db.clippings.where('uid').equals(after[1]!.uid!).first())?.id).toBe(after[1]!.id);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.shadows.count()).toBe(0);
    // A save after the upgrade gets a uid of its own, and is queued for the team.
    const id = await saveClipping(db, richClipping({ day: 9, url: 'https://news.example.test/v6' }));
    const saved = await db.clippings.get(id);
    expect(saved?.uid).toEqual(UID);
    expect(after.map((c) => c.uid)).not.toContain(saved?.uid);
    expect(await db.outbox.get(saved!.uid!)).toMatchObject({ deleted: false });
    db.close();
  });

  test('an empty v1 database upgrades to an empty library', async () => {
    const name = fresh();
    await writeOld(name, 1, []);
    const db = new CopydeskDb(name);
    expect(await db.clippings.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    db.close();
  });

  test('back-fill covers more clippings than one batch (200)', async () => {
    const name = fresh();
    await writeOld(
      name,
      1,
      Array.from({ length: 450 }, (_, i) => v1Record(1 + (i % 28))),
    );
    const db = new CopydeskDb(name);
    expect(await db.terms.count()).toBe(450);
    expect(await db.entries.count()).toBe(450);
    db.close();
  });
});
