import { useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { DeskView } from '../../components/DeskView';
import { PageChanged } from '../../components/PageChanged';
import { SaveBar, type SaveState } from '../../components/SaveBar';
import { UndoToast } from '../../components/UndoToast';
import type { Analysis } from '../../utils/analysis/types';
import { parseTags, type Removed } from '../../utils/desk/desk-actions';
import { hasWork } from '../../utils/desk/desk-reducer';
import { slugify } from '../../utils/export/filename';
import { toWebAnnotations } from '../../utils/export/web-annotation';
import type { DeskCommand } from '../../utils/messaging';
import type { Newer } from '../../utils/panel/followed-page';
import { sanitizeHtml } from '../../utils/sanitize';
import { clippingFromAnalysis, findExisting, savePage } from '../../utils/store/clippings';
import type { CopydeskDb } from '../../utils/store/schema';
import { downloadText, errorMessage } from './browser-io';
import { useDesk } from './use-desk';
import { useFlagAuthors } from './use-team';
import './desk.css';
import './flags.css';

/** A command from a shortcut or the context menu, waiting for the page to be ready. */
export type PendingCommand = { command: DeskCommand; tabId: number; seq: number };

type Props = {
  url: string;
  analysis: Analysis;
  /** A later reading of the page that found a different article, offered to the editor. */
  newer: Newer | null;
  /** Readings of this page so far (each one redraws its highlights). */
  reads: number;
  onTakeNewer: () => void;
  tabId: number | null;
  library: Promise<CopydeskDb>;
  onOpenClipping: (id: number) => void;
  command: PendingCommand | null;
  onCommandDone: () => void;
};

/** The page view: the article, saving, and the desk where its flags are checked and annotated. */
export function PageDesk(props: Props) {
  const { url, analysis, tabId, library, command, newer } = props;
  const desk = useDesk(analysis, url, tabId, library, props.reads);
  const { dispatch } = desk;
  // In a team, each flag says who set it; read again as the flags change.
  const authorOf = useFlagAuthors(library, desk.clipping?.id ?? null, desk.desk.flags);
  const [undo, setUndo] = useState<Removed | null>(null);
  // Regression: save state lived in App, so a save finishing after a tab switch showed
  // tab A's "Saved" or "exists" on tab B. Each page (keyed by tab and URL) has its own.
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  // "Saved." speaks of the version it saved: the new version of a changed page starts unsaved.
  useEffect(() => setSave({ status: 'idle' }), [analysis]);

  const doSave = async (opts: { replaceId?: number; allowDuplicate?: boolean }) => {
    setSave({ status: 'saving' });
    try {
      const db = await library;
      // A page whose clipping the desk keeps up to date is saved over it (a new version if the page changed).
      const replaceId = opts.replaceId ?? (opts.allowDuplicate ? undefined : desk.clipping?.id);
      if (replaceId === undefined && !opts.allowDuplicate) {
        const existing = await findExisting(db, analysis.article.url ?? url, analysis.article.canonicalUrl);
        if (existing?.id !== undefined) {
          setSave({ status: 'exists', id: existing.id, clippedAt: existing.clippedAt });
          return;
        }
      }
      const clipping = clippingFromAnalysis(analysis, {
        html: sanitizeHtml(analysis.article.html, window, { baseUrl: analysis.article.url ?? url }),
        now: new Date(),
        desk: desk.all(),
      });
      // Another window may have saved this page since the check above: the save then joins its copy.
      const { id, outcome } = await savePage(db, clipping, {
        replaceId,
        whenSaved: opts.allowDuplicate ? 'add' : 'update',
      });
      dispatch({ type: 'linked', id });
      setSave({ status: 'saved', id, outcome });
    } catch (error) {
      setSave({ status: 'error', message: errorMessage(error) });
    }
  };

  // The new annotation's note opens at once (the desk opens its draft).
  const annotate = () => void desk.annotate();

  useEffect(() => {
    if (!command || command.tabId !== tabId || !desk.loaded) return;
    props.onCommandDone();
    if (command.command === 'annotate') annotate();
    else void doSave({});
    // Runs once per command; the handlers read the latest state when they run.
  }, [command, tabId, desk.loaded]);

  // A new version of a page with no work on it is shown at once: there is nothing to keep.
  const idle = desk.loaded && !hasWork(desk);
  useEffect(() => {
    if (newer && idle) props.onTakeNewer();
  }, [newer, idle]);

  // A list that stopped early or failed says so at its head, not among the page's warnings.
  const onLists = new Set(analysis.shortfalls?.map((s) => s.message));

  const exportAnnotations = () => {
    const collection = toWebAnnotations({ url, title: analysis.article.title, ...desk.all() });
    const name = `${slugify(analysis.article.title) || 'annotations'}.annotations.jsonld`;
    downloadText(name, JSON.stringify(collection, null, 2), 'application/ld+json');
  };

  return (
    <div class="page-view" data-url={url} data-desk={desk.loaded ? 'ready' : 'loading'} data-reads={props.reads}>
      {newer && !idle && <PageChanged summary={newer.summary} onShow={props.onTakeNewer} />}
      <ArticleHeader article={analysis.article} />
      <SaveBar
        state={save}
        sync={desk.clipping}
        onSave={() => void doSave({})}
        onReplace={(id) => void doSave({ replaceId: id })}
        onKeepBoth={() => void doSave({ allowDuplicate: true })}
        onOpen={props.onOpenClipping}
      />
      {/* One warning once: the engine may give the same one for two places of the page. */}
      {[...new Set(analysis.warnings)]
        .filter((w) => !onLists.has(w))
        .map((w) => (
          <p class="warning" key={w}>
            {w}
          </p>
        ))}
      {desk.notice && (
        <p class="notice" role="status">
          {desk.notice}
        </p>
      )}
      {!desk.loaded ? (
        <p class="status loading" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" /> Bringing back your checks…
        </p>
      ) : (
        <DeskView
          authorOf={authorOf}
          findings={analysis.findings}
          shortfalls={analysis.shortfalls}
          desk={desk.desk}
          orphanFlags={desk.orphanFlags}
          annotations={desk.annotations}
          hidden={desk.hidden}
          drafts={desk.drafts}
          flagNotice={desk.flagNotice}
          annotationDrafts={desk.annotationDrafts}
          onEditAnnotation={(id) => dispatch({ type: 'annotation-draft-open', id, now: new Date() })}
          onAnnotationDraft={(id, typed) => dispatch({ type: 'annotation-draft-edit', id, ...typed, now: new Date() })}
          onCancelAnnotation={(id) => dispatch({ type: 'annotation-draft-close', id })}
          onLocate={desk.locate}
          onStatus={(finding, status) => dispatch({ type: 'status', finding, status, now: new Date() })}
          onSpeaker={(finding, speaker) => dispatch({ type: 'speaker', finding, speaker, now: new Date() })}
          onNote={(finding, note) => dispatch({ type: 'note', finding, note, now: new Date() })}
          onOpenNote={(finding) => dispatch({ type: 'draft-open', finding, now: new Date() })}
          onDraft={(findingId, text) => dispatch({ type: 'draft-edit', findingId, text, now: new Date() })}
          onCancelNote={(findingId) => dispatch({ type: 'draft-close', findingId })}
          onToggleKind={(kind) => dispatch({ type: 'toggle-kind', kind })}
          onAnnotate={annotate}
          onSaveAnnotation={(id, note, tags) =>
            dispatch({ type: 'edit-annotation', id, note, tags: parseTags(tags), now: new Date() })
          }
          onDeleteAnnotation={(id) => setUndo(desk.deleteAnnotation(id))}
          onForgetFlag={(state) => dispatch({ type: 'forget-flag', state })}
          onExport={exportAnnotations}
        />
      )}
      {undo && (
        <UndoToast
          message="Annotation deleted."
          onUndo={() => {
            dispatch({ type: 'restore-annotation', removed: undo });
            setUndo(null);
          }}
          onDismiss={() => setUndo(null)}
        />
      )}
    </div>
  );
}
