import { describe, expect, test } from 'vitest';
import {
  FIRST_SCREEN,
  libraryListReducer,
  LIST_START,
  rowsToRead,
  snippetsToRead,
  type LibraryListAction,
  type LibraryListState,
} from '../../utils/panel/library-list';
import type { LibraryQuery, QueryResult } from '../../utils/store/query';
import type { LibraryEntry } from '../../utils/store/schema';

const run = (actions: LibraryListAction[], from: LibraryListState = LIST_START) =>
  actions.reduce(libraryListReducer, from);
const entry = (id: number) => ({ id }) as unknown as LibraryEntry;
const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const plain: LibraryQuery = { sort: 'newest' };
const search: LibraryQuery = { text: 'idlib', sort: 'newest' };

describe('the Library list state', () => {
  test('a run takes a ticket; a new query is fresh, the same query again (after an edit) is not', () => {
    const first = run([{ type: 'run', query: plain }]);
    expect(first).toMatchObject({ ticket: 1, fresh: true, query: plain });
    expect(run([{ type: 'run', query: plain }], first)).toMatchObject({ ticket: 2, fresh: false });
    expect(run([{ type: 'run', query: search }], first)).toMatchObject({ ticket: 2, fresh: true });
  });

  // Regression guard: a slow search answering after a newer one must not replace its rows.
  test('an answer for an older run is dropped', () => {
    const old: QueryResult = { ids: [9], terms: [] };
    const state = run([
      { type: 'run', query: plain },
      { type: 'run', query: search },
      { type: 'answer', ticket: 1, result: old, entries: [entry(9)] },
    ]);
    expect(state.result).toBeNull();
    expect(state.entries.size).toBe(0);
  });

  test('a first screen replaces the rows and goes back to the top; a later whole order keeps them', () => {
    const quick: QueryResult = { ids: ids(FIRST_SCREEN), terms: [], total: 100 };
    const whole: QueryResult = { ids: ids(100), terms: [] };
    const state = run([
      { type: 'run', query: plain },
      { type: 'range', start: 40, end: 60 },
      { type: 'answer', ticket: 1, result: quick, entries: quick.ids.map(entry) },
      { type: 'answer', ticket: 1, result: whole },
    ]);
    expect(state.range).toEqual([0, FIRST_SCREEN]);
    expect(state.result).toBe(whole);
    expect(state.entries.size).toBe(FIRST_SCREEN);
    // Scrolled down: the rows on screen that were not read yet are derived from the state.
    const scrolled = run([{ type: 'range', start: 25, end: 35 }], state);
    expect(rowsToRead(scrolled)).toEqual([31, 32, 33, 34, 35]);
    const read = run([{ type: 'rows', entries: [31, 32, 33, 34, 35].map(entry) }], scrolled);
    expect(rowsToRead(read)).toEqual([]);
  });

  test('snippets are wanted only for a search, and only kept for the result they were read for', () => {
    const plainResult: QueryResult = { ids: ids(5), terms: [] };
    const listed = run([
      { type: 'run', query: plain },
      { type: 'answer', ticket: 1, result: plainResult, entries: [] },
    ]);
    expect(snippetsToRead(listed)).toEqual([]);
    const found: QueryResult = { ids: [3, 4], terms: ['idlib'] };
    const searched = run(
      [
        { type: 'run', query: search },
        { type: 'answer', ticket: 2, result: found, entries: [entry(3), entry(4)] },
      ],
      listed,
    );
    expect(snippetsToRead(searched)).toEqual([3, 4]);
    const stale = run([{ type: 'snippets', result: plainResult, snippets: new Map([[3, 'old words']]) }], searched);
    expect(stale).toBe(searched);
    const kept = run([{ type: 'snippets', result: found, snippets: new Map([[3, '… idlib …']]) }], searched);
    expect(kept.snippets.get(3)).toBe('… idlib …');
    expect(snippetsToRead(kept)).toEqual([4]);
  });
});
