/**
 * The desk of the page on show, as one state changed only by pure transitions: the
 * editor's flag states and annotations, open note drafts, hidden kinds, the passing
 * notice, and where saving stands. The panel renders this state; its glue saves it
 * (every change bumps `edits`) and draws it on the page. Time comes in with the action.
 */
import type { Finding } from '../analysis/types';
import * as actions from './desk-actions';
import {
  closeAnnotationDraft,
  editAnnotationDraft,
  openAnnotationDraft,
  type AnnotationDrafts,
} from './annotation-drafts';
import { closeDraft, editDraft, openDraft, type Draft, type Drafts } from './drafts';
import type { HighlightKind } from './highlight-style';
import { EMPTY_DESK, type Annotation, type DeskState, type FlagState, type FlagStatus } from './model';

/**
 * The saved clipping the desk keeps up to date: 'saving' while a write is out, 'saved' when
 * the clipping holds every change, 'error' when a write failed (the next change retries).
 */
export type ClippingSync = { id: number; sync: 'saving' | 'saved' | 'error' };

export type DeskPanel = {
  loaded: boolean;
  desk: DeskState;
  /** Saved states whose finding is no longer on the page. */
  orphanFlags: FlagState[];
  drafts: Drafts;
  /** Drafts whose finding is no longer on the page: kept in storage, not shown. */
  unplacedDrafts: Draft[];
  /** Notes and tags being written on annotations; an annotation with a draft shows its editor. */
  annotationDrafts: AnnotationDrafts;
  hidden: HighlightKind[];
  notice: string | null;
  /** A notice that belongs to one flag (it could not be found on the page), shown on that flag. */
  flagNotice: { id: string; message: string } | null;
  /** Counts the editor's changes; the glue saves whenever it moves. */
  edits: number;
  clipping: ClippingSync | null;
};

export const DESK_START: DeskPanel = {
  loaded: false,
  desk: EMPTY_DESK,
  orphanFlags: [],
  drafts: {},
  unplacedDrafts: [],
  annotationDrafts: {},
  hidden: [],
  notice: null,
  flagNotice: null,
  edits: 0,
  clipping: null,
};

export type DeskAction =
  | { type: 'reset' }
  | {
      type: 'loaded';
      desk: DeskState;
      orphans: FlagState[];
      drafts: Drafts;
      unplacedDrafts: Draft[];
      annotationDrafts: AnnotationDrafts;
      clippingId: number | null;
      /** The clipping's own flags and annotations differ from the desk: write them once. */
      stale: boolean;
    }
  | { type: 'failed'; message: string }
  | { type: 'status'; finding: Finding; status: FlagStatus; now: Date }
  | { type: 'note'; finding: Finding; note: string; now: Date }
  | { type: 'speaker'; finding: Finding; speaker: string | null; now: Date }
  | { type: 'draft-open'; finding: Finding; now: Date }
  | { type: 'draft-edit'; findingId: string; text: string; now: Date }
  | { type: 'draft-close'; findingId: string }
  | { type: 'annotation-draft-open'; id: string; now: Date }
  | { type: 'annotation-draft-edit'; id: string; text?: string; tags?: string; now: Date }
  | { type: 'annotation-draft-close'; id: string }
  | { type: 'annotate'; annotation: Annotation; now: Date }
  | { type: 'edit-annotation'; id: string; note: string; tags: string[]; now: Date }
  | { type: 'delete-annotation'; id: string }
  | { type: 'restore-annotation'; removed: actions.Removed }
  | { type: 'forget-flag'; state: FlagState }
  | { type: 'toggle-kind'; kind: HighlightKind }
  | { type: 'notice'; message: string | null }
  | { type: 'flag-notice'; id: string; message: string | null }
  | { type: 'linked'; id: number }
  | { type: 'saved'; edits: number; landed: 'desk' | 'clipping' | 'gone' }
  | { type: 'save-failed'; message: string };

function changed(state: DeskPanel, desk: DeskState, orphanFlags = state.orphanFlags): DeskPanel {
  if (desk === state.desk && orphanFlags === state.orphanFlags) return state;
  const clipping = state.clipping && { ...state.clipping, sync: 'saving' as const };
  return { ...state, desk, orphanFlags, edits: state.edits + 1, clipping };
}

/** Everything to keep with the page and its clipping, orphans included. */
export function deskToKeep(state: DeskPanel): DeskState {
  return { flags: [...state.desk.flags, ...state.orphanFlags], annotations: state.desk.annotations };
}

function workKey(f: FlagState): string {
  return JSON.stringify([
    f.kind,
    f.status,
    f.note,
    f.speaker ?? null,
    f.updatedAt,
    f.selectors.find((s) => s.type === 'TextQuoteSelector'),
  ]);
}

/** Whether two desk states hold the same work, whatever the order and the finding ids they are keyed to now. */
export function sameWork(a: DeskState, b: DeskState): boolean {
  const flags = (d: DeskState) => d.flags.map(workKey).sort().join('\n');
  const notes = (d: DeskState) =>
    d.annotations
      .map((x) => `${x.id}@${x.updatedAt}`)
      .sort()
      .join('\n');
  return flags(a) === flags(b) && notes(a) === notes(b);
}

/** Whether the editor has anything on this desk a new reading of the page could disturb. */
export function hasWork(state: DeskPanel): boolean {
  return (
    state.desk.flags.length + state.orphanFlags.length + state.desk.annotations.length > 0 ||
    Object.keys(state.drafts).length > 0 ||
    Object.keys(state.annotationDrafts).length > 0
  );
}

/** The desk's transitions. */
export function deskReducer(state: DeskPanel, action: DeskAction): DeskPanel {
  switch (action.type) {
    case 'reset':
      // `edits` keeps counting: the glue saves when it moves, and a new page is no change.
      return { ...DESK_START, hidden: state.hidden, edits: state.edits };
    case 'loaded': {
      const clipping = action.clippingId === null ? null : { id: action.clippingId, sync: 'saved' as const };
      const next = { ...state, loaded: true, desk: action.desk, orphanFlags: action.orphans, clipping };
      const drafts = {
        drafts: action.drafts,
        unplacedDrafts: action.unplacedDrafts,
        annotationDrafts: action.annotationDrafts,
      };
      // An older clipping that missed desk work done after it was saved catches up now.
      if (action.stale && clipping)
        return { ...next, ...drafts, edits: state.edits + 1, clipping: { ...clipping, sync: 'saving' } };
      return { ...next, ...drafts };
    }
    case 'failed':
      return { ...state, loaded: true, notice: action.message };
    case 'status':
      return changed(state, actions.setStatus(state.desk, action.finding, action.status, action.now));
    case 'speaker':
      return changed(state, actions.setSpeaker(state.desk, action.finding, action.speaker, action.now));
    case 'note': {
      const next = changed(state, actions.setNote(state.desk, action.finding, action.note, action.now));
      return { ...next, drafts: closeDraft(state.drafts, action.finding.id) };
    }
    case 'draft-open': {
      const note = actions.stateOf(state.desk, action.finding.id)?.note ?? '';
      return { ...state, drafts: openDraft(state.drafts, action.finding, note, action.now) };
    }
    case 'draft-edit':
      return { ...state, drafts: editDraft(state.drafts, action.findingId, action.text, action.now) };
    case 'draft-close':
      return { ...state, drafts: closeDraft(state.drafts, action.findingId) };
    case 'annotation-draft-open': {
      const annotation = state.desk.annotations.find((a) => a.id === action.id);
      if (!annotation) return state;
      return { ...state, annotationDrafts: openAnnotationDraft(state.annotationDrafts, annotation, action.now) };
    }
    case 'annotation-draft-edit':
      return {
        ...state,
        annotationDrafts: editAnnotationDraft(state.annotationDrafts, action.id, action, action.now),
      };
    case 'annotation-draft-close':
      return { ...state, annotationDrafts: closeAnnotationDraft(state.annotationDrafts, action.id) };
    case 'annotate': {
      // A new annotation opens its note at once: what is typed there is a draft from the first key.
      const next = changed(state, actions.addAnnotation(state.desk, action.annotation));
      const annotationDrafts = openAnnotationDraft(state.annotationDrafts, action.annotation, action.now);
      return { ...next, annotationDrafts, notice: null };
    }
    case 'edit-annotation': {
      const next = changed(state, actions.editAnnotation(state.desk, action.id, action, action.now));
      return { ...next, annotationDrafts: closeAnnotationDraft(state.annotationDrafts, action.id) };
    }
    case 'delete-annotation': {
      const next = changed(state, actions.removeAnnotation(state.desk, action.id).desk);
      return { ...next, annotationDrafts: closeAnnotationDraft(state.annotationDrafts, action.id) };
    }
    case 'restore-annotation':
      return changed(state, actions.restoreAnnotation(state.desk, action.removed));
    case 'forget-flag':
      return changed(
        state,
        state.desk,
        state.orphanFlags.filter((s) => s !== action.state),
      );
    case 'toggle-kind': {
      const { hidden } = state;
      const kind = action.kind;
      return { ...state, hidden: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind] };
    }
    case 'notice':
      return { ...state, notice: action.message };
    case 'flag-notice':
      // The editor has moved on to a flag that was found: the old notice is stale.
      if (action.message === null) return state.flagNotice ? { ...state, flagNotice: null } : state;
      return { ...state, flagNotice: { id: action.id, message: action.message } };
    case 'linked':
      return { ...state, clipping: { id: action.id, sync: 'saved' } };
    case 'saved': {
      if (!state.clipping) return state;
      if (action.landed === 'gone') return { ...state, clipping: null };
      // A write for an older change: a newer one is still on its way.
      if (action.edits < state.edits || action.landed !== 'clipping') return state;
      return { ...state, clipping: { ...state.clipping, sync: 'saved' } };
    }
    case 'save-failed':
      return {
        ...state,
        notice: action.message,
        clipping: state.clipping && { ...state.clipping, sync: 'error' },
      };
  }
}
