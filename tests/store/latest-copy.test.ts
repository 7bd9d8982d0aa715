import { afterEach, describe, expect, test } from 'vitest';
import {
  clippingFromAnalysis,
  countClippings,
  getClipping,
  openLibrary,
  saveClipping,
  savePage,
  versionsOf,
  type Clipping,
  type CopydeskDb,
} from '../../utils/store/clippings';
import { newestVersion } from '../../utils/store/latest-copy';
import { makeAnalysis } from './fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;

/** Two panels in two windows: two connections to one database. */
function twoWindows(): [CopydeskDb, CopydeskDb] {
  const name = `copydesk-one-writer-${++counter}`;
  const pair: [CopydeskDb, CopydeskDb] = [openLibrary(name), openLibrary(name)];
  opened.push(...pair);
  return pair;
}

afterEach(async () => {
  await opened[0]?.delete();
  opened = [];
});

function clipping(day: number, article: Parameters<typeof makeAnalysis>[0] = {}): Clipping {
  const now = new Date(Date.UTC(2024, 0, day, 12));
  return clippingFromAnalysis(makeAnalysis(article), { html: '<p>safe</p>', now });
}

describe('one writer at a time across two panels', () => {
  // Regression: both panels looked, found no clipping, and each saved one: two clippings of one page.
  test('the same page saved from two panels at the same moment ends in one clipping', async () => {
    const [one, two] = twoWindows();
    const [a, b] = await Promise.all([
      savePage(one, clipping(5), { whenSaved: 'update' }),
      savePage(two, clipping(5), { whenSaved: 'update' }),
    ]);
    expect(await countClippings(one)).toBe(1);
    expect(a.id).toBe(b.id);
    expect([a.outcome, b.outcome].sort()).toEqual(['saved', 'updated']);
    expect(await one.entries.count()).toBe(1);
    expect(await one.terms.count()).toBe(1);
  });

  test('when the two panels read different text, the later save is a new version of the first', async () => {
    const [one, two] = twoWindows();
    const [a, b] = await Promise.all([
      savePage(one, clipping(5), { whenSaved: 'update' }),
      savePage(two, clipping(5, { title: 'Updated headline' }), { whenSaved: 'update' }),
    ]);
    const ids = [a.id, b.id];
    expect(new Set(ids).size).toBe(2);
    expect(await countClippings(one)).toBe(2);
    expect((await versionsOf(one, a.id)).map((v) => v.id)).toEqual(ids);
  });

  // Regression: two "Replace" saves over the same copy both named it as previous: the chain forked
  // and the versions list showed only one branch.
  test('two "Update saved copy" over the same copy keep one linear version chain', async () => {
    const [one, two] = twoWindows();
    const first = await saveClipping(one, clipping(1));
    const saves = await Promise.all([
      savePage(one, clipping(2, { title: 'Second headline' }), { replaceId: first }),
      savePage(two, clipping(3, { title: 'Third headline' }), { replaceId: first }),
    ]);
    expect(saves.map((s) => s.outcome)).toEqual(['new-version', 'new-version']);
    const chain = (await versionsOf(one, first)).map((v) => v.id);
    expect(chain).toHaveLength(3);
    expect(new Set(chain)).toEqual(new Set([first, ...saves.map((s) => s.id)]));
    // Every version names the one before it: no two share a previous.
    const previous = await Promise.all(chain.map(async (id) => (await getClipping(one, id))?.previousId));
    expect(previous).toEqual([null, chain[0], chain[1]]);
    expect(await newestVersion(one, first)).toBe(chain[2]);
  });

  test('an unchanged "Update saved copy" after another window made a newer version updates that one', async () => {
    const [one, two] = twoWindows();
    const first = await saveClipping(one, clipping(1));
    const newer = await saveClipping(two, clipping(2, { title: 'Second headline' }), { replaceId: first });
    const again = await savePage(
      one,
      { ...clipping(3, { title: 'Second headline' }), tags: ['later'] },
      {
        replaceId: first,
      },
    );
    expect(again).toEqual({ id: newer, outcome: 'updated' });
    expect(await countClippings(one)).toBe(2);
    expect((await getClipping(one, newer))?.tags).toEqual(['later']);
  });

  test('"Keep both" still keeps both, and pages without an address never join', async () => {
    const [one, two] = twoWindows();
    await Promise.all([savePage(one, clipping(5), { whenSaved: 'add' }), savePage(two, clipping(5))]);
    expect(await countClippings(one)).toBe(2);
    const pasted = clipping(6, { url: null, canonicalUrl: null });
    await Promise.all([savePage(one, pasted, { whenSaved: 'update' }), savePage(two, pasted, { whenSaved: 'update' })]);
    expect(await countClippings(one)).toBe(4);
  });
});
