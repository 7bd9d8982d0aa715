import { browser } from 'wxt/browser';
import { highlightCss, isHighlightNames } from '../../utils/desk/highlight-style';
import { connectToTab, sendToTab } from '../../utils/messaging';

/**
 * Puts the highlighter into a tab the panel is showing, once: a ping first, and the
 * script and its style sheet only when nothing answers. Resolves false when the tab
 * cannot take it (a browser page, a PDF, a page that went away).
 */
export async function ensureHighlighter(tabId: number): Promise<'present' | 'injected' | false> {
  try {
    await sendToTab(tabId, { type: 'highlighter/ping' });
    return 'present';
  } catch {
    // Not there yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/highlighter.js'] });
    // The page script picked its marks' names; the style for them goes in a sheet the page cannot read.
    const { names } = await sendToTab(tabId, { type: 'highlighter/ping' });
    if (!isHighlightNames(names)) return false;
    await browser.scripting.insertCSS({ target: { tabId }, css: highlightCss(names) });
    return 'injected';
  } catch {
    return false;
  }
}

let held: { tabId: number; release: () => void } | null = null;

/**
 * Keeps one connection open to the tab on show, so its marks are cleared when the panel
 * leaves it. `fresh`: the highlighter was just injected (a new document), so connect anew.
 */
export function holdTab(tabId: number | null, fresh = false): void {
  if (held?.tabId === tabId && !fresh) return;
  held?.release();
  if (tabId === null) {
    held = null;
    return;
  }
  const mine: { tabId: number; release: () => void } = { tabId, release: () => undefined };
  held = mine;
  mine.release = connectToTab(tabId, () => {
    if (held === mine) held = null;
  });
}
