import { afterEach, describe, expect, test } from 'vitest';
import { EMPTY_DESK, type DeskState } from '../../utils/desk/model';
import { clippingFromAnalysis, openLibrary, saveClipping, type CopydeskDb } from '../../utils/store/clippings';
import { deleteDesk, loadDesk, saveDesk } from '../../utils/store/desk';
import { annotationOn, findingAt, flagOn, STORY } from '../desk/fixtures';
import { makeAnalysis } from './fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
function library(): CopydeskDb {
  const db = openLibrary(`copydesk-desk-test-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

const URL_A = 'https://news.example.test/world/un-urges-assad-idlib?utm_source=twitter#comments';
const now = new Date('2024-05-01T09:00:00Z');
const work: DeskState = {
  flags: [flagOn(findingAt(STORY, 'quote', 'unleash a humanitarian nightmare'), { note: 'wire' })],
  annotations: [annotationOn(STORY, 'Rebels say')],
};

describe('desk store', () => {
  test('saved by normalized URL: tracking parameters and fragments do not matter', async () => {
    const db = library();
    await saveDesk(db, URL_A, work, now);
    expect(await loadDesk(db, 'https://news.example.test/world/un-urges-assad-idlib')).toEqual(work);
    expect((await db.desks.toArray())[0]?.updatedAt).toBe(now.toISOString());
  });

  test('a second save replaces the first', async () => {
    const db = library();
    await saveDesk(db, URL_A, work, now);
    await saveDesk(db, URL_A, EMPTY_DESK, now);
    expect(await loadDesk(db, URL_A)).toEqual(EMPTY_DESK);
    expect(await db.desks.count()).toBe(1);
  });

  test.each([
    ['never worked on', URL_A],
    ['without a URL (pasted text)', ''],
  ])('nothing to load for a page %s', async (_name, url) => {
    expect(await loadDesk(library(), url)).toBeUndefined();
  });

  test('a page saved as a clipping but with no desk record brings back the clipping’s desk', async () => {
    const db = library();
    const clipping = clippingFromAnalysis(makeAnalysis(), { html: '<p>x</p>', now, desk: work });
    await saveClipping(db, clipping);
    expect(await loadDesk(db, URL_A)).toEqual(work);
    // The desk record, once there, is the newer word.
    await saveDesk(db, URL_A, EMPTY_DESK, now);
    expect(await loadDesk(db, URL_A)).toEqual(EMPTY_DESK);
  });

  test('deleteDesk forgets the page', async () => {
    const db = library();
    await saveDesk(db, URL_A, work, now);
    await deleteDesk(db, URL_A);
    expect(await loadDesk(db, URL_A)).toBeUndefined();
  });

  test('a page without a URL is not stored', async () => {
    const db = library();
    await saveDesk(db, '  ', work, now);
    expect(await db.desks.count()).toBe(0);
  });
});

describe('desk work reaching the saved clipping', () => {
  test('with a clipping id, the clipping, its list row and its search words take the desk in one write', async () => {
    const db = library();
    const analysis = makeAnalysis({}, [findingAt(STORY, 'quote', 'unleash a humanitarian nightmare')]);
    const id = await saveClipping(db, clippingFromAnalysis(analysis, { html: '<p>x</p>', now }));
    const disputed: DeskState = {
      flags: [
        flagOn(findingAt(STORY, 'quote', 'unleash a humanitarian nightmare'), {
          status: 'disputed',
          note: 'Spokesperson denies wording',
        }),
      ],
      annotations: [],
    };
    expect(await saveDesk(db, URL_A, disputed, now, id)).toBe('clipping');
    const clipping = await db.clippings.get(id);
    expect(clipping?.flags.map((f) => [f.status, f.note])).toEqual([['disputed', 'Spokesperson denies wording']]);
    expect((await db.entries.get(id))?.statuses).toEqual(['disputed']);
    expect((await db.terms.get(id))?.words.split(' ')).toContain('spokesperson');
    expect(await loadDesk(db, URL_A)).toEqual(disputed);
  });

  test('a clipping deleted meanwhile: the desk is still kept and the caller hears "gone"', async () => {
    const db = library();
    expect(await saveDesk(db, URL_A, work, now, 999)).toBe('gone');
    expect(await loadDesk(db, URL_A)).toEqual(work);
  });
});
