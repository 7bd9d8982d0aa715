/**
 * Drafts kept in the panel's storage under a page's address: one list per page
 * and kind of draft. Reading skips anything unreadable and never throws; writing
 * an empty list clears the key, and a full or refused storage leaves the drafts
 * on screen for the session.
 */
import { normalizeUrl } from '../store/url';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type DraftShelf<T> = {
  read: (storage: DraftStorage, url: string) => T[];
  write: (storage: DraftStorage, url: string, drafts: readonly T[]) => void;
};

/** A shelf of drafts under `copydesk:<name>:<page address>`, kept only when `isDraft` accepts them. */
export function draftShelf<T>(name: string, isDraft: (value: unknown) => value is T): DraftShelf<T> {
  const keyOf = (url: string): string | null => (url.trim() ? `copydesk:${name}:${normalizeUrl(url)}` : null);
  return {
    read(storage, url) {
      const key = keyOf(url);
      if (!key) return [];
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? parsed.filter(isDraft) : [];
      } catch {
        return [];
      }
    },
    write(storage, url, drafts) {
      const key = keyOf(url);
      if (!key) return;
      try {
        if (drafts.length) storage.setItem(key, JSON.stringify(drafts));
        else storage.removeItem(key);
      } catch {
        // Storage full or refused: the drafts stay on screen for this session.
      }
    },
  };
}
