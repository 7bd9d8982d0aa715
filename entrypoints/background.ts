import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendToExtension, type DeskCommand } from '../utils/messaging';

const MENU_ID = 'copydesk-annotate';
/** A command given while the panel opens is handed over when it asks, if it asks soon. */
const PENDING_MS = 15_000;

type ChromeSidePanel = {
  setPanelBehavior?: (o: object) => Promise<void>;
  open?: (o: { windowId: number }) => Promise<void>;
};
type FirefoxSidebar = { toggle: () => Promise<void>; open: () => Promise<void> };

export default defineBackground(() => {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

  // Chrome: the toolbar button (and its shortcut) opens the side panel itself.
  // Firefox: the same button toggles the sidebar.
  if (chromeSidePanel?.setPanelBehavior) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  } else {
    (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void sidebar?.toggle());
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Annotate with Copydesk', contexts: ['selection'] });
  });

  let pending: { command: DeskCommand; tabId: number; at: number } | null = null;

  /** Opens the panel (synchronously: the click or key is the user gesture it needs) and hands it the command. */
  const relay = (command: DeskCommand, tab: Browser.tabs.Tab | undefined) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    if (chromeSidePanel?.open && tab.windowId !== undefined) {
      void chromeSidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    } else {
      void sidebar?.open().catch(() => undefined);
    }
    const keep = () => (pending = { command, tabId, at: Date.now() });
    sendToExtension({ type: 'desk/command', command, tabId }).then((r) => !r?.handled && keep(), keep);
  };

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) relay('annotate', tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const desk: DeskCommand | null =
      command === 'annotate-selection' ? 'annotate' : command === 'save-clipping' ? 'save' : null;
    if (desk) relay(desk, tab);
  });

  onMessage({
    'desk/pending': () => {
      const given = pending && Date.now() - pending.at < PENDING_MS ? pending : null;
      pending = null;
      return given ? { command: given.command, tabId: given.tabId } : null;
    },
  });
});
