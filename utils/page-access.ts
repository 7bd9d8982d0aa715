/**
 * Why an extension may not read a page, in words for the panel. Browsers refuse
 * script injection on their own pages and stores; we say so instead of failing silently.
 */

export type AccessProblem = {
  kind: 'browser-page' | 'store' | 'pdf' | 'file' | 'unsupported' | 'blank';
  message: string;
};

/** Chrome shows PDFs in its own viewer, which no extension may script. */
export const PDF_PROBLEM: AccessProblem = {
  kind: 'pdf',
  message: 'This is a PDF. Copydesk reads web pages only; open the article’s HTML version instead.',
};

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** A problem we can tell from the URL alone, before trying; null when the page may be readable. */
export function accessProblemFor(url: string | undefined | null): AccessProblem | null {
  if (!url || url === 'about:blank') {
    return { kind: 'blank', message: 'This tab has no page loaded yet. Open an article to analyze it.' };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unsupported', message: 'This tab’s address is not a web page Copydesk can read.' };
  }
  const { protocol, hostname, pathname } = parsed;
  if (
    [
      'chrome:',
      'edge:',
      'about:',
      'brave:',
      'opera:',
      'vivaldi:',
      'view-source:',
      'devtools:',
      'chrome-extension:',
      'moz-extension:',
      'resource:',
      'chrome-search:',
      'chrome-untrusted:',
    ].includes(protocol)
  ) {
    return {
      kind: 'browser-page',
      message: 'This is one of the browser’s own pages. Browsers do not let extensions read them.',
    };
  }
  if (STORE_HOSTS.includes(hostname) || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore'))) {
    return { kind: 'store', message: 'Browsers do not let extensions read their add-on store pages.' };
  }
  if (/\.pdf$/i.test(pathname)) return PDF_PROBLEM;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    return { kind: 'unsupported', message: `Copydesk cannot read ${protocol} pages.` };
  }
  return null;
}

/** Turns the browser's refusal to inject into a page into the reason the user needs. */
export function accessProblemFromError(url: string, error: unknown): AccessProblem {
  const text = error instanceof Error ? error.message : String(error);
  if (url.startsWith('file:')) {
    return {
      kind: 'file',
      message:
        'Copydesk may not read files on this computer yet. Turn on “Allow access to file URLs” for Copydesk in the browser’s extension settings.',
    };
  }
  if (/pdf/i.test(text)) return PDF_PROBLEM;
  if (/gallery|webstore|cannot be scripted/i.test(text)) {
    return { kind: 'store', message: 'Browsers do not let extensions read their add-on store pages.' };
  }
  return { kind: 'unsupported', message: `The browser did not let Copydesk read this page (${text}).` };
}
