import type { FlagState } from '../../utils/desk/model';
import type { Clipping } from '../../utils/store/schema';
import type { ClippingDiff } from '../../utils/store/diff';
import { ClippingView } from '../ClippingView';
import { ClippingDetails } from './ClippingDetails';
import { VersionChanges } from './VersionChanges';

/** The files one clipping can be offered as. */
export type ClippingFile = 'markdown' | 'bibtex' | 'csl-json';

type Props = {
  /** Who set a flag and when, in a team ("Disputed by sam, 10:32"). */
  authorOf?: ((state: FlagState) => string) | null;
  clipping: Clipping & { id: number };
  /** Article HTML already passed through the sanitizer by the caller. */
  safeHtml: string;
  markdown: string;
  versions: Array<{ id: number; clippedAt: string }>;
  /** From the previous version to this one; null for a first version. */
  diff: ClippingDiff | null;
  busy: boolean;
  onBack: () => void;
  onOpen: (id: number) => void;
  onDelete: () => void;
  onDownload: (file: ClippingFile) => void;
  /** Resolves to false when the browser refused the copy. */
  onCopy: () => Promise<boolean>;
  onAddTag: (tag: string) => void;
  onRemoveTag: (tag: string) => void;
  onSaveNote: (note: string) => void;
};

/** One saved clipping with its library extras: tags and note, citations, versions and what changed. */
export function ClippingPanel(props: Props) {
  const { clipping, busy, onDownload } = props;
  return (
    <ClippingView
      clipping={clipping}
      safeHtml={props.safeHtml}
      markdown={props.markdown}
      onBack={props.onBack}
      onDelete={props.onDelete}
      onDownload={() => onDownload('markdown')}
      onCopy={props.onCopy}
      authorOf={props.authorOf}
    >
      <ClippingDetails
        tags={clipping.tags}
        note={clipping.note ?? ''}
        busy={busy}
        onAddTag={props.onAddTag}
        onRemoveTag={props.onRemoveTag}
        onSaveNote={props.onSaveNote}
      />
      <div class="row actions citations">
        <span class="hint">Cite:</span>
        <button type="button" onClick={() => onDownload('bibtex')}>
          BibTeX
        </button>
        <button type="button" onClick={() => onDownload('csl-json')}>
          CSL-JSON
        </button>
      </div>
      <VersionChanges versions={props.versions} currentId={clipping.id} diff={props.diff} onOpen={props.onOpen} />
    </ClippingView>
  );
}

/** Where the clipping is loading or gone, instead of the clipping. */
export function ClippingStatus({
  missing,
  problem = null,
  onBack,
  onDelete,
}: {
  missing: boolean;
  /** Why a clipping in the library cannot be shown (a damaged record), or null. */
  problem?: string | null;
  onBack: () => void;
  onDelete?: () => void;
}) {
  if (problem !== null) {
    return (
      <div class="status broken-clipping" role="alert">
        <h2>This clipping is damaged and cannot be shown</h2>
        <p>{problem}</p>
        <div class="row">
          <button type="button" onClick={onBack}>
            Back to the library
          </button>
          {onDelete && (
            <button type="button" onClick={onDelete}>
              Delete it
            </button>
          )}
        </div>
      </div>
    );
  }
  if (!missing) {
    return (
      <p class="status loading" role="status">
        Opening the clipping…
      </p>
    );
  }
  return (
    <div class="status">
      <h2>This clipping is no longer in the library</h2>
      <button type="button" onClick={onBack}>
        Back to the library
      </button>
    </div>
  );
}
