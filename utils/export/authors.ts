/** People (or organisations) named in a byline, for citations. */

export type Author = { family: string; given: string } | { literal: string };

/** Words that mark a byline part as an organisation, cited as one name. */
const ORGANISATION =
  /\b(?:staff|reuters|associated press|afp|agency|agencies|news|press|bureau|desk|correspondents?|editors?|team|service|wire)\b/i;

/** "By Sam Writer and Jane Doe" → two people; "Reuters" → an organisation. */
export function parseByline(byline: string | null): Author[] {
  if (!byline?.trim()) return [];
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*by\s+/i, '')
    // "Sam Writer | The Wire Desk", "Sam Writer - Staff reporter": the part after is a role or outlet.
    .replace(/\s+[|–—]\s+.*$/, '')
    .trim();
  return cleaned
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name): Author => {
      const parts = name.split(' ');
      if (parts.length < 2 || ORGANISATION.test(name) || name === name.toUpperCase()) return { literal: name };
      return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') };
    });
}
