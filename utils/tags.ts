/**
 * What a tag is, in one place for the store (utils/store), the page desk (utils/desk)
 * and the panel. Plain functions: no Dexie, no DOM, so every layer may import them.
 */

/** A tag as stored: inner whitespace runs collapsed to one space, trimmed; '' when nothing is left. */
export function cleanTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim();
}

/** Tags cleaned, empties dropped, each once, in first-seen order. */
export function cleanTags(tags: Iterable<string>): string[] {
  return [...new Set([...tags].map(cleanTag).filter(Boolean))];
}
