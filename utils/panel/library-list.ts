/**
 * The Library list's state, as pure transitions: the query on show and its result (ids in
 * order), the list rows read so far, the search snippets of rows on screen, and the range
 * on screen. Each query run takes a ticket; an answer for an older ticket is dropped here,
 * so a slow search can never overwrite a newer one. Which rows and snippets still have to
 * be read is derived from the state (rowsToRead, snippetsToRead), never tracked apart.
 */
import type { LibraryQuery, QueryResult } from '../store/query';
import type { LibraryEntry } from '../store/schema';

/** Rows fetched with the first query, so the first screen paints complete, not as placeholders. */
export const FIRST_SCREEN = 30;

export type LibraryListState = {
  /** The query the list shows or is loading; a different object is a new query, the same one an edit. */
  query: LibraryQuery | null;
  /** The last run asked for. */
  ticket: number;
  /** Whether that run is for a new query (its first page may paint before the whole order). */
  fresh: boolean;
  result: QueryResult | null;
  entries: ReadonlyMap<number, LibraryEntry>;
  snippets: ReadonlyMap<number, string>;
  /** Rows on screen: [start, end). */
  range: readonly [number, number];
};

export const LIST_START: LibraryListState = {
  query: null,
  ticket: 0,
  fresh: true,
  result: null,
  entries: new Map(),
  snippets: new Map(),
  range: [0, FIRST_SCREEN],
};

export type LibraryListAction =
  /** A run of `query` starts (a new query, or the same after an edit). */
  | { type: 'run'; query: LibraryQuery }
  /**
   * A run's answer: the result, and with `entries` the rows of its first screen, which
   * replace the rows held (a new list starts at the top). Without, the rows held stay
   * (after an edit the list keeps its place).
   */
  | { type: 'answer'; ticket: number; result: QueryResult; entries?: readonly LibraryEntry[] }
  /** The rows from `start` to `end` are on screen. */
  | { type: 'range'; start: number; end: number }
  /** List rows read for the screen. */
  | { type: 'rows'; entries: readonly LibraryEntry[] }
  /** Search snippets read for the screen, for the result's words. */
  | { type: 'snippets'; result: QueryResult; snippets: ReadonlyMap<number, string> };

export function libraryListReducer(state: LibraryListState, action: LibraryListAction): LibraryListState {
  switch (action.type) {
    case 'run':
      return { ...state, query: action.query, ticket: state.ticket + 1, fresh: state.query !== action.query };
    case 'answer': {
      if (action.ticket !== state.ticket) return state;
      if (!action.entries) return { ...state, result: action.result };
      return {
        ...state,
        result: action.result,
        entries: new Map(action.entries.map((e) => [e.id, e])),
        snippets: new Map(),
        range: [0, FIRST_SCREEN],
      };
    }
    case 'range':
      if (state.range[0] === action.start && state.range[1] === action.end) return state;
      return { ...state, range: [action.start, action.end] };
    case 'rows':
      if (!action.entries.length) return state;
      return { ...state, entries: new Map([...state.entries, ...action.entries.map((e) => [e.id, e] as const)]) };
    case 'snippets':
      // Snippets for an earlier search's words would mark the wrong words.
      if (action.result !== state.result || !action.snippets.size) return state;
      return { ...state, snippets: new Map([...state.snippets, ...action.snippets]) };
  }
}

/** The ids on screen. */
function onScreen(state: LibraryListState): number[] {
  return state.result ? state.result.ids.slice(state.range[0], state.range[1]) : [];
}

/** Rows on screen not read yet. */
export function rowsToRead(state: LibraryListState): number[] {
  return onScreen(state).filter((id) => !state.entries.has(id));
}

/** Rows on screen that a search should show a snippet for and have none yet. */
export function snippetsToRead(state: LibraryListState): number[] {
  if (!state.result?.terms.length) return [];
  return onScreen(state).filter((id) => !state.snippets.has(id));
}
