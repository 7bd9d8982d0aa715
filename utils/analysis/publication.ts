/**
 * The publication a page belongs to, and its headline without the publication's
 * name tacked on. og:site_name is sometimes a section ("U.S." on Reuters) or a
 * hosting word ("Hosted" on AP's hosted pages): then the JSON-LD publisher names it.
 */

// Words a CMS puts in og:site_name that name a section, a host or a platform, not a publication.
const NOT_A_PUBLICATION =
  /^(?:hosted|home|homepage|news|latest|world|business|politics|sport|sports|u\.?s\.?|uk|blogger|wordpress|blog|site|website|undefined|null)$/i;

function plain(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A candidate cleaned: a URL becomes its host name, a handle loses its "@", a " | "-separated list keeps its first part. */
function cleanName(raw: string | null | undefined): string | null {
  let s = raw?.replace(/\s+/g, ' ').trim() ?? '';
  if (/^https?:\/\//i.test(s)) {
    try {
      s = new URL(s).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  s = s.replace(/^@/, '').split(' | ')[0]?.trim() ?? '';
  return s || null;
}

/**
 * The publication's name: the first candidate (og:site_name, JSON-LD publisher, Readability's guess,
 * in that order) that is not a section of the page, a hosting word or empty.
 */
export function publicationName(
  candidates: (string | null | undefined)[],
  section: string | null = null,
): string | null {
  for (const raw of candidates) {
    const name = cleanName(raw);
    if (!name || NOT_A_PUBLICATION.test(name)) continue;
    if (section && plain(section) === plain(name)) continue;
    return name;
  }
  return null;
}

const TAIL = /\s+(?:\||-|–|—|::|·)\s+([^|–—]+)$/u;

/** Whether `tail` names the publication or an author: equal, or one starting with the other, letters only. */
function namesOneOf(tail: string, names: (string | null)[]): boolean {
  const t = plain(tail);
  if (t.length < 3) return false;
  return names.some((n) => {
    const p = n ? plain(n) : '';
    return p.length >= 3 && (t === p || t.startsWith(p) || p.startsWith(t));
  });
}

/** `title` without trailing " | Site" or " - Author" parts that name the publication, its host or an author. */
export function titleWithoutTail(title: string, names: (string | null)[]): string {
  let s = title.trim();
  for (let i = 0; i < 2; i++) {
    const m = TAIL.exec(s);
    if (!m?.[1] || m.index < 10 || !namesOneOf(m[1], names)) break;
    s = s.slice(0, m.index).trim();
  }
  return s;
}
