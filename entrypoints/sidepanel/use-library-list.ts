/**
 * The library list's data: the query's result (ids in order), the rows read so far and
 * the search snippets of the rows on screen. Rows are read as the list scrolls.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { snippetFor } from '../../components/library/snippet';
import { clippingBatches } from '../../utils/store/batches';
import { firstPage, getEntries, queryLibrary, type LibraryQuery, type QueryResult } from '../../utils/store/query';
import type { CopydeskDb, LibraryEntry } from '../../utils/store/schema';
import { searchIndex } from '../../utils/store/search-index';
import { errorMessage } from './browser-io';

/** Rows fetched with the first query, so the first screen paints complete, not as placeholders. */
const FIRST_SCREEN = 30;

/** Resolves once the next frame has been painted. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

export type LibraryList = {
  result: QueryResult | null;
  entries: Map<number, LibraryEntry>;
  snippets: Map<number, string>;
  /** A stable callback for the list: the rows from `start` to `end` are on screen. */
  onRange: (start: number, end: number) => void;
};

/**
 * Runs `query` against `db` (again whenever `revision` changes) and reads the rows on
 * screen. Failures go to `onError` (stable), as a message for the editor.
 */
export function useLibraryList(
  db: CopydeskDb | null,
  query: LibraryQuery,
  revision: number,
  onError: (text: string) => void,
): LibraryList {
  const [result, setResult] = useState<QueryResult | null>(null);
  const [entries, setEntries] = useState<Map<number, LibraryEntry>>(new Map());
  const [snippets, setSnippets] = useState<Map<number, string>>(new Map());
  const ticket = useRef(0);
  /** The query the list shows (or is loading), to tell a new query from an edit. */
  const listedQuery = useRef<LibraryQuery | null>(null);
  const range = useRef<[number, number]>([0, FIRST_SCREEN]);

  // Build the search index once the first screen is up (not before: it would delay it),
  // while the user looks at the list, so the first search is quick. A failure here only
  // costs speed: the search itself reports it.
  const listed = result !== null;
  useEffect(() => {
    if (!db || !listed) return;
    const timer = setTimeout(() => void searchIndex(db).catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, [db, listed]);

  useEffect(() => {
    if (!db) return;
    const mine = ++ticket.current;
    const run = async () => {
      try {
        // A new plain list paints its first page from a short index read, then takes the
        // whole order once that frame is drawn (reading every id first cost the first screen).
        // Not after an edit: a list cut to one page would lose the reader's scroll position.
        const fresh = listedQuery.current !== query;
        listedQuery.current = query;
        const quick = fresh ? await firstPage(db, query, FIRST_SCREEN) : null;
        if (mine !== ticket.current) return;
        if (quick) {
          setEntries(new Map(quick.entries.map((e) => [e.id, e])));
          setSnippets(new Map());
          setResult(quick.result);
          range.current = [0, FIRST_SCREEN];
          await afterPaint();
        }
        const found = await queryLibrary(db, query);
        const first = quick ? [] : await getEntries(db, found.ids.slice(0, FIRST_SCREEN));
        if (mine !== ticket.current) return;
        if (!quick) {
          setEntries(new Map(first.map((e) => [e.id, e])));
          setSnippets(new Map());
          range.current = [0, FIRST_SCREEN];
        }
        setResult(found);
      } catch (error) {
        if (mine === ticket.current) onError(errorMessage(error));
      }
    };
    // Typing: wait for a pause; anything else: at once.
    const timer = setTimeout(() => void run(), query.text ? 120 : 0);
    return () => clearTimeout(timer);
  }, [db, query, revision, onError]);

  const loadRange = useCallback(
    async (start: number, end: number) => {
      range.current = [start, end];
      if (!db || !result) return;
      const visible = result.ids.slice(start, end);
      const missing = visible.filter((id) => !entries.has(id));
      if (missing.length) {
        const rows = await getEntries(db, missing);
        setEntries((old) => new Map([...old, ...rows.map((e) => [e.id, e] as const)]));
      }
      const needSnippet = result.terms.length ? visible.filter((id) => !snippets.has(id)) : [];
      if (needSnippet.length) {
        const found = new Map<number, string>();
        for await (const batch of clippingBatches(db, needSnippet)) {
          for (const c of batch) found.set(c.id, snippetFor(c, result.terms));
        }
        setSnippets((old) => new Map([...old, ...found]));
      }
    },
    [db, result, entries, snippets],
  );

  // Rows that failed to load stay placeholders; the editor is told why.
  const load = useCallback(
    (start: number, end: number) => void loadRange(start, end).catch((error: unknown) => onError(errorMessage(error))),
    [loadRange, onError],
  );
  useEffect(() => load(...range.current), [load]);
  // A stable callback for the list, always calling the latest loader.
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const onRange = useCallback((start: number, end: number) => latestLoad.current(start, end), []);

  return { result, entries, snippets, onRange };
}
