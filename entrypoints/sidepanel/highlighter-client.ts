import { browser } from 'wxt/browser';
import { highlightCss } from '../../utils/desk/highlight-style';
import { connectToTab, sendToTab } from '../../utils/messaging';

/**
 * Puts the highlighter into a tab the panel is showing, once: a ping first, and the
 * script and its style sheet only when nothing answers. Resolves false when the tab
 * cannot take it (a browser page, a PDF, a page that went away).
 */
export async function ensureHighlighter(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, { type: 'highlighter/ping' });
    return true;
  } catch {
    // Not there yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/highlighter.js'] });
    await browser.scripting.insertCSS({ target: { tabId }, css: highlightCss() });
    await sendToTab(tabId, { type: 'highlighter/ping' });
    return true;
  } catch {
    return false;
  }
}

let held: { tabId: number; release: () => void } | null = null;

/** Keeps one connection open to the tab on show, so its marks are cleared when the panel leaves it. */
export function holdTab(tabId: number | null): void {
  if (held?.tabId === tabId) return;
  held?.release();
  held = tabId === null ? null : { tabId, release: connectToTab(tabId) };
}
