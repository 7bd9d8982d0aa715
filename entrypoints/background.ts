import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Chrome: the toolbar button (and its shortcut) opens the side panel itself.
  // Firefox: the same button toggles the sidebar.
  const chromeSidePanel = (
    globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } } }
  ).chrome?.sidePanel;
  if (chromeSidePanel?.setPanelBehavior) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  } else {
    (browser.action ?? browser.browserAction)?.onClicked.addListener(() => {
      void (browser as unknown as { sidebarAction?: { toggle: () => Promise<void> } }).sidebarAction?.toggle();
    });
  }
});
