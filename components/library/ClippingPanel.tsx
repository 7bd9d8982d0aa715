import { useEffect, useMemo, useState } from 'preact/hooks';
import { bibtex, cslJson } from '../../utils/export/citation';
import { markdownFileName } from '../../utils/export/filename';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { sanitizeHtml } from '../../utils/sanitize';
import { getClipping, versionsOf } from '../../utils/store/clippings';
import { diffClippings, type ClippingDiff } from '../../utils/store/diff';
import { setNote } from '../../utils/store/edit';
import type { Clipping, CopydeskDb } from '../../utils/store/schema';
import { addTags, removeTag } from '../../utils/store/tags';
import { ClippingView } from '../ClippingView';
import { ClippingDetails } from './ClippingDetails';
import { downloadBlob } from './download';
import { VersionChanges } from './VersionChanges';

type Props = {
  db: CopydeskDb;
  id: number;
  /** Bumped by the library after any write, so the view reloads. */
  revision: number;
  busy: boolean;
  onBack: () => void;
  onOpen: (id: number) => void;
  onDelete: () => void;
  onChanged: () => void;
  onError: (message: string) => void;
};

type Loaded = { clipping: Clipping; versions: Array<{ id: number; clippedAt: string }>; diff: ClippingDiff | null };

const message = (error: unknown) =>
  error && typeof error === 'object' && 'userMessage' in error ? String(error.userMessage) : String(error);

/** One saved clipping with its library extras: tags and note, citations, versions and what changed. */
export function ClippingPanel({ db, id, revision, busy, onBack, onOpen, onDelete, onChanged, onError }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const clipping = await getClipping(db, id);
      if (!clipping) {
        if (live) setMissing(true);
        return;
      }
      const versions = await versionsOf(db, id);
      const previous = clipping.previousId ? await getClipping(db, clipping.previousId) : undefined;
      if (live) setLoaded({ clipping, versions, diff: previous ? diffClippings(previous, clipping) : null });
    };
    load().catch((error: unknown) => onError(message(error)));
    return () => {
      live = false;
    };
  }, [db, id, revision, onError]);

  const open = loaded?.clipping.id === id ? loaded.clipping : null;
  const markdown = useMemo(() => (open ? clippingToMarkdown(open) : ''), [open]);
  const safeHtml = useMemo(() => (open ? sanitizeHtml(open.html, window) : ''), [open]);

  if (missing) {
    return (
      <div class="status">
        <h2>This clipping is no longer in the library</h2>
        <button type="button" onClick={onBack}>
          Back to the library
        </button>
      </div>
    );
  }
  if (!open || !loaded) {
    return (
      <p class="status loading" role="status">
        Opening the clipping…
      </p>
    );
  }
  const edit = (work: Promise<unknown>) => work.then(onChanged, (error: unknown) => onError(message(error)));
  const file = (ext: string, type: string, text: string) =>
    downloadBlob(markdownFileName(open).replace(/\.md$/, ext), new Blob([text], { type }));
  return (
    <ClippingView
      clipping={open}
      safeHtml={safeHtml}
      markdown={markdown}
      onBack={onBack}
      onDelete={onDelete}
      onDownload={() => file('.md', 'text/markdown;charset=utf-8', markdown)}
      onCopy={() =>
        navigator.clipboard.writeText(markdown).then(
          () => true,
          () => false,
        )
      }
    >
      <ClippingDetails
        tags={open.tags}
        note={open.note ?? ''}
        busy={busy}
        onAddTag={(tag) => void edit(addTags(db, [id], [tag]))}
        onRemoveTag={(tag) => void edit(removeTag(db, tag, [id]))}
        onSaveNote={(note) => void edit(setNote(db, id, note))}
      />
      <div class="row actions citations">
        <span class="hint">Cite:</span>
        <button type="button" onClick={() => file('.bib', 'application/x-bibtex', bibtex([open]))}>
          BibTeX
        </button>
        <button type="button" onClick={() => file('.csl.json', 'application/json', cslJson([open]))}>
          CSL-JSON
        </button>
      </div>
      <VersionChanges versions={loaded.versions} currentId={id} diff={loaded.diff} onOpen={onOpen} />
    </ClippingView>
  );
}
