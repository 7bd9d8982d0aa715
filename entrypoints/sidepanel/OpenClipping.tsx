/**
 * The open clipping's glue: loads it with its versions and changes from the store,
 * and turns the view's callbacks into store writes, downloads and clipboard copies.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClippingPanel, ClippingStatus, type ClippingFile } from '../../components/library/ClippingPanel';
import { bibtex, cslJson } from '../../utils/export/citation';
import { markdownFileName } from '../../utils/export/filename';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { getClipping, versionsOf } from '../../utils/store/clippings';
import { readClipping } from '../../utils/store/record-schema';
import { diffClippings, type ClippingDiff } from '../../utils/store/diff';
import { setNote } from '../../utils/store/edit';
import type { Clipping, CopydeskDb } from '../../utils/store/schema';
import { addTags, removeTag } from '../../utils/store/tags';
import { cleanHtml, copyText, downloadText, errorMessage } from './browser-io';
import { useFlagAuthors } from './use-team';

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

type Loaded = {
  clipping: Clipping & { id: number };
  versions: Array<{ id: number; clippedAt: string }>;
  diff: ClippingDiff | null;
};

/** File name ending, MIME type and contents of each file a clipping can be offered as. */
const FILES: Record<ClippingFile, [string, string, (c: Clipping, markdown: string) => string]> = {
  markdown: ['.md', 'text/markdown', (_c, markdown) => markdown],
  bibtex: ['.bib', 'application/x-bibtex', (c) => bibtex([c])],
  'csl-json': ['.csl.json', 'application/json', (c) => cslJson([c])],
};

/** The clipping `id`, loaded from `db`, with its actions. */
export function OpenClipping({ db, id, revision, busy, onBack, onOpen, onDelete, onChanged, onError }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setMissing(false);
    setProblem(null);
    const load = async () => {
      const stored = await getClipping(db, id);
      if (!stored) {
        if (live) setMissing(true);
        return;
      }
      // The views read what the store's schema reads: a damaged record is shown as such.
      const read = readClipping(stored);
      if (!read.ok) {
        if (live) setProblem(read.problem);
        return;
      }
      const clipping = read.value;
      const versions = await versionsOf(db, id);
      const previous = clipping.previousId ? await getClipping(db, clipping.previousId) : undefined;
      const diff = previous ? diffClippings(previous, clipping) : null;
      if (live) setLoaded({ clipping: { ...clipping, id }, versions, diff });
    };
    load().catch((error: unknown) => onError(errorMessage(error)));
    return () => {
      live = false;
    };
  }, [db, id, revision, onError]);

  const open = loaded?.clipping.id === id ? loaded : null;
  const authorOf = useFlagAuthors(db, id, loaded);
  const markdown = useMemo(() => (open ? clippingToMarkdown(open.clipping) : ''), [open]);
  const safeHtml = useMemo(() => (open ? cleanHtml(open.clipping.html, open.clipping.url || null) : ''), [open]);

  if (problem !== null || missing || !open)
    return <ClippingStatus missing={missing} problem={problem} onBack={onBack} onDelete={onDelete} />;
  const { clipping } = open;
  const edit = (work: Promise<unknown>) => void work.then(onChanged, (error: unknown) => onError(errorMessage(error)));
  const download = (file: ClippingFile) => {
    const [ext, type, contents] = FILES[file];
    downloadText(markdownFileName(clipping).replace(/\.md$/, ext), contents(clipping, markdown), type);
  };
  return (
    <ClippingPanel
      clipping={clipping}
      authorOf={authorOf}
      safeHtml={safeHtml}
      markdown={markdown}
      versions={open.versions}
      diff={open.diff}
      busy={busy}
      onBack={onBack}
      onOpen={onOpen}
      onDelete={onDelete}
      onDownload={download}
      onCopy={() => copyText(markdown)}
      onAddTag={(tag) => edit(addTags(db, [id], [tag]))}
      onRemoveTag={(tag) => edit(removeTag(db, tag, [id]))}
      onSaveNote={(note) => edit(setNote(db, id, note))}
    />
  );
}
