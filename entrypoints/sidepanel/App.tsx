import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageStatus } from '../../components/PageStatus';
import { TeamSettings } from '../../components/TeamSettings';
import { onMessage, sendToExtension } from '../../utils/messaging';
import { createStore } from '../../utils/panel/store';
import { followedPage, FOLLOWED_START } from '../../utils/panel/followed-page';
import { createSettler } from '../../utils/panel/settle';
import { openLibrary } from '../../utils/store/clippings';
import { analyzeTab, articleTextOfTab } from './analyze-tab';
import { errorMessage } from './browser-io';
import { holdTab } from './highlighter-client';
import { LibraryPanel } from './LibraryPanel';
import { PageDesk, type PendingCommand } from './PageDesk';
import { useStore } from './use-store';
import { useTeam } from './use-team';

type View = { name: 'page' } | { name: 'library' } | { name: 'clipping'; id: number } | { name: 'team' };

/** The side panel: follows the active tab of its window, and hosts the library. */
export function App({ windowId }: { windowId: number | undefined }) {
  // Opened once per panel; every store call waits on the same promise.
  const library = useMemo(() => Promise.resolve(openLibrary()), []);
  const followed = useMemo(() => createStore(followedPage, FOLLOWED_START), []);
  const shown = useStore(followed);
  const [view, setView] = useState<View>({ name: 'page' });
  const [command, setCommand] = useState<PendingCommand | null>(null);
  // Team sync runs while the panel is open, whichever tab shows.
  const team = useTeam(library);
  // The analysis under way and its tab: a later reading or a switch to another tab drops it between two
  // steps (`control`); the Stop button ends it early with what it found (`stop`).
  const running = useRef<{ control: AbortController; stop: AbortController; tabId: number } | null>(null);

  const load = useCallback(
    async (tabId: number, url: string, force = false, reuse = false) => {
      if (followed.getState().tabId !== tabId) holdTab(null);
      if (running.current && running.current.tabId !== tabId) running.current.control.abort();
      followed.dispatch({ type: 'read', tabId, url, reuse });
      const { ticket, page } = followed.getState();
      // Switching back to a tab shows its last reading; nothing to read again.
      if (reuse && page.status === 'ready') return;
      running.current?.control.abort();
      const control = new AbortController();
      const stop = new AbortController();
      running.current = { control, stop, tabId };
      let next;
      try {
        next = await analyzeTab(tabId, url, force, new Date(), {
          abort: control.signal,
          stop: stop.signal,
          onProgress: (progress) => followed.dispatch({ type: 'progress', ticket, tabId, progress }),
        });
      } catch (error) {
        // Stopped for a newer reading: that reading answers instead.
        if (control.signal.aborted) return;
        next = { status: 'error' as const, url, message: errorMessage(error) };
      }
      // A later tab switch or navigation wins over this slower answer (the store drops it).
      followed.dispatch({ type: 'answer', ticket, tabId, page: next });
    },
    [followed],
  );

  // A new address of the page on show is read once it settles, and only when its article text changed:
  // a single-page site that changes its URL on a timer or on scroll cannot keep the panel busy.
  const settler = useMemo(
    () =>
      createSettler((tabId, url) => {
        void (async () => {
          const { tabId: shownTab, page } = followed.getState();
          if (shownTab === tabId && page.status === 'ready') {
            const text = await articleTextOfTab(tabId, url);
            const now = followed.getState();
            // Same story at a new address: the page on show stays, with the desk as it is.
            if (text !== null && now.tabId === tabId && now.page === page && text === page.analysis.article.text) {
              followed.dispatch({ type: 'moved', tabId, url });
              return;
            }
            // The panel moved on while the page was read: that reading answers instead.
            if (now.tabId !== tabId) return;
          }
          void load(tabId, url);
        })();
      }),
    [followed, load],
  );
  /** A changed address of `tabId`: the page on show waits for it to settle, any other is read at once. */
  const addressChanged = useCallback(
    (tabId: number, url: string) => {
      const { tabId: shownTab, page } = followed.getState();
      if (shownTab === tabId && page.status === 'ready') settler.changed(tabId, url);
      else void load(tabId, url);
    },
    [followed, load, settler],
  );

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
      // The tab may have closed already (switched to, then closed at once).
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab) return;
      settler.cancel();
      void load(tabId, tab.url ?? '', false, true);
    };
    const onUpdated = async (
      tabId: number,
      change: { status?: string; url?: string },
      tab: { active?: boolean; windowId?: number; url?: string },
    ) => {
      // A tab that navigates while in the background is analyzed afresh when it comes back.
      if (change.url || change.status === 'loading') followed.dispatch({ type: 'forget', tabId });
      if (!tab.active || (windowId !== undefined && tab.windowId !== windowId) || tabId === (await self)?.id) return;
      // A new address (Chromium tells a pushState as a load: 'loading' with the URL, then 'complete').
      if (change.url && change.url !== followed.getState().url) return addressChanged(tabId, change.url);
      // The load of a new address waiting to settle is read with it.
      if (change.status === 'complete' && settler.pending(tabId)) return;
      // A finished load reads the page again; the store keeps the desk when the article is the same.
      if (change.status === 'complete') void load(tabId, tab.url ?? '');
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
        followed.dispatch({ type: 'forget', tabId });
        if (tabId !== followed.getState().tabId) return { ok: true };
        // At a new address it is read once the address settles, if its story changed; in place, at once.
        const url = sender.tab?.url ?? _m.url;
        if (url !== followed.getState().url) addressChanged(tabId, url);
        else void load(tabId, url);
        return { ok: true };
      },
      'desk/command': (m) => {
        if (m.tabId !== followed.getState().tabId) return undefined;
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
      settler.cancel();
    };
  }, [load, followed, windowId, settler, addressChanged]);

  const { page, tabId } = shown;
  const again = (force: boolean) => tabId !== null && void load(tabId, shown.url, force);
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
          aria-current={view.name === 'library' || view.name === 'clipping' ? 'page' : undefined}
          onClick={() => setView({ name: 'library' })}
        >
          Library
        </button>
        <button
          type="button"
          aria-current={view.name === 'team' ? 'page' : undefined}
          onClick={() => setView({ name: 'team' })}
        >
          Team{team.view.joined ? ` · ${team.view.status}` : ''}
        </button>
      </nav>
      <main class="content">
        {view.name === 'page' &&
          (page.status === 'ready' ? (
            <PageDesk
              key={`${tabId}:${page.url}`}
              url={page.url}
              analysis={page.analysis}
              newer={shown.newer}
              reads={shown.reads}
              onTakeNewer={() => followed.dispatch({ type: 'take-newer' })}
              tabId={tabId}
              library={library}
              onOpenClipping={(id) => setView({ name: 'clipping', id })}
              command={command}
              onCommandDone={() => setCommand(null)}
            />
          ) : (
            <PageStatus
              state={page}
              onAnalyzeAnyway={() => again(true)}
              onRetry={() => again(false)}
              onStop={() => running.current?.stop.abort()}
            />
          ))}
        {view.name === 'team' && (
          <TeamSettings
            view={team.view}
            onJoin={(j) => void team.join(j)}
            onSignIn={(p) => void team.signIn(p)}
            onLeave={() => void team.leave()}
          />
        )}
        {(view.name === 'library' || view.name === 'clipping') && (
          <LibraryPanel
            library={library}
            teamRevision={team.revision}
            openId={view.name === 'clipping' ? view.id : null}
            onOpen={(id) => setView({ name: 'clipping', id })}
            onBack={() => setView({ name: 'library' })}
          />
        )}
      </main>
    </div>
  );
}
