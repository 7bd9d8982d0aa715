/**
 * The library's writes and long work (delete with undo, tags, export, backup, restore), one
 * at a time, each with its progress and a message on the notice line when done or failed.
 */
import { useRef, useState } from 'preact/hooks';
import type { ExportKind } from '../../components/library/BulkBar';
import type { Notice } from '../../components/library/NoticeLine';
import type { Progress } from '../../components/library/ProgressNote';
import { deleteClippings, restoreClippings } from '../../utils/store/clippings';
import type { Clipping, CopydeskDb } from '../../utils/store/schema';
import { addTags, mergeTags, removeTag } from '../../utils/store/tags';
import { cleanHtml, downloadBlob, errorMessage } from './browser-io';
import { backupLibrary, exportClippings, restoreFromText, restoreSummary } from './library-actions';

type Undo = { message: string; records: Clipping[] };

type Options = {
  db: CopydeskDb | null;
  /** The library's size, for the progress of whole-library work. */
  total: number;
  setNotice: (notice: Notice | null) => void;
  /** Called after every piece of work, done or failed, so views reload. */
  onChanged: () => void;
  /** Called with the ids just deleted (to unselect them, leave an open one...). */
  onDeleted: (ids: readonly number[]) => void;
};

/** What the panel can ask of the library, and the state of the work under way. */
export function useLibraryActions({ db, total, setNotice, onChanged, onDeleted }: Options) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  // Read at the click, not from the last render: a double click must not start the work twice.
  const running = useRef(false);

  /** Runs store work with progress, turning failures into a message and refreshing after. */
  const act = async (
    label: string,
    size: number,
    work: (db: CopydeskDb, step: (done: number) => void) => Promise<unknown>,
  ) => {
    if (!db || running.current) return;
    running.current = true;
    setNotice(null);
    setProgress({ label, done: 0, total: size });
    try {
      await work(db, (done) => setProgress({ label, done, total: size }));
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      running.current = false;
      setProgress(null);
      onChanged();
    }
  };

  const remove = (targets: number[]) =>
    act('Deleting', targets.length, async (db) => {
      const records = await deleteClippings(db, targets);
      onDeleted(targets);
      if (records.length) {
        const one =
          records.length === 1 ? `“${records[0]!.title || 'Untitled article'}”` : `${records.length} clippings`;
        setUndo({ message: `Deleted ${one}.`, records });
      }
    });

  const undoDelete = () =>
    act('Restoring', undo?.records.length ?? 0, async (db) => {
      if (!undo) return;
      await restoreClippings(db, undo.records);
      setUndo(null);
    });

  const exportSome = (kind: ExportKind, only?: number[]) =>
    act('Exporting', only?.length ?? total, async (db, step) => {
      const file = await exportClippings(db, kind, only, step);
      downloadBlob(file.name, file.blob);
      const exported = `Exported ${file.count.toLocaleString()} clippings as ${file.name}.`;
      const left = file.skipped ?? [];
      setNotice(
        left.length
          ? {
              kind: 'error',
              text: `${exported} Left out, damaged: ${left.slice(0, 3).join('; ')}${left.length > 3 ? ` …and ${left.length - 3} more` : ''}.`,
            }
          : { kind: 'info', text: exported },
      );
    });

  const backup = () =>
    act('Backing up', total, async (db, step) => {
      const file = await backupLibrary(db, step);
      downloadBlob(file.name, file.blob);
      setNotice({ kind: 'info', text: `Backed up ${file.count.toLocaleString()} clippings to ${file.name}.` });
    });

  const restore = (file: File) =>
    act('Restoring', 0, async (db) => {
      const outcome = await restoreFromText(db, await file.text(), cleanHtml, (done, all) =>
        setProgress({ label: 'Restoring', done, total: all }),
      );
      setNotice(
        outcome.ok ? { kind: 'info', text: restoreSummary(outcome.report) } : { kind: 'error', text: outcome.problem },
      );
    });

  return {
    progress,
    busy: progress !== null,
    undo,
    dismissUndo: () => setUndo(null),
    remove,
    undoDelete,
    exportSome,
    backup,
    restore,
    tag: (ids: readonly number[], tag: string) => act('Tagging', ids.length, (db) => addTags(db, ids, [tag])),
    renameTag: (from: string, to: string) => act('Renaming tag', 0, (db) => mergeTags(db, [from], to)),
    mergeTags: (from: string[], to: string) => act('Merging tags', 0, (db) => mergeTags(db, from, to)),
    removeTag: (tag: string) => act('Removing tag', 0, (db) => removeTag(db, tag)),
  };
}
