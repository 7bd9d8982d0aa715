import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryList } from '../../components/LibraryList';
import { UndoToast } from '../../components/UndoToast';
import { backupLibrary, exportClippings, restoreFromText, restoreSummary } from '../../components/library/actions';
import { BulkBar, type ExportKind } from '../../components/library/BulkBar';
import { ClippingPanel } from '../../components/library/ClippingPanel';
import { downloadBlob } from '../../components/library/download';
import { LibraryTools } from '../../components/library/LibraryTools';
import { ProgressNote, type Progress } from '../../components/library/ProgressNote';
import { activeFilters, SearchFilters } from '../../components/library/SearchFilters';
import { snippetFor } from '../../components/library/snippet';
import { TagManager } from '../../components/library/TagManager';
import '../../components/library/library.css';
import { clippingBatches } from '../../utils/store/batches';
import { deleteClippings, restoreClippings } from '../../utils/store/clippings';
import { requestPersistence, storageEstimate, type PersistState } from '../../utils/store/persist';
import {
  firstPage,
  getEntries,
  libraryFacets,
  queryLibrary,
  tagCounts,
  type Facets,
  type LibraryQuery,
  type QueryResult,
} from '../../utils/store/query';
import type { Clipping, CopydeskDb, LibraryEntry } from '../../utils/store/schema';
import { invalidateSearchIndex, searchIndex } from '../../utils/store/search-index';
import { addTags, mergeTags, removeTag } from '../../utils/store/tags';
import { errorMessage } from './browser-io';

type Props = {
  library: Promise<CopydeskDb>;
  /** The clipping to show, or null for the list. */
  openId: number | null;
  onOpen: (id: number) => void;
  onBack: () => void;
};

type Notice = { kind: 'error' | 'info'; text: string };
type Undo = { message: string; records: Clipping[] };
type Tool = 'none' | 'tags' | 'tools';

const NO_FACETS: Facets = { tags: [], sites: [], speakers: [], statuses: [] };
/** Rows fetched with the first query, so the first screen paints complete, not as placeholders. */
const FIRST_SCREEN = 30;

/** Resolves once the next frame has been painted. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The library (search, filters, bulk work, tags, backup) and the clipping view. */
export function LibraryPanel({ library, openId, onOpen, onBack }: Props) {
  const [db, setDb] = useState<CopydeskDb | null>(null);
  const [query, setQuery] = useState<LibraryQuery>({});
  const [result, setResult] = useState<QueryResult | null>(null);
  const [revision, setRevision] = useState(0);
  const [entries, setEntries] = useState<Map<number, LibraryEntry>>(new Map());
  const [snippets, setSnippets] = useState<Map<number, string>>(new Map());
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [tool, setTool] = useState<Tool>('none');
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const ticket = useRef(0);
  /** The query the list shows (or is loading), to tell a new query from an edit. */
  const listedQuery = useRef<LibraryQuery | null>(null);
  const range = useRef<[number, number]>([0, FIRST_SCREEN]);
  const lastToggled = useRef<number | null>(null);
  const changed = useCallback(() => setRevision((r) => r + 1), []);

  useEffect(() => {
    void library.then(setDb, (error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }));
    // Ask once per panel: with unlimitedStorage Chromium grants it silently.
    void requestPersistence().then(setPersist);
  }, [library]);

  // Build the search index once the first screen is up (not before: it would delay it),
  // while the user looks at the list, so the first search is quick.
  const listed = result !== null;
  useEffect(() => {
    if (!db || !listed) return;
    const timer = setTimeout(() => void searchIndex(db).catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, [db, listed]);

  // Another window may have saved or deleted: look again when the panel comes back into view.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      if (db) invalidateSearchIndex(db);
      changed();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [changed, db]);

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
        if (mine === ticket.current) setNotice({ kind: 'error', text: errorMessage(error) });
      }
    };
    // Typing: wait for a pause; anything else: at once.
    const timer = setTimeout(() => void run(), query.text ? 120 : 0);
    return () => clearTimeout(timer);
  }, [db, query, revision]);

  // The filter menus wait for the first screen: their index walks would compete with it.
  useEffect(() => {
    if (!db || !listed) return;
    libraryFacets(db).then(setFacets, () => setFacets(NO_FACETS));
    if (tool === 'tags') void tagCounts(db).then(setCounts);
    if (tool === 'tools') void storageEstimate().then(setUsage);
  }, [db, listed, revision, tool]);

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

  useEffect(() => {
    void loadRange(...range.current);
  }, [loadRange]);
  // A stable callback for the list, always calling the latest loader.
  const latestLoad = useRef(loadRange);
  latestLoad.current = loadRange;
  const onRange = useCallback((start: number, end: number) => void latestLoad.current(start, end), []);

  /** Runs store work with progress, turning failures into a message and refreshing after. */
  const act = async (label: string, total: number, work: (step: (done: number) => void) => Promise<void>) => {
    if (!db || progress) return;
    setNotice(null);
    setProgress({ label, done: 0, total });
    try {
      await work((done) => setProgress({ label, done, total }));
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
      changed();
    }
  };

  const ids = result?.ids ?? [];
  /** The library's size even while `ids` holds only the first page. */
  const total = result?.total ?? ids.length;
  const selectedInOrder = () => ids.filter((id) => selected.has(id));

  const remove = (targets: number[]) =>
    act('Deleting', targets.length, async () => {
      const records = await deleteClippings(db!, targets);
      setSelected(new Set([...selected].filter((id) => !targets.includes(id))));
      if (records.length) {
        const one =
          records.length === 1 ? `“${records[0]!.title || 'Untitled article'}”` : `${records.length} clippings`;
        setUndo({ message: `Deleted ${one}.`, records });
      }
      if (openId !== null && targets.includes(openId)) onBack();
    });

  const undoDelete = () =>
    act('Restoring', undo?.records.length ?? 0, async () => {
      if (!undo) return;
      await restoreClippings(db!, undo.records);
      setUndo(null);
    });

  const exportSome = (kind: ExportKind, only?: number[]) =>
    act('Exporting', only?.length ?? total, async (step) => {
      const file = await exportClippings(db!, kind, only, step);
      downloadBlob(file.name, file.blob);
      setNotice({ kind: 'info', text: `Exported ${file.count.toLocaleString()} clippings as ${file.name}.` });
    });

  const backup = () =>
    act('Backing up', total, async (step) => {
      const file = await backupLibrary(db!, step);
      downloadBlob(file.name, file.blob);
      setNotice({ kind: 'info', text: `Backed up ${file.count.toLocaleString()} clippings to ${file.name}.` });
    });

  const restore = (file: File) =>
    act('Restoring', 0, async () => {
      const outcome = await restoreFromText(db!, await file.text(), (done, total) =>
        setProgress({ label: 'Restoring', done, total }),
      );
      setNotice(
        outcome.ok ? { kind: 'info', text: restoreSummary(outcome.report) } : { kind: 'error', text: outcome.problem },
      );
    });

  const toggle = (id: number, index: number, extend: boolean) => {
    const next = new Set(selected);
    const on = !next.has(id);
    const from = extend && lastToggled.current !== null ? Math.min(lastToggled.current, index) : index;
    const to = extend && lastToggled.current !== null ? Math.max(lastToggled.current, index) : index;
    for (const i of ids.slice(from, to + 1)) {
      if (on) next.add(i);
      else next.delete(i);
    }
    lastToggled.current = index;
    setSelected(next);
  };

  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  const narrowed = !!query.text?.trim() || activeFilters(query) > 0;

  const footer = (
    <>
      {progress && <ProgressNote progress={progress} />}
      {undo && <UndoToast message={undo.message} onUndo={() => void undoDelete()} onDismiss={() => setUndo(null)} />}
    </>
  );

  if (openId !== null && db) {
    return (
      <>
        <ClippingPanel
          db={db}
          id={openId}
          revision={revision}
          busy={!!progress}
          onBack={onBack}
          onOpen={onOpen}
          onDelete={() => void remove([openId])}
          onChanged={changed}
          onError={(text) => setNotice({ kind: 'error', text })}
        />
        {notice && <NoticeLine notice={notice} onDismiss={() => setNotice(null)} />}
        {footer}
      </>
    );
  }

  return (
    <div class="library-panel">
      <SearchFilters query={query} facets={facets} onChange={setQuery} />
      <div class="row lib-toolbar">
        <button
          type="button"
          aria-expanded={tool === 'tags'}
          onClick={() => setTool(tool === 'tags' ? 'none' : 'tags')}
        >
          Tags
        </button>
        <button
          type="button"
          aria-expanded={tool === 'tools'}
          onClick={() => setTool(tool === 'tools' ? 'none' : 'tools')}
        >
          Export &amp; backup
        </button>
      </div>
      {tool === 'tags' && (
        <TagManager
          counts={counts}
          busy={!!progress}
          onRename={(from, to) => void act('Renaming tag', 0, () => mergeTags(db!, [from], to).then(() => {}))}
          onMerge={(from, to) => void act('Merging tags', 0, () => mergeTags(db!, from, to).then(() => {}))}
          onRemove={(tag) => void act('Removing tag', 0, () => removeTag(db!, tag).then(() => {}))}
        />
      )}
      {tool === 'tools' && (
        <LibraryTools
          busy={!!progress}
          total={total}
          persist={persist}
          usage={usage}
          onExportAll={() => void exportSome('markdown-zip')}
          onBackup={() => void backup()}
          onRestore={(file) => void restore(file)}
        />
      )}
      {notice && <NoticeLine notice={notice} onDismiss={() => setNotice(null)} />}
      <BulkBar
        selected={selected.size}
        total={total}
        busy={!!progress}
        onSelectAll={() => setSelected(new Set(ids))}
        onClear={() => setSelected(new Set())}
        onTag={(tag) => void act('Tagging', selected.size, () => addTags(db!, [...selected], [tag]).then(() => {}))}
        onExport={(kind) => void exportSome(kind, selectedInOrder())}
        onDelete={() => void remove(selectedInOrder())}
      />
      <LibraryList
        ids={result ? result.ids : null}
        terms={result?.terms ?? []}
        entries={entries}
        snippets={snippets}
        selected={selected}
        narrowed={narrowed}
        queryKey={queryKey}
        onToggle={toggle}
        onOpen={onOpen}
        onDelete={(id) => void remove([id])}
        onRange={onRange}
        onClearFilters={() => setQuery({ sort: query.sort })}
      />
      {footer}
    </div>
  );
}

function NoticeLine({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <p
      class={notice.kind === 'error' ? 'save-error lib-notice' : 'lib-notice'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button type="button" class="icon" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </p>
  );
}
