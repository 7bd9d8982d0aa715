/** What the panel needs from a tab: its serialized DOM and where it came from. */
export type PageSnapshot = {
  html: string;
  url: string;
  contentType: string;
};

/**
 * Runs inside the page (injected with scripting.executeScript), so it must be
 * self-contained: no imports, no closures. It only reads; analysis happens in the panel,
 * where page content never runs.
 */
export function snapshotPage(): PageSnapshot {
  return {
    html: document.documentElement ? document.documentElement.outerHTML : '',
    url: location.href,
    contentType: document.contentType,
  };
}
