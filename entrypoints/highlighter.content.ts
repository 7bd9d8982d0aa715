import { defineContentScript } from 'wxt/utils/define-content-script';
import { findPicture } from '../utils/analysis/credits/find-picture';
import { randomHighlightNames } from '../utils/desk/highlight-style';
import { createHighlighter } from '../utils/desk/page-highlighter';
import { onMessage, onPanelGone, sendToExtension } from '../utils/messaging';

/**
 * The page side of the desk. Registered at runtime only: the panel injects it into the
 * tab it is showing (or the user's command does), never into every page. It reads the
 * page and draws CSS highlights; it never changes the page's DOM.
 */
/** How often the marks are checked against the page's tampering: a few map look-ups each time. */
const GUARD_MS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    const flag = globalThis as { __copydeskHighlighter?: boolean };
    // Injected again when the panel comes back to the tab: one listener is enough.
    if (flag.__copydeskHighlighter) return;
    flag.__copydeskHighlighter = true;

    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
    const scrollOptions = (): ScrollIntoViewOptions => ({
      block: 'center',
      behavior: reduceMotion.matches ? 'auto' : 'smooth',
    });
    // Chosen here, told only to the panel (which styles them): the page never learns them.
    const names = randomHighlightNames();
    const highlighter = createHighlighter({
      root: document.body ?? document.documentElement,
      names,
      registry: CSS.highlights as unknown as Parameters<typeof createHighlighter>[0]['registry'],
      makeHighlight: (ranges, priority) => Object.assign(new Highlight(...ranges), { priority }),
      scrollTo: (range) => range.startContainer.parentElement?.scrollIntoView(scrollOptions()),
      scrollToImage: (url) => {
        const picture = findPicture(document.images, url);
        picture?.scrollIntoView(scrollOptions());
        return !!picture;
      },
    });

    onMessage({
      'highlighter/ping': () => ({ ready: true, names }),
      'highlighter/update': (m) => highlighter.update(m.items, m.hidden),
      'highlighter/hidden': (m) => {
        highlighter.setHidden(m.hidden);
        return { ok: true };
      },
      'highlighter/locate': (m) => ({ found: highlighter.locate(m.id) }),
      'highlighter/selection': () => {
        const selection = getSelection();
        const range = selection && selection.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
        return { quote: range ? highlighter.quoteOfRange(range) : null };
      },
      'highlighter/clear': () => {
        highlighter.clear();
        return { ok: true };
      },
    });

    // The panel closed or moved to another tab: its marks go with it.
    onPanelGone(() => highlighter.clear());

    // The registry is the page's too: a script that replaces or deletes our marks sees them come back.
    setInterval(() => highlighter.guard(), GUARD_MS);

    // Single-page sites swap their content without a load: tell the panel once the page settles.
    let url = location.href;
    let timer: ReturnType<typeof setTimeout> | undefined;
    new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        highlighter.invalidate();
        const moved = location.href !== url;
        if (moved || highlighter.detached() > 0.5) {
          url = location.href;
          void sendToExtension({ type: 'page/changed', url }).catch(() => undefined);
        }
      }, 600);
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  },
});
