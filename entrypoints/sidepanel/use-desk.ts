import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Analysis } from '../../utils/analysis/types';
import { removeAnnotation, type Removed } from '../../utils/desk/desk-actions';
import {
  deskReducer,
  deskToKeep,
  DESK_START,
  sameWork,
  type DeskAction,
  type DeskPanel,
} from '../../utils/desk/desk-reducer';
import { placeAnnotationDrafts, readAnnotationDrafts, writeAnnotationDrafts } from '../../utils/desk/annotation-drafts';
import { matchDrafts, readDrafts, writeDrafts, type DraftStorage } from '../../utils/desk/drafts';
import type { Quote } from '../../utils/desk/match-quote';
import type { DeskState } from '../../utils/desk/model';
import { highlightItems, selectorsForPageQuote } from '../../utils/desk/page-items';
import { matchFlags, reanchorAnnotations, type AnchoredAnnotation } from '../../utils/desk/reanchor';
import { sendToTab } from '../../utils/messaging';
import { createStore } from '../../utils/panel/store';
import { findExisting } from '../../utils/store/clippings';
import { loadDesk, saveDesk } from '../../utils/store/desk';
import type { CopydeskDb } from '../../utils/store/schema';
import { errorMessage } from './browser-io';
import { ensureHighlighter, holdTab } from './highlighter-client';
import { useStore } from './use-store';

/** The desk of the page on show, its re-anchored annotations, and what the panel can do with it. */
export type Desk = DeskPanel & {
  annotations: AnchoredAnnotation[];
  dispatch: (action: DeskAction) => void;
  locate: (id: string) => void;
  /** Turns the page selection into an annotation; resolves its id, or null (with a notice). */
  annotate: () => Promise<string | null>;
  deleteAnnotation: (id: string) => Removed | null;
  /** Everything to keep with a clipping, orphans included, as of the last change. */
  all: () => DeskState;
};

const NOT_ANSWERING = 'The page did not answer. Reload it and try again.';

/** The panel's storage for note drafts; none when the browser refuses it (then drafts last the session). */
function panelStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The desk of one page: loads what was saved for its URL and matches it to the analysis,
 * saves every change (to the page's saved clipping too, when it has one), keeps note
 * drafts, and keeps the page's highlights in step. `reads` counts readings of the same
 * page: each one (a late load, a reload) draws the highlights again.
 */
export function useDesk(
  analysis: Analysis | null,
  url: string,
  tabId: number | null,
  library: Promise<CopydeskDb>,
  reads = 0,
  storage: DraftStorage | null = panelStorage(),
): Desk {
  const store = useMemo(() => createStore(deskReducer, DESK_START), []);
  const state = useStore(store);
  // Writes leave in order: a slow first save never lands after a later one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    store.dispatch({ type: 'reset' });
    if (!analysis) return;
    void (async () => {
      try {
        const db = await library;
        const [saved, existing] = await Promise.all([
          loadDesk(db, url),
          findExisting(db, analysis.article.url ?? url, analysis.article.canonicalUrl),
        ]);
        if (!live) return;
        const { findings } = analysis;
        const { text } = analysis.article;
        const { matched, orphans } = matchFlags(saved?.flags ?? [], findings, text);
        const drafts = storage ? matchDrafts(readDrafts(storage, url), findings, text) : { drafts: {}, unplaced: [] };
        const desk = { flags: matched, annotations: saved?.annotations ?? [] };
        // The saved copy of this very text is kept up to date; a copy of an earlier text is a version apart.
        const clipping = existing?.id !== undefined && existing.text === analysis.article.text ? existing : null;
        const stale =
          !!clipping && !sameWork({ flags: [...matched, ...orphans], annotations: desk.annotations }, clipping);
        store.dispatch({
          type: 'loaded',
          desk,
          orphans,
          drafts: drafts.drafts,
          unplacedDrafts: drafts.unplaced,
          annotationDrafts: storage ? placeAnnotationDrafts(readAnnotationDrafts(storage, url), desk.annotations) : {},
          clippingId: clipping?.id ?? null,
          stale,
        });
      } catch (error) {
        if (live) store.dispatch({ type: 'failed', message: errorMessage(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [analysis, url, library, store, storage]);

  // Every change is saved as it is made (the page's desk, and its clipping when linked), and
  // drafts are stored as they are typed: on the change itself rather than after a render, so a
  // panel closed right after a click or a keystroke keeps it.
  useEffect(() => {
    let last = store.getState();
    return store.subscribe(() => {
      const now = store.getState();
      if (now.loaded && now.edits > last.edits) {
        const { edits, clipping } = now;
        const keep = deskToKeep(now);
        queue.current = queue.current
          .then(() => library)
          .then((db) => saveDesk(db, url, keep, new Date(), clipping?.id))
          .then(
            (landed) => store.dispatch({ type: 'saved', edits, landed }),
            (error: unknown) => store.dispatch({ type: 'save-failed', message: errorMessage(error) }),
          );
      }
      if (storage && now.loaded && (now.drafts !== last.drafts || now.unplacedDrafts !== last.unplacedDrafts)) {
        writeDrafts(storage, url, [...Object.values(now.drafts), ...now.unplacedDrafts]);
      }
      if (storage && now.loaded && now.annotationDrafts !== last.annotationDrafts) {
        writeAnnotationDrafts(storage, url, Object.values(now.annotationDrafts));
      }
      last = now;
    });
  }, [store, storage, url, library]);

  const annotations = useMemo(
    () => (analysis ? reanchorAnnotations(analysis.article.text, state.desk.annotations) : []),
    [analysis, state.desk.annotations],
  );

  // The page shows what the panel shows: redrawn when the analysis, annotations, visible kinds change, or the page was read again.
  useEffect(() => {
    if (!analysis || !state.loaded || tabId === null) return;
    let live = true;
    void ensureHighlighter(tabId).then(async (ok) => {
      if (!ok || !live) return;
      holdTab(tabId, ok === 'injected');
      await sendToTab(tabId, {
        type: 'highlighter/update',
        items: highlightItems(analysis.findings, annotations),
        hidden: state.hidden,
      }).catch(() => undefined);
    });
    return () => {
      live = false;
    };
  }, [analysis, annotations, state.hidden, state.loaded, tabId, reads]);

  const locate = (id: string) => {
    if (tabId === null) return;
    void ensureHighlighter(tabId)
      .then((ok) => (ok ? sendToTab(tabId, { type: 'highlighter/locate', id }) : { found: false }))
      .then(
        (r) =>
          store.dispatch({ type: 'flag-notice', id, message: r.found ? null : 'Not found on the page as it is now.' }),
        () => store.dispatch({ type: 'flag-notice', id, message: NOT_ANSWERING }),
      );
  };

  const annotate = async (): Promise<string | null> => {
    if (!analysis || tabId === null) return null;
    let quote: Quote | null = null;
    try {
      const ok = await ensureHighlighter(tabId);
      if (ok) ({ quote } = await sendToTab(tabId, { type: 'highlighter/selection' }));
    } catch {
      // The page navigated or closed between the ping and the question.
      store.dispatch({ type: 'notice', message: NOT_ANSWERING });
      return null;
    }
    const selectors = quote && selectorsForPageQuote(analysis.article.text, quote);
    if (!quote) store.dispatch({ type: 'notice', message: 'Select some words on the page first, then annotate.' });
    else if (!selectors)
      store.dispatch({ type: 'notice', message: 'That selection is outside the article Copydesk read.' });
    if (!selectors) return null;
    const at = new Date().toISOString();
    const annotation = { id: crypto.randomUUID(), selectors, note: '', tags: [], createdAt: at, updatedAt: at };
    store.dispatch({ type: 'annotate', annotation, now: new Date() });
    return annotation.id;
  };

  return {
    ...state,
    annotations,
    dispatch: store.dispatch,
    locate,
    annotate,
    deleteAnnotation: (id) => {
      const { removed } = removeAnnotation(store.getState().desk, id);
      if (removed) store.dispatch({ type: 'delete-annotation', id });
      return removed;
    },
    all: () => deskToKeep(store.getState()),
  };
}
