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
