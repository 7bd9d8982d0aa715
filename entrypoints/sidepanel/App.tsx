import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleHeader } from '../../components/ArticleHeader';
import { FindingLists } from '../../components/FindingLists';
import { PageStatus } from '../../components/PageStatus';
import { SaveBar, type SaveState } from '../../components/SaveBar';
import type { PageState } from '../../utils/page-state';
import { sanitizeHtml } from '../../utils/sanitize';
import { clippingFromAnalysis, findExisting, openLibrary, saveClipping } from '../../utils/store/clippings';
import { analyzeTab } from './analyze-tab';
import { errorMessage } from './browser-io';
import { LibraryPanel } from './LibraryPanel';

type View = { name: 'page' } | { name: 'library' } | { name: 'clipping'; id: number };

/** The side panel: follows the active tab of its window, and hosts the library. */
export function App({ windowId }: { windowId: number | undefined }) {
  // Opened once per panel; every store call waits on the same promise.
  const library = useMemo(() => Promise.resolve(openLibrary()), []);
  const [view, setView] = useState<View>({ name: 'page' });
  const [page, setPage] = useState<PageState>({ status: 'idle' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const request = useRef(0);
  const activeTab = useRef<{ id: number; url: string } | null>(null);

  const load = useCallback(async (tabId: number, url: string, force = false) => {
    const ticket = ++request.current;
    activeTab.current = { id: tabId, url };
    setPage({ status: 'loading', url });
    setSave({ status: 'idle' });
    let next: PageState;
    try {
      next = await analyzeTab(tabId, url, force, new Date());
    } catch (error) {
      next = { status: 'error', url, message: errorMessage(error) };
    }
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
      void load(tabId, tab.url ?? '');
    };
    const onUpdated = async (
      tabId: number,
      change: { status?: string; url?: string },
      tab: { active?: boolean; windowId?: number; url?: string },
    ) => {
      if (!tab.active || (windowId !== undefined && tab.windowId !== windowId) || tabId === (await self)?.id) return;
      if (change.status === 'complete' || (change.url && change.url !== activeTab.current?.url)) {
        void load(tabId, tab.url ?? change.url ?? '');
      }
    };
    const activated = (info: { tabId: number; windowId: number }) => void onActivated(info);
    const updated = (...args: Parameters<typeof onUpdated>) => void onUpdated(...args);
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    void loadActive();
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    };
  }, [load, windowId]);

  const doSave = async (opts: { replaceId?: number; allowDuplicate?: boolean }) => {
    if (page.status !== 'ready') return;
    setSave({ status: 'saving' });
    try {
      const db = await library;
      const { analysis } = page;
      if (opts.replaceId === undefined && !opts.allowDuplicate) {
        const existing = await findExisting(db, analysis.article.url ?? page.url, analysis.article.canonicalUrl);
        if (existing?.id !== undefined) {
          setSave({ status: 'exists', id: existing.id, clippedAt: existing.clippedAt });
          return;
        }
      }
      const clipping = clippingFromAnalysis(analysis, {
        html: sanitizeHtml(analysis.article.html, window, { baseUrl: analysis.article.url ?? page.url }),
        now: new Date(),
      });
      const id = await saveClipping(db, clipping, { replaceId: opts.replaceId });
      setSave({ status: 'saved', id, updated: opts.replaceId !== undefined });
    } catch (error) {
      setSave({ status: 'error', message: errorMessage(error) });
    }
  };

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
            <div class="page-view" data-url={page.url}>
              <ArticleHeader article={page.analysis.article} />
              <SaveBar
                state={save}
                onSave={() => void doSave({})}
                onReplace={(id) => void doSave({ replaceId: id })}
                onKeepBoth={() => void doSave({ allowDuplicate: true })}
                onOpen={(id) => setView({ name: 'clipping', id })}
              />
              {page.analysis.warnings.map((w) => (
                <p class="warning" key={w}>
                  {w}
                </p>
              ))}
              <FindingLists findings={page.analysis.findings} />
            </div>
          ) : (
            <PageStatus
              state={page}
              onAnalyzeAnyway={() => activeTab.current && void load(activeTab.current.id, activeTab.current.url, true)}
              onRetry={() => activeTab.current && void load(activeTab.current.id, activeTab.current.url)}
            />
          ))}
        {view.name !== 'page' && (
          <LibraryPanel
            library={library}
            openId={view.name === 'clipping' ? view.id : null}
            onOpen={(id) => setView({ name: 'clipping', id })}
            onBack={() => setView({ name: 'library' })}
          />
        )}
      </main>
    </div>
  );
}
