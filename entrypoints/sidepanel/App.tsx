import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClippingView } from '../../components/ClippingView';
import { LibraryList } from '../../components/LibraryList';
import { PageStatus } from '../../components/PageStatus';
import type { SaveState } from '../../components/SaveBar';
import { UndoToast } from '../../components/UndoToast';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { markdownFileName } from '../../utils/export/filename';
import type { PageState } from '../../utils/page-state';
import { sanitizeHtml } from '../../utils/sanitize';
import { onMessage, sendToExtension } from '../../utils/messaging';
import { deleteClipping, getClipping, listClippings, openLibrary, restoreClipping } from '../../utils/store/clippings';
import type { Clipping } from '../../utils/store/schema';
import { analyzeTab } from './analyze-tab';
import { downloadText, errorMessage } from './browser-io';
import { holdTab } from './highlighter-client';
import { PageDesk, type PendingCommand } from './PageDesk';

type View = { name: 'page' } | { name: 'library' } | { name: 'clipping'; id: number };
type Undo = { message: string; clipping: Clipping };

/** The side panel: follows the active tab of its window, and hosts the library. */
export function App({ windowId }: { windowId: number | undefined }) {
  // Opened once per panel; every store call waits on the same promise.
  const library = useMemo(() => Promise.resolve(openLibrary()), []);
  const [view, setView] = useState<View>({ name: 'page' });
  const [page, setPage] = useState<PageState>({ status: 'idle' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [open, setOpen] = useState<Clipping | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const request = useRef(0);
  const activeTab = useRef<{ id: number; url: string } | null>(null);
  const [command, setCommand] = useState<PendingCommand | null>(null);
  // Each tab's last analysis, so switching back shows that tab's state at once.
  const analyzed = useRef(new Map<number, PageState & { status: 'ready' }>());

  const load = useCallback(async (tabId: number, url: string, force = false, reuse = false) => {
    const ticket = ++request.current;
    if (activeTab.current?.id !== tabId) holdTab(null);
    activeTab.current = { id: tabId, url };
    setSave({ status: 'idle' });
    const known = analyzed.current.get(tabId);
    if (reuse && known && known.url === url) {
      setPage(known);
      return;
    }
    setPage({ status: 'loading', url });
    let next: PageState;
    try {
      next = await analyzeTab(tabId, url, force, new Date());
    } catch (error) {
      next = { status: 'error', url, message: errorMessage(error) };
    }
    if (next.status === 'ready') analyzed.current.set(tabId, next);
    else analyzed.current.delete(tabId);
    // A later tab switch or navigation wins over this slower answer.
    if (ticket === request.current) setPage(next);
  }, []);

  useEffect(() => {
    // Opened as a tab (rather than in the side panel), the panel follows the tab the user came from.
    const self = browser.tabs.getCurrent().catch(() => undefined);
    const loadActive = async () => {
      const own = await self;
      const tabs = await browser.tabs.query({ windowId });
      const candidates = tabs.filter((t) => t.id !== undefined && t.id !== own?.id);
      const tab =
        candidates.find((t) => t.active) ?? candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (tab?.id !== undefined) void load(tab.id, tab.url ?? '');
    };
    const onActivated = async ({ tabId, windowId: w }: { tabId: number; windowId: number }) => {
      if ((windowId !== undefined && w !== windowId) || tabId === (await self)?.id) return;
      const tab = await browser.tabs.get(tabId);
      void load(tabId, tab.url ?? '', false, true);
    };
    const onUpdated = async (
      tabId: number,
      change: { status?: string; url?: string },
      tab: { active?: boolean; windowId?: number; url?: string },
    ) => {
      // A tab that navigates while in the background is analyzed afresh when it comes back.
      if (change.url || change.status === 'loading') analyzed.current.delete(tabId);
      if (!tab.active || (windowId !== undefined && tab.windowId !== windowId) || tabId === (await self)?.id) return;
      if (change.status === 'complete' || (change.url && change.url !== activeTab.current?.url)) {
        void load(tabId, tab.url ?? change.url ?? '');
      }
    };
    const activated = (info: { tabId: number; windowId: number }) => void onActivated(info);
    const updated = (...args: Parameters<typeof onUpdated>) => void onUpdated(...args);
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    const stopListening = onMessage({
      // A single-page site swapped its content: read it again (or forget it, if not on show).
      'page/changed': (_m, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        analyzed.current.delete(tabId);
        if (tabId === activeTab.current?.id) void load(tabId, sender.tab?.url ?? _m.url);
        return { ok: true };
      },
      'desk/command': (m) => {
        if (m.tabId !== activeTab.current?.id) return undefined;
        setView({ name: 'page' });
        setCommand({ command: m.command, tabId: m.tabId, seq: Date.now() });
        return { handled: true };
      },
    });
    void loadActive();
    // A shortcut or menu item may have opened this panel: take the command it carried.
    void sendToExtension({ type: 'desk/pending' }).then(
      (p) => p && setCommand({ ...p, seq: Date.now() }),
      () => undefined,
    );
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      stopListening();
    };
  }, [load, windowId]);

  const refreshLibrary = useCallback(async () => {
    try {
      setClippings(await listClippings(await library));
    } catch (error) {
      setClippings([]);
      setSave({ status: 'error', message: errorMessage(error) });
    }
  }, [library]);

  useEffect(() => {
    if (view.name === 'library') void refreshLibrary();
    if (view.name === 'clipping') {
      void library.then((db) => getClipping(db, view.id)).then((c) => setOpen(c ?? null));
    }
  }, [view, library, refreshLibrary]);

  const remove = async (id: number) => {
    try {
      const deleted = await deleteClipping(await library, id);
      if (deleted) setUndo({ message: `Deleted “${deleted.title || 'Untitled article'}”.`, clipping: deleted });
      if (view.name === 'clipping') setView({ name: 'library' });
      else await refreshLibrary();
    } catch (error) {
      setSave({ status: 'error', message: errorMessage(error) });
    }
  };

  const undoDelete = async () => {
    if (!undo) return;
    await restoreClipping(await library, undo.clipping);
    setUndo(null);
    await refreshLibrary();
  };

  const markdown = useMemo(() => (open ? clippingToMarkdown(open) : ''), [open]);
  const safeHtml = useMemo(() => (open ? sanitizeHtml(open.html, window) : ''), [open]);

  return (
    <div class="app">
      <nav class="tabs" aria-label="Copydesk">
        <button
          type="button"
          aria-current={view.name === 'page' ? 'page' : undefined}
          onClick={() => setView({ name: 'page' })}
        >
          Page
        </button>
        <button
          type="button"
          aria-current={view.name !== 'page' ? 'page' : undefined}
          onClick={() => setView({ name: 'library' })}
        >
          Library
        </button>
      </nav>
      <main class="content">
        {view.name === 'page' &&
          (page.status === 'ready' ? (
            <PageDesk
              key={`${activeTab.current?.id}:${page.url}`}
              url={page.url}
              analysis={page.analysis}
              tabId={activeTab.current?.id ?? null}
              library={library}
              save={save}
              setSave={setSave}
              onOpenClipping={(id) => setView({ name: 'clipping', id })}
              command={command}
              onCommandDone={() => setCommand(null)}
            />
          ) : (
            <PageStatus
              state={page}
              onAnalyzeAnyway={() => activeTab.current && void load(activeTab.current.id, activeTab.current.url, true)}
              onRetry={() => activeTab.current && void load(activeTab.current.id, activeTab.current.url)}
            />
          ))}
        {view.name === 'library' && (
          <LibraryList
            clippings={clippings}
            onOpen={(id) => setView({ name: 'clipping', id })}
            onDelete={(id) => void remove(id)}
          />
        )}
        {view.name === 'clipping' &&
          (open && open.id === view.id ? (
            <ClippingView
              clipping={open}
              safeHtml={safeHtml}
              markdown={markdown}
              onBack={() => setView({ name: 'library' })}
              onDelete={() => void remove(view.id)}
              onDownload={() => downloadText(markdownFileName(open), markdown, 'text/markdown')}
              onCopy={() =>
                navigator.clipboard.writeText(markdown).then(
                  () => true,
                  () => false,
                )
              }
            />
          ) : (
            <p class="status loading" role="status">
              Opening the clipping…
            </p>
          ))}
      </main>
      {undo && <UndoToast message={undo.message} onUndo={() => void undoDelete()} onDismiss={() => setUndo(null)} />}
    </div>
  );
}
