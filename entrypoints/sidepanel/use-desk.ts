import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, Finding } from '../../utils/analysis/types';
import * as actions from '../../utils/desk/desk-actions';
import type { HighlightKind } from '../../utils/desk/highlight-style';
import { EMPTY_DESK, type DeskState, type FlagState, type FlagStatus } from '../../utils/desk/model';
import type { Quote } from '../../utils/desk/match-quote';
import { highlightItems, selectorsForPageQuote } from '../../utils/desk/page-items';
import { matchFlags, reanchorAnnotations, type AnchoredAnnotation } from '../../utils/desk/reanchor';
import { sendToTab } from '../../utils/messaging';
import { loadDesk, saveDesk } from '../../utils/store/desk';
import type { CopydeskDb } from '../../utils/store/schema';
import { errorMessage } from './browser-io';
import { ensureHighlighter, holdTab } from './highlighter-client';

/** What the page view can do with the desk of the page it shows. */
export type Desk = {
  loaded: boolean;
  desk: DeskState;
  /** Saved states whose finding is no longer on the page. */
  orphanFlags: FlagState[];
  annotations: AnchoredAnnotation[];
  hidden: HighlightKind[];
  /** A passing message for the editor (nothing selected, not on the page, a store error). */
  notice: string | null;
  setStatus: (finding: Finding, status: FlagStatus) => void;
  setNote: (finding: Finding, note: string) => void;
  toggleKind: (kind: HighlightKind) => void;
  locate: (id: string) => void;
  /** Turns the page selection into an annotation; resolves its id, or null (with a notice). */
  annotate: () => Promise<string | null>;
  editAnnotation: (id: string, note: string, tags: string[]) => void;
  deleteAnnotation: (id: string) => actions.Removed | null;
  restoreAnnotation: (removed: actions.Removed) => void;
  forgetFlag: (state: FlagState) => void;
  /** Everything to keep with a clipping, orphans included. */
  all: () => DeskState;
};

/**
 * The desk of one page: loads what was saved for its URL and matches it to the fresh
 * analysis, saves every change, and keeps the page's highlights in step.
 */
export function useDesk(
  analysis: Analysis | null,
  url: string,
  tabId: number | null,
  library: Promise<CopydeskDb>,
): Desk {
  const [desk, setDesk] = useState<DeskState>(EMPTY_DESK);
  const [orphanFlags, setOrphanFlags] = useState<FlagState[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [hidden, setHidden] = useState<HighlightKind[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  // The desk as of the last change, ahead of the next render: every action builds on it.
  const current = useRef({ desk, orphanFlags });

  useEffect(() => {
    let live = true;
    setLoaded(false);
    setNotice(null);
    setDesk(EMPTY_DESK);
    setOrphanFlags([]);
    current.current = { desk: EMPTY_DESK, orphanFlags: [] };
    if (!analysis) return;
    void (async () => {
      try {
        const saved = await loadDesk(await library, url);
        if (!live) return;
        const { matched, orphans } = matchFlags(saved?.flags ?? [], analysis.findings, analysis.article.text);
        const next = { flags: matched, annotations: saved?.annotations ?? [] };
        current.current = { desk: next, orphanFlags: orphans };
        setDesk(next);
        setOrphanFlags(orphans);
      } catch (error) {
        if (live) setNotice(errorMessage(error));
      }
      if (live) setLoaded(true);
    })();
    return () => {
      live = false;
    };
  }, [analysis, url, library]);

  const annotations = useMemo(
    () => (analysis ? reanchorAnnotations(analysis.article.text, desk.annotations) : []),
    [analysis, desk.annotations],
  );

  // The page shows what the panel shows: redrawn when the analysis, annotations or visible kinds change.
  useEffect(() => {
    if (!analysis || !loaded || tabId === null) return;
    let live = true;
    void ensureHighlighter(tabId).then(async (ok) => {
      if (!ok || !live) return;
      holdTab(tabId, ok === 'injected');
      await sendToTab(tabId, {
        type: 'highlighter/update',
        items: highlightItems(analysis.findings, annotations),
        hidden,
      }).catch(() => undefined);
    });
    return () => {
      live = false;
    };
  }, [analysis, annotations, hidden, loaded, tabId]);

  const commit = useCallback(
    (next: DeskState, orphans = current.current.orphanFlags) => {
      // Regression: the ref caught up only at the next render, so a second change made
      // before it (two quick clicks) built on the old desk and dropped the first.
      current.current = { desk: next, orphanFlags: orphans };
      setDesk(next);
      setOrphanFlags(orphans);
      void library
        .then((db) =>
          saveDesk(db, url, { flags: [...next.flags, ...orphans], annotations: next.annotations }, new Date()),
        )
        .catch((error: unknown) => setNotice(errorMessage(error)));
    },
    [library, url],
  );

  const locate = useCallback(
    (id: string) => {
      if (tabId === null) return;
      void ensureHighlighter(tabId)
        .then((ok) => (ok ? sendToTab(tabId, { type: 'highlighter/locate', id }) : { found: false }))
        .then(
          (r) => setNotice(r.found ? null : 'Not found on the page as it is now.'),
          () => setNotice('The page did not answer. Reload it and try again.'),
        );
    },
    [tabId],
  );

  const annotate = useCallback(async (): Promise<string | null> => {
    if (!analysis || tabId === null) return null;
    let quote: Quote | null = null;
    try {
      const ok = await ensureHighlighter(tabId);
      if (ok) ({ quote } = await sendToTab(tabId, { type: 'highlighter/selection' }));
    } catch {
      // The page navigated or closed between the ping and the question.
      setNotice('The page did not answer. Reload it and try again.');
      return null;
    }
    const selectors = quote && selectorsForPageQuote(analysis.article.text, quote);
    if (!quote) setNotice('Select some words on the page first, then annotate.');
    else if (!selectors) setNotice('That selection is outside the article Copydesk read.');
    if (!selectors) return null;
    const at = new Date().toISOString();
    const annotation = { id: crypto.randomUUID(), selectors, note: '', tags: [], createdAt: at, updatedAt: at };
    commit(actions.addAnnotation(current.current.desk, annotation));
    setNotice(null);
    return annotation.id;
  }, [analysis, tabId, commit]);

  return {
    loaded,
    desk,
    orphanFlags,
    annotations,
    hidden,
    notice,
    setStatus: (finding, status) => commit(actions.setStatus(current.current.desk, finding, status, new Date())),
    setNote: (finding, note) => commit(actions.setNote(current.current.desk, finding, note, new Date())),
    toggleKind: (kind) => setHidden((h) => (h.includes(kind) ? h.filter((k) => k !== kind) : [...h, kind])),
    locate,
    annotate,
    editAnnotation: (id, note, tags) =>
      commit(actions.editAnnotation(current.current.desk, id, { note, tags }, new Date())),
    deleteAnnotation: (id) => {
      const { desk: next, removed } = actions.removeAnnotation(current.current.desk, id);
      if (removed) commit(next);
      return removed;
    },
    restoreAnnotation: (removed) => commit(actions.restoreAnnotation(current.current.desk, removed)),
    forgetFlag: (state) =>
      commit(
        current.current.desk,
        current.current.orphanFlags.filter((s) => s !== state),
      ),
    all: () => ({
      flags: [...current.current.desk.flags, ...current.current.orphanFlags],
      annotations: current.current.desk.annotations,
    }),
  };
}
