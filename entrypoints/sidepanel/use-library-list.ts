/**
 * The library list's glue: runs the query (again whenever `revision` changes) and reads
 * the rows and snippets of the range on screen into the list's store
 * (utils/panel/library-list.ts), which holds the state and drops stale answers.
 */
import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { snippetFor } from '../../components/library/snippet';
import {
  FIRST_SCREEN,
  libraryListReducer,
  LIST_START,
  rowsToRead,
  snippetsToRead,
  type LibraryListState,
} from '../../utils/panel/library-list';
import { createStore } from '../../utils/panel/store';
import { clippingBatches } from '../../utils/store/batches';
import { firstPage, getEntries, queryLibrary, type LibraryQuery } from '../../utils/store/query';
import type { CopydeskDb } from '../../utils/store/schema';
import { searchIndex } from '../../utils/store/search-index';
import { errorMessage } from './browser-io';
import { useStore } from './use-store';

/** Resolves once the next frame has been painted, or after 100 ms in a page that draws no frames (hidden). */
const afterPaint = () =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(done, 0);
    });
  });

export type LibraryList = Pick<LibraryListState, 'result' | 'entries' | 'snippets'> & {
  /** A stable callback for the list: the rows from `start` to `end` are on screen. */
  onRange: (start: number, end: number) => void;
};

/**
 * Runs `query` against `db` and reads the rows on screen. Failures go to `onError`
 * (stable), as a message for the editor.
 */
export function useLibraryList(
  db: CopydeskDb | null,
  query: LibraryQuery,
  revision: number,
  onError: (text: string) => void,
): LibraryList {
  const store = useMemo(() => createStore(libraryListReducer, LIST_START), []);
  const state = useStore(store);

  // Build the search index once the first screen is up (not before: it would delay it),
  // while the user looks at the list, so the first search is quick. A failure here only
  // costs speed: the search itself reports it.
  const listed = state.result !== null;
  useEffect(() => {
    if (!db || !listed) return;
    const timer = setTimeout(() => void searchIndex(db).catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, [db, listed]);

  useEffect(() => {
    if (!db) return;
    const run = async () => {
      store.dispatch({ type: 'run', query });
      const { ticket, fresh } = store.getState();
      try {
        // A new plain list paints its first page from a short index read, then takes the
        // whole order once that frame is drawn (reading every id first cost the first screen).
        // Not after an edit: a list cut to one page would lose the reader's scroll position.
        const quick = fresh ? await firstPage(db, query, FIRST_SCREEN) : null;
        if (quick) {
          store.dispatch({ type: 'answer', ticket, result: quick.result, entries: quick.entries });
          if (store.getState().ticket !== ticket) return;
          await afterPaint();
          store.dispatch({ type: 'answer', ticket, result: await queryLibrary(db, query) });
          return;
        }
        const found = await queryLibrary(db, query);
        const entries = await getEntries(db, found.ids.slice(0, FIRST_SCREEN));
        store.dispatch({ type: 'answer', ticket, result: found, entries });
      } catch (error) {
        if (store.getState().ticket === ticket) onError(errorMessage(error));
      }
    };
    // Typing: wait for a pause; anything else: at once.
    const timer = setTimeout(() => void run(), query.text ? 120 : 0);
    return () => clearTimeout(timer);
  }, [db, query, revision, onError, store]);

  // Reads what the screen lacks, from the state as it is when it runs (never a stale render's).
  const load = useCallback(async () => {
    if (!db) return;
    const missing = rowsToRead(store.getState());
    if (missing.length) store.dispatch({ type: 'rows', entries: await getEntries(db, missing) });
    const { result } = store.getState();
    const needSnippet = snippetsToRead(store.getState());
    if (!result || !needSnippet.length) return;
    const found = new Map<number, string>();
    for await (const batch of clippingBatches(db, needSnippet)) {
      for (const c of batch) found.set(c.id, snippetFor(c, result.terms));
    }
    store.dispatch({ type: 'snippets', result, snippets: found });
  }, [db, store]);

  // Rows that failed to load stay placeholders; the editor is told why.
  const reload = useCallback(
    () => void load().catch((error: unknown) => onError(errorMessage(error))),
    [load, onError],
  );
  useEffect(reload, [reload, state.result]);
  const onRange = useCallback(
    (start: number, end: number) => {
      store.dispatch({ type: 'range', start, end });
      reload();
    },
    [store, reload],
  );

  return { result: state.result, entries: state.entries, snippets: state.snippets, onRange };
}
