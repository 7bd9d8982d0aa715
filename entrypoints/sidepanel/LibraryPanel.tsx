import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { LibraryList } from '../../components/LibraryList';
import { RenderGuard } from '../../components/RenderGuard';
import { UndoToast } from '../../components/UndoToast';
import { BulkBar } from '../../components/library/BulkBar';
import { ClippingStatus } from '../../components/library/ClippingPanel';
import { LibraryTools } from '../../components/library/LibraryTools';
import { NoticeLine, type Notice } from '../../components/library/NoticeLine';
import { ProgressNote } from '../../components/library/ProgressNote';
import { activeFilters, SearchFilters } from '../../components/library/SearchFilters';
import { TagManager } from '../../components/library/TagManager';
import '../../components/library/library.css';
import type { LibraryQuery } from '../../utils/store/query';
import type { CopydeskDb } from '../../utils/store/schema';
import { invalidateSearchIndex } from '../../utils/store/search-index';
import { errorMessage } from './browser-io';
import { OpenClipping } from './OpenClipping';
import { useLibraryActions } from './use-library-actions';
import { useLibraryFacts, type LibraryTool } from './use-library-facts';
import { useLibraryList } from './use-library-list';
import { useSelection } from './use-selection';

type Props = {
  library: Promise<CopydeskDb>;
  /** The clipping to show, or null for the list. */
  openId: number | null;
  onOpen: (id: number) => void;
  onBack: () => void;
  /** Grows when team sync wrote changes from colleagues: the list and the open clipping look again. */
  teamRevision?: number;
};

/** The library (search, filters, bulk work, tags, backup) and the clipping view. */
export function LibraryPanel({ library, openId, onOpen, onBack, teamRevision = 0 }: Props) {
  const [db, setDb] = useState<CopydeskDb | null>(null);
  const [query, setQuery] = useState<LibraryQuery>({});
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tool, setTool] = useState<LibraryTool>('none');
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const showError = useCallback((text: string) => setNotice({ kind: 'error', text }), []);

  useEffect(() => {
    library.then(setDb, (error: unknown) => showError(errorMessage(error)));
  }, [library, showError]);

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
    if (!teamRevision || !db) return;
    invalidateSearchIndex(db);
    changed();
  }, [teamRevision, db, changed]);

  const { result, entries, snippets, onRange } = useLibraryList(db, query, revision, showError);
  const { facets, counts, usage, persist } = useLibraryFacts(db, result !== null, revision, tool, showError);
  const ids = result?.ids ?? [];
  /** The library's size even while `ids` holds only the first page. */
  const total = result?.total ?? ids.length;
  const selection = useSelection(ids);
  const { drop } = selection;
  const onDeleted = useCallback(
    (gone: readonly number[]) => {
      drop(gone);
      if (openId !== null && gone.includes(openId)) onBack();
    },
    [drop, openId, onBack],
  );
  const actions = useLibraryActions({ db, total, setNotice, onChanged: changed, onDeleted });
  const { busy } = actions;

  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  const narrowed = !!query.text?.trim() || activeFilters(query) > 0;
  const selectedInOrder = () => ids.filter((id) => selection.selected.has(id));
  const noticeLine = notice && <NoticeLine notice={notice} onDismiss={() => setNotice(null)} />;
  const footer = (
    <>
      {actions.progress && <ProgressNote progress={actions.progress} />}
      {actions.undo && (
        <UndoToast
          message={actions.undo.message}
          onUndo={() => void actions.undoDelete()}
          onDismiss={actions.dismissUndo}
        />
      )}
    </>
  );

  if (openId !== null && db) {
    return (
      <>
        <RenderGuard
          key={openId}
          fallback={(message) => (
            <ClippingStatus
              missing={false}
              problem={message}
              onBack={onBack}
              onDelete={() => void actions.remove([openId])}
            />
          )}
        >
          <OpenClipping
            db={db}
            id={openId}
            revision={revision}
            busy={busy}
            onBack={onBack}
            onOpen={onOpen}
            onDelete={() => void actions.remove([openId])}
            onChanged={changed}
            onError={showError}
          />
        </RenderGuard>
        {noticeLine}
        {footer}
      </>
    );
  }

  const toggleTool = (name: LibraryTool) => setTool(tool === name ? 'none' : name);
  return (
    <div class="library-panel">
      <SearchFilters query={query} facets={facets} onChange={setQuery} />
      <div class="row lib-toolbar">
        <button type="button" aria-expanded={tool === 'tags'} onClick={() => toggleTool('tags')}>
          Tags
        </button>
        <button type="button" aria-expanded={tool === 'tools'} onClick={() => toggleTool('tools')}>
          Export &amp; backup
        </button>
      </div>
      {tool === 'tags' && (
        <TagManager
          counts={counts}
          busy={busy}
          onRename={(from, to) => void actions.renameTag(from, to)}
          onMerge={(from, to) => void actions.mergeTags(from, to)}
          onRemove={(tag) => void actions.removeTag(tag)}
        />
      )}
      {tool === 'tools' && (
        <LibraryTools
          busy={busy}
          total={total}
          persist={persist}
          usage={usage}
          onExportAll={() => void actions.exportSome('markdown-zip')}
          onBackup={() => void actions.backup()}
          onRestore={(file) => void actions.restore(file)}
        />
      )}
      {noticeLine}
      <BulkBar
        selected={selection.selected.size}
        total={total}
        busy={busy}
        onSelectAll={() => selection.set(ids)}
        onClear={() => selection.set([])}
        onTag={(tag) => void actions.tag([...selection.selected], tag)}
        onExport={(kind) => void actions.exportSome(kind, selectedInOrder())}
        onDelete={() => void actions.remove(selectedInOrder())}
      />
      <LibraryList
        ids={result ? result.ids : null}
        terms={result?.terms ?? []}
        entries={entries}
        snippets={snippets}
        selected={selection.selected}
        narrowed={narrowed}
        queryKey={queryKey}
        onToggle={selection.toggle}
        onOpen={onOpen}
        onDelete={(id) => void actions.remove([id])}
        onRange={onRange}
        onClearFilters={() => setQuery({ sort: query.sort })}
      />
      {footer}
    </div>
  );
}
