/**
 * What the panel shows for the tab it follows, as pure transitions: which tab and address,
 * that page's analysis, and a newer reading of it waiting for the editor. A page that is
 * read again while on show (it finished loading late, it was reloaded, a single-page site
 * said it changed) never goes back to "loading": the same article keeps everything on
 * screen, a changed one is offered, and the editor's work stays until they take it.
 */
import type { FinderProgress } from '../analysis/run-finders';
import type { Analysis } from '../analysis/types';
import { articleChange } from '../desk/article-change';
import type { PageState } from '../page-state';

type Ready = PageState & { status: 'ready' };

/** A fresh reading that differs from the article on show. */
export type Newer = { page: Ready; summary: string };

/** One tab's page as the panel last knew it. */
export type TabPage = { page: PageState; newer: Newer | null };

export type FollowedState = {
  tabId: number | null;
  url: string;
  page: PageState;
  newer: Newer | null;
  /** Counts the readings of the page on show that kept it: the page's highlights are drawn again after each. */
  reads: number;
  /** The last reading asked for; an older answer arriving late is dropped. */
  ticket: number;
  /** Each tab's last ready page, so switching back shows it at once. */
  tabs: Record<number, TabPage>;
};

export const FOLLOWED_START: FollowedState = {
  tabId: null,
  url: '',
  page: { status: 'idle' },
  newer: null,
  reads: 0,
  ticket: 0,
  tabs: {},
};

export type FollowedAction =
  /** Reading `url` in `tabId` starts; `reuse` takes the tab's last page when it is of that address. */
  | { type: 'read'; tabId: number; url: string; reuse?: boolean }
  /** A reading finished. */
  | { type: 'answer'; ticket: number; tabId: number; page: PageState }
  /** A first reading made progress (a re-reading of the page on show keeps it on screen and tells none). */
  | { type: 'progress'; ticket: number; tabId: number; progress: FinderProgress }
  /**
   * The page on show moved to `url` with the same story (a single-page site's new address):
   * it stays on show, and a later reading of `url` is a second reading of it.
   */
  | { type: 'moved'; tabId: number; url: string }
  /** The editor takes the newer version. */
  | { type: 'take-newer' }
  /** The tab navigated or closed while not on show: its last page is stale. */
  | { type: 'forget'; tabId: number };

/** Whether reading `url` in `tabId` is a second reading of the page on show. */
export function isReread(state: FollowedState, tabId: number, url: string): boolean {
  return state.tabId === tabId && state.page.status === 'ready' && sameAddress(state.url, url);
}

function sameAddress(a: string, b: string): boolean {
  // A late load can add or drop a fragment (#comments): still the same page.
  return a.split('#')[0] === b.split('#')[0];
}

function remember(tabs: Record<number, TabPage>, tabId: number | null, entry: TabPage | null) {
  if (tabId === null) return tabs;
  const next = { ...tabs };
  if (entry && entry.page.status === 'ready') next[tabId] = entry;
  else delete next[tabId];
  return next;
}

function onAnswer(state: FollowedState, action: Extract<FollowedAction, { type: 'answer' }>): FollowedState {
  if (action.ticket !== state.ticket || action.tabId !== state.tabId) return state;
  const shown = state.page;
  const fresh = action.page;
  if (shown.status === 'ready' && sameAddress(shown.url, fresh.status === 'idle' ? '' : fresh.url)) {
    // A failed second reading (the page is mid-reload, or stopped answering) leaves the article on show.
    if (fresh.status !== 'ready') return { ...state, reads: state.reads + 1 };
    const change = articleChange(shown.analysis, fresh.analysis);
    const newer = change.same ? null : { page: fresh, summary: change.summary };
    return {
      ...state,
      newer,
      reads: state.reads + 1,
      tabs: remember(state.tabs, state.tabId, { page: shown, newer }),
    };
  }
  return {
    ...state,
    page: fresh,
    newer: null,
    url: fresh.status === 'idle' ? state.url : fresh.url,
    tabs: remember(state.tabs, state.tabId, { page: fresh, newer: null }),
  };
}

/** The followed page's transitions. */
export function followedPage(state: FollowedState, action: FollowedAction): FollowedState {
  switch (action.type) {
    case 'read': {
      const ticket = state.ticket + 1;
      if (isReread(state, action.tabId, action.url)) return { ...state, ticket };
      const known = state.tabs[action.tabId];
      if (action.reuse && known && known.page.status === 'ready' && known.page.url === action.url) {
        return { ...state, ticket, tabId: action.tabId, url: action.url, page: known.page, newer: known.newer };
      }
      return {
        ...state,
        ticket,
        tabId: action.tabId,
        url: action.url,
        page: { status: 'loading', url: action.url },
        newer: null,
      };
    }
    case 'answer':
      return onAnswer(state, action);
    case 'progress':
      if (action.ticket !== state.ticket || action.tabId !== state.tabId || state.page.status !== 'loading')
        return state;
      return { ...state, page: { ...state.page, progress: action.progress } };
    case 'moved':
      return state.tabId === action.tabId && state.page.status === 'ready' ? { ...state, url: action.url } : state;
    case 'take-newer': {
      if (!state.newer) return state;
      const page = state.newer.page;
      return {
        ...state,
        page,
        url: page.url,
        newer: null,
        tabs: remember(state.tabs, state.tabId, { page, newer: null }),
      };
    }
    case 'forget':
      return state.tabId === action.tabId ? state : { ...state, tabs: remember(state.tabs, action.tabId, null) };
  }
}

/** The analysis on show, if any. */
export function shownAnalysis(state: FollowedState): Analysis | null {
  return state.page.status === 'ready' ? state.page.analysis : null;
}
