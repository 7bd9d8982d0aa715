/**
 * Notes and tags being written on the editor's own annotations: one draft per annotation,
 * from Annotate or Edit until Save or Cancel. Kept in the panel's storage under the page's
 * address, like the flags' note drafts, so closing the panel, a tab switch or a late
 * re-read brings the open editor back with what was typed. Annotations keep their ids for
 * good (they are the editor's, not the page's), so a draft needs no re-anchoring.
 */
import { draftShelf } from './draft-shelf';
import type { Annotation } from './model';

export type AnnotationDraft = {
  annotationId: string;
  text: string;
  /** The tags field as typed: comma-separated. */
  tags: string;
  /** ISO 8601. */
  updatedAt: string;
};

/** Open annotation drafts by annotation id. */
export type AnnotationDrafts = Readonly<Record<string, AnnotationDraft>>;

/** Opens (or keeps) the draft of an annotation, starting from its saved note and tags. */
export function openAnnotationDraft(drafts: AnnotationDrafts, annotation: Annotation, now: Date): AnnotationDrafts {
  if (drafts[annotation.id]) return drafts;
  const draft = {
    annotationId: annotation.id,
    text: annotation.note,
    tags: annotation.tags.join(', '),
    updatedAt: now.toISOString(),
  };
  return { ...drafts, [annotation.id]: draft };
}

/**
 * What the editor has typed so far in the note or the tags. Each field comes alone: two
 * keystrokes before the next render each change only their own field.
 */
export function editAnnotationDraft(
  drafts: AnnotationDrafts,
  id: string,
  typed: { text?: string; tags?: string },
  now: Date,
): AnnotationDrafts {
  const draft = drafts[id];
  const text = typed.text ?? draft?.text;
  const tags = typed.tags ?? draft?.tags;
  if (!draft || (draft.text === text && draft.tags === tags)) return drafts;
  return { ...drafts, [id]: { ...draft, text: text ?? '', tags: tags ?? '', updatedAt: now.toISOString() } };
}

/** Saved, discarded, or its annotation deleted: the draft is gone. */
export function closeAnnotationDraft(drafts: AnnotationDrafts, id: string): AnnotationDrafts {
  if (!drafts[id]) return drafts;
  const { [id]: _closed, ...rest } = drafts;
  return rest;
}

/** The drafts of annotations the desk holds; a draft of an annotation no longer there has nothing to edit. */
export function placeAnnotationDrafts(
  drafts: readonly AnnotationDraft[],
  annotations: readonly Annotation[],
): AnnotationDrafts {
  const ids = new Set(annotations.map((a) => a.id));
  return Object.fromEntries(drafts.filter((d) => ids.has(d.annotationId)).map((d) => [d.annotationId, d]));
}

function isAnnotationDraft(value: unknown): value is AnnotationDraft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.annotationId === 'string' &&
    typeof d.text === 'string' &&
    typeof d.tags === 'string' &&
    typeof d.updatedAt === 'string'
  );
}

const shelf = draftShelf('annotation-drafts', isAnnotationDraft);

/** A page's stored annotation drafts; anything unreadable is skipped, never thrown. */
export const readAnnotationDrafts = shelf.read;

/** Stores a page's annotation drafts; none clears the key. */
export const writeAnnotationDrafts = shelf.write;
