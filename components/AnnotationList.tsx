import type { AnnotationDrafts } from '../utils/desk/annotation-drafts';
import type { FlagState } from '../utils/desk/model';
import type { AnchoredAnnotation } from '../utils/desk/reanchor';
import { quoteOf } from '../utils/desk/anchor';
import { NoteEditor } from './NoteEditor';

type Props = {
  annotations: readonly AnchoredAnnotation[];
  orphanFlags: readonly FlagState[];
  currentId: string | null;
  /** An annotation that could not be shown on the page, and why: said on that annotation. */
  notice: { id: string; message: string } | null;
  /** Annotations being edited, with what was typed so far (kept outside, so nothing typed is lost). */
  drafts: AnnotationDrafts;
  onEdit: (id: string) => void;
  /** One field typed: the note's text or the tags. */
  onDraft: (id: string, typed: { text: string } | { tags: string }) => void;
  onCancel: (id: string) => void;
  onSave: (id: string, note: string, tags: string) => void;
  onDelete: (id: string) => void;
  onLocate: (id: string) => void;
  onFocus: (id: string) => void;
  onForgetFlag: (state: FlagState) => void;
  onExport: () => void;
};

function AnnotationRow(props: Props & { item: AnchoredAnnotation }) {
  const { item, currentId } = props;
  const { annotation } = item;
  const draft = props.drafts[annotation.id];
  const orphan = item.anchor === null;
  const current = currentId === annotation.id;
  return (
    <li
      class={`annotation${orphan ? ' orphan' : ''}${current ? ' current' : ''}`}
      data-nav={orphan ? undefined : annotation.id}
      data-annotation={annotation.id}
      tabIndex={orphan ? undefined : -1}
      onFocusIn={() => props.onFocus(annotation.id)}
    >
      <blockquote class="annotation-text" onClick={() => !orphan && props.onLocate(annotation.id)}>
        {item.text}
      </blockquote>
      {orphan && <p class="badge warn">No longer found on the page</p>}
      {props.notice?.id === annotation.id && (
        <p class="flag-notice" role="status">
          {props.notice.message}
        </p>
      )}
      {draft ? (
        <NoteEditor
          label="Note"
          value={draft.text}
          tags={draft.tags}
          onChange={(text) => props.onDraft(annotation.id, { text })}
          onTagsChange={(tags) => props.onDraft(annotation.id, { tags })}
          onSave={(note, tags) => props.onSave(annotation.id, note, tags)}
          onCancel={() => props.onCancel(annotation.id)}
        />
      ) : (
        <>
          {annotation.note && <p class="annotation-note">{annotation.note}</p>}
          {annotation.tags.length > 0 && (
            <p class="tags">
              {annotation.tags.map((t) => (
                <span class="tag" key={t}>
                  {t}
                </span>
              ))}
            </p>
          )}
          <div class="row">
            <button type="button" onClick={() => props.onEdit(annotation.id)}>
              Edit
            </button>
            <button type="button" class="danger" onClick={() => props.onDelete(annotation.id)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** The editor's annotations, then whatever could not be placed on the page again (never dropped silently). */
export function AnnotationList(props: Props) {
  const placed = props.annotations.filter((a) => a.anchor);
  const orphans = props.annotations.filter((a) => !a.anchor);
  const orphanCount = orphans.length + props.orphanFlags.length;
  return (
    <>
      <details class="section" id="annotations" open>
        <summary>
          <h2>
            Annotations{' '}
            <span class="count" data-count={placed.length}>
              {placed.length}
            </span>
          </h2>
        </summary>
        {placed.length ? (
          <ul class="annotations">
            {placed.map((item) => (
              <AnnotationRow key={item.annotation.id} {...props} item={item} />
            ))}
          </ul>
        ) : (
          <p class="empty">
            Select words on the page, then Annotate selection (or right-click › Annotate with Copydesk, or Alt+Shift+A).
          </p>
        )}
        {props.annotations.length > 0 && (
          <button type="button" class="link export-annotations" onClick={props.onExport}>
            Export annotations (W3C JSON-LD)
          </button>
        )}
      </details>
      {orphanCount > 0 && (
        <details class="section" id="orphans" open>
          <summary>
            <h2>
              Orphaned{' '}
              <span class="count" data-count={orphanCount}>
                {orphanCount}
              </span>
            </h2>
          </summary>
          <p class="hint">
            The page changed: these words are no longer in it. Your notes are kept until you delete them.
          </p>
          <ul class="annotations">
            {orphans.map((item) => (
              <AnnotationRow key={item.annotation.id} {...props} item={item} />
            ))}
            {props.orphanFlags.map((state) => (
              <li class="annotation orphan" key={`${state.findingId}-${state.updatedAt}`} data-orphan-flag={state.kind}>
                <blockquote class="annotation-text">{quoteOf(state.selectors)?.exact ?? ''}</blockquote>
                <p class="annotation-note">
                  <span class="badge">{state.kind}</span>
                  <span class="badge">{state.status.replace('-', ' ')}</span> {state.note}
                </p>
                <button type="button" class="danger" onClick={() => props.onForgetFlag(state)}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
