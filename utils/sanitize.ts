import DOMPurify, { type UponSanitizeAttributeHookEvent, type WindowLike } from 'dompurify';
import { safeUrl } from './analysis/resolve-url';

/** Article markup worth keeping; everything else is unwrapped (its text kept) or dropped. */
const ALLOWED_TAGS = [
  ...['article', 'section', 'header', 'footer', 'div', 'span', 'p', 'br', 'hr'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['blockquote', 'q', 'cite', 'figure', 'figcaption', 'img', 'a', 'time', 'abbr', 'address'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'],
  ...['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark'],
  ...['code', 'pre', 'kbd', 'samp', 'var'],
];

/** No class, id or style: the panel styles articles itself and page ids could clash with its own. */
const ALLOWED_ATTR = [
  ...['href', 'src', 'alt', 'title', 'width', 'height', 'lang', 'dir', 'datetime', 'cite'],
  ...['colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'type', 'value'],
];

/** Dropped with everything inside them, where DOMPurify's default would keep their text. */
const FORBID_CONTENTS = ['form', 'button', 'select', 'textarea', 'option', 'object', 'embed', 'canvas', 'dialog'];

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

export type SanitizeOptions = {
  /** Resolves relative href/src first (a Node DOM such as linkedom leaves them relative). */
  baseUrl?: string | null;
};

/**
 * Page HTML (Readability's output) made safe to store and render in the panel: article
 * markup stays; scripts, event handlers, frames, forms, styles and non-http(s) URLs go;
 * links open in a new tab without an opener or referrer; images load lazily without a
 * referrer. `win` is the window whose DOM does the parsing: the panel passes its own,
 * Node callers a jsdom window.
 */
export function sanitizeHtml(html: string, win: Window, options: SanitizeOptions = {}): string {
  assertSafeDom(win);
  // A fresh instance per call: hooks are per instance and this one closes over baseUrl.
  const purify = DOMPurify(win as unknown as WindowLike);
  purify.addHook('uponSanitizeAttribute', (_node: Element, data: UponSanitizeAttributeHookEvent) => {
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    const url = safeUrl(data.attrValue, options.baseUrl);
    if (url) data.attrValue = url;
    else data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node: Element) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    // Shown in the panel, an article image would tell the news site which clipping is open.
    if (node.nodeName === 'IMG') {
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  const clean = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ADD_FORBID_CONTENTS: FORBID_CONTENTS,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // The hook above already limits URLs to http(s); this is the second lock on the door.
    ALLOWED_URI_REGEXP: /^https?:/i,
  });
  return removeEmptyImages(clean, win);
}

/** Thrown when the window's DOM cannot run DOMPurify correctly. */
export class UnsafeDomError extends Error {
  override readonly name = 'UnsafeDomError';
}

const CANARY = '<p>ok<img src="https://example.invalid/x.png" onerror="alert(1)"><script>alert(1)</script></p>';
const checkedWindows = new WeakMap<object, boolean>();

/**
 * DOMPurify returns its input untouched when it deems a DOM unsupported (linkedom),
 * and on happy-dom it "succeeds" while leaving scripts and handlers in place (its
 * maintainers call happy-dom unsupported). So each window is tried once on a known
 * payload before any real HTML is trusted to it.
 */
function assertSafeDom(win: Window): void {
  let safe = checkedWindows.get(win);
  if (safe === undefined) {
    const purify = DOMPurify(win as unknown as WindowLike);
    safe = !!purify.isSupported && purify.sanitize(CANARY) === '<p>ok<img src="https://example.invalid/x.png"></p>';
    checkedWindows.set(win, safe);
  }
  if (!safe)
    throw new UnsafeDomError(
      'This DOM cannot run DOMPurify safely (happy-dom and linkedom leave scripts in). Use a browser window or jsdom.',
    );
}

/** An img whose src was unsafe is left with nothing to show. */
function removeEmptyImages(html: string, win: Window): string {
  if (!/<img\b/i.test(html)) return html;
  const template = win.document.createElement('template');
  template.innerHTML = html;
  template.content.querySelectorAll('img:not([src])').forEach((img) => img.remove());
  return template.innerHTML;
}
