import { useEffect, useMemo, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { DeskView } from '../../components/DeskView';
import { SaveBar, type SaveState } from '../../components/SaveBar';
import { UndoToast } from '../../components/UndoToast';
import type { Analysis } from '../../utils/analysis/types';
import { parseTags, type Removed } from '../../utils/desk/desk-actions';
import { slugify } from '../../utils/export/filename';
import { toWebAnnotations } from '../../utils/export/web-annotation';
import type { DeskCommand } from '../../utils/messaging';
import { sanitizeHtml } from '../../utils/sanitize';
import { clippingFromAnalysis, findExisting, saveClipping } from '../../utils/store/clippings';
import type { CopydeskDb } from '../../utils/store/schema';
import { downloadText, errorMessage } from './browser-io';
import { useDesk } from './use-desk';
import './desk.css';

/** A command from a shortcut or the context menu, waiting for the page to be ready. */
export type PendingCommand = { command: DeskCommand; tabId: number; seq: number };

type Props = {
  url: string;
  analysis: Analysis;
  tabId: number | null;
  library: Promise<CopydeskDb>;
  onOpenClipping: (id: number) => void;
  command: PendingCommand | null;
  onCommandDone: () => void;
};

/** The page view: the article, saving, and the desk where its flags are checked and annotated. */
export function PageDesk({ url, analysis, tabId, library, onOpenClipping, command, onCommandDone }: Props) {
  const desk = useDesk(analysis, url, tabId, library);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [undo, setUndo] = useState<Removed | null>(null);
  // Regression: save state lived in App, so a save finishing after a tab switch showed
  // tab A's "Saved" or "exists" on tab B. Each page (keyed by tab and URL) has its own.
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  const doSave = async (opts: { replaceId?: number; allowDuplicate?: boolean }) => {
    setSave({ status: 'saving' });
    try {
      const db = await library;
      if (opts.replaceId === undefined && !opts.allowDuplicate) {
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
      const id = await saveClipping(db, clipping, { replaceId: opts.replaceId });
      // saveClipping keeps the id when it updated in place and returns a new one for a new version.
      const outcome = opts.replaceId === undefined ? 'saved' : id === opts.replaceId ? 'updated' : 'new-version';
      setSave({ status: 'saved', id, outcome });
    } catch (error) {
      setSave({ status: 'error', message: errorMessage(error) });
    }
  };

  const annotate = async () => {
    const id = await desk.annotate();
    if (id) setEditingId(id);
  };

  useEffect(() => {
    if (!command || command.tabId !== tabId || !desk.loaded) return;
    onCommandDone();
    if (command.command === 'annotate') void annotate();
    else void doSave({});
    // Runs once per command; the handlers read the latest state when they run.
  }, [command, tabId, desk.loaded]);

  const exportAnnotations = () => {
    const collection = toWebAnnotations({ url, title: analysis.article.title, ...desk.all() });
    const name = `${slugify(analysis.article.title) || 'annotations'}.annotations.jsonld`;
    downloadText(name, JSON.stringify(collection, null, 2), 'application/ld+json');
  };

  const warnings = useMemo(() => analysis.warnings, [analysis]);
  return (
    <div class="page-view" data-url={url} data-desk={desk.loaded ? 'ready' : 'loading'}>
      <ArticleHeader article={analysis.article} />
      <SaveBar
        state={save}
        onSave={() => void doSave({})}
        onReplace={(id) => void doSave({ replaceId: id })}
        onKeepBoth={() => void doSave({ allowDuplicate: true })}
        onOpen={onOpenClipping}
      />
      {warnings.map((w) => (
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
          findings={analysis.findings}
          desk={desk.desk}
          orphanFlags={desk.orphanFlags}
          annotations={desk.annotations}
          hidden={desk.hidden}
          editingId={editingId}
          onEditing={setEditingId}
          onLocate={desk.locate}
          onStatus={desk.setStatus}
          onNote={desk.setNote}
          onToggleKind={desk.toggleKind}
          onAnnotate={() => void annotate()}
          onSaveAnnotation={(id, note, tags) => {
            desk.editAnnotation(id, note, parseTags(tags));
            setEditingId(null);
          }}
          onDeleteAnnotation={(id) => setUndo(desk.deleteAnnotation(id))}
          onForgetFlag={desk.forgetFlag}
          onExport={exportAnnotations}
        />
      )}
      {undo && (
        <UndoToast
          message="Annotation deleted."
          onUndo={() => {
            desk.restoreAnnotation(undo);
            setUndo(null);
          }}
          onDismiss={() => setUndo(null)}
        />
      )}
    </div>
  );
}
