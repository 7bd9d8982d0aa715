import { canonicalFor } from '../analysis/canonical';
import { resolveUrl } from '../analysis/resolve-url';

/** Query parameters that only say where a click came from, never which page it is. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'mc_cid', 'mc_eid', 'igshid', 'ref_src']);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The form of a URL used to recognise the same page saved twice: no fragment, no
 * tracking parameters, lowercase host, no default port, remaining parameters sorted.
 * A string that does not parse as an absolute URL comes back trimmed, unchanged.
 */
export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  // The URL parser already lowercases the host and drops a default port.
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  // Stable sort by name keeps repeated parameters (?a=2&a=1) in their meaningful order.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.href;
}

/** The address fields a stored clipping holds, all derived from its page URL and the canonical the page gave. */
export type PageAddresses = { url: string; normalizedUrl: string; canonicalUrl: string | null };

/**
 * `url` as the URL parser writes it (tabs and newlines inside it gone), its normalized form,
 * and the canonical normalized only when it is http(s) of the page's site family (canonical.ts):
 * whatever wrote the record, a canonical can never claim another site's saved article.
 */
export function pageAddresses(url: string, canonicalUrl: string | null): PageAddresses {
  const page = url.trim() ? (resolveUrl(url, null) ?? url.trim()) : '';
  const canonical = canonicalFor(canonicalUrl, page || null).url;
  return {
    url: page,
    normalizedUrl: page ? normalizeUrl(page) : '',
    canonicalUrl: canonical ? normalizeUrl(canonical) : null,
  };
}
