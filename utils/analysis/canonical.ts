/**
 * The canonical address a page may claim for itself. A page chooses its own
 * <link rel=canonical>, so it could name a javascript: URL or another site's article
 * (and be offered as "already saved" over it): only an http(s) address in the page's
 * own site family (its registrable domain, by the Public Suffix List via tldts) counts.
 */
import { getDomain } from 'tldts';
import { safeUrl } from './resolve-url';

/** bbc.co.uk for www.bbc.co.uk; a private suffix's site (user.github.io) on its own; the host itself for IPs and single labels. */
export function siteFamily(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export type CanonicalChoice = { url: string | null; warning: string | null };

/**
 * `href` (resolved against `pageUrl`) when it is an http(s) address of the page's site family.
 * Without a page address (pasted text, a file on the command line) any http(s) address is taken:
 * there is nothing it could claim to be instead.
 */
export function canonicalFor(href: string | null | undefined, pageUrl: string | null): CanonicalChoice {
  if (!href?.trim()) return { url: null, warning: null };
  const url = safeUrl(href, pageUrl);
  const shown = href.trim().replace(/\s+/g, ' ').slice(0, 80);
  if (!url) return { url: null, warning: `Ignored the page's canonical link "${shown}": not an http(s) address.` };
  if (pageUrl && siteFamily(url) !== siteFamily(pageUrl)) {
    return { url: null, warning: `Ignored the page's canonical link "${shown}": it is on another site.` };
  }
  return { url, warning: null };
}
