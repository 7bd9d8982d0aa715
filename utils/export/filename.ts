import type { Clipping } from '../store/schema';

/** Room for a date, a readable slug and the extension, well inside every file system's limit. */
const MAX_SLUG = 60;
/** Device names Windows refuses as file names whatever the extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** `YYYY-MM-DD` from the start of an ISO date, or null. Taken as written: the publisher's own day. */
function isoDay(value: string | null): string | null {
  return value?.match(/^(\d{4}-\d{2}-\d{2})(?:$|T)/)?.[1] ?? null;
}

/** Lowercase words of any script joined by dashes; accents dropped from Latin letters. */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFKD')
    // Accents off Latin letters only: in Arabic or Devanagari the marks are part of the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a word boundary when there is one in reach, so no half words.
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/, '');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * A safe, never-empty file name for the Markdown export, e.g.
 * `2018-09-05 un-secretary-general-urges-assad-to-call-off-idlib.md`: published day
 * (else clipped day), then a slug of the title (else site, host, "clipping").
 */
export function markdownFileName(
  clipping: Pick<Clipping, 'title' | 'publishedTime' | 'clippedAt' | 'siteName' | 'url'>,
): string {
  const day = isoDay(clipping.publishedTime) ?? isoDay(clipping.clippedAt);
  const candidates = [clipping.title, clipping.siteName ?? '', hostOf(clipping.url) ?? ''];
  let slug = candidates.map((c) => slugify(c)).find(Boolean) ?? 'clipping';
  if (!day && WINDOWS_RESERVED.test(slug)) slug = `${slug}-clipping`;
  return `${day ? `${day} ` : ''}${slug}.md`;
}
