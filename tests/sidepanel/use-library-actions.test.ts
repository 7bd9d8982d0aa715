import { h, render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Notice } from '../../components/library/NoticeLine';
import { useLibraryActions } from '../../entrypoints/sidepanel/use-library-actions';
import { openLibrary, saveClipping, type CopydeskDb } from '../../utils/store/clippings';
import { richClipping } from '../store/library-fixtures';

type Actions = ReturnType<typeof useLibraryActions>;

let opened: CopydeskDb[] = [];
afterEach(async () => {
  render(null, document.body);
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

/** Mounts the hook on a real (fake-indexeddb) library with one clipping; counts the refreshes. */
async function setUp() {
  const db = openLibrary(`copydesk-actions-${opened.length}-${Math.random()}`);
  opened.push(db);
  const id = await saveClipping(db, richClipping({ tags: [] }));
  const seen = { changed: 0, notices: [] as Array<Notice | null>, deleted: [] as number[][] };
  let actions: Actions | undefined;
  function Harness() {
    actions = useLibraryActions({
      db,
      total: 1,
      setNotice: (n) => seen.notices.push(n),
      onChanged: () => seen.changed++,
      onDeleted: (ids) => seen.deleted.push([...ids]),
    });
    return null;
  }
  render(h(Harness, null), document.body);
  return { db, id, seen, actions: () => actions! };
}

describe('library actions run one at a time', () => {
  // Regression: the guard read `progress` from the last render, so a double click (two calls
  // before a re-render) started the same work twice.
  test('a second call while the first runs is ignored', async () => {
    const { db, id, seen, actions } = await setUp();
    const first = actions();
    await Promise.all([first.tag([id], 'first'), first.tag([id], 'second')]);
    expect((await db.clippings.get(id))?.tags).toEqual(['first']);
    expect(seen.changed).toBe(1);
  });

  test('once the first is done, the next runs', async () => {
    const { db, id, actions } = await setUp();
    await actions().tag([id], 'first');
    await actions().tag([id], 'second');
    expect((await db.clippings.get(id))?.tags).toEqual(['first', 'second']);
  });

  test('a failure is a message on the notice line, and the next work still runs', async () => {
    const { id, seen, actions } = await setUp();
    await actions().tag([id], '   ');
    expect(seen.notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringMatching(/\w/) });
    await actions().remove([id]);
    expect(seen.deleted).toEqual([[id]]);
  });
});
