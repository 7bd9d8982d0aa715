import { describe, expect, test } from 'vitest';
import { closeDraft, editDraft, matchDrafts, openDraft, readDrafts, writeDrafts } from '../../utils/desk/drafts';
import { findingAt, STORY } from './fixtures';

const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
const now = new Date('2024-05-01T09:00:00Z');
const URL_A = 'https://news.example.test/a?utm_source=x';

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as Storage;
}

describe('note drafts', () => {
  test('kept in storage under the page address and read back', () => {
    const drafts = editDraft(openDraft({}, quote, '', now), quote.id, 'half a thou', now);
    const storage = memory();
    writeDrafts(storage, URL_A, Object.values(drafts));
    expect(readDrafts(storage, 'https://news.example.test/a')).toEqual(Object.values(drafts));
    writeDrafts(storage, URL_A, Object.values(closeDraft(drafts, quote.id)));
    expect(readDrafts(storage, URL_A)).toEqual([]);
  });

  test('storage holding something else is read as no drafts, never thrown', () => {
    const storage = memory();
    storage.setItem('copydesk:drafts:https://news.example.test/a', '{not json');
    expect(readDrafts(storage, URL_A)).toEqual([]);
    storage.setItem('copydesk:drafts:https://news.example.test/a', JSON.stringify([{ findingId: 1 }, null]));
    expect(readDrafts(storage, URL_A)).toEqual([]);
  });

  test('matched to a new analysis by their words; a draft whose finding is gone is kept apart', () => {
    const draft = openDraft({}, quote, 'typed', now)[quote.id]!;
    const moved = `Intro.\n\n${STORY}`;
    const again = findingAt(moved, 'quote', 'unleash a humanitarian nightmare');
    const { drafts, unplaced } = matchDrafts([draft], [again], moved);
    expect(drafts[again.id]?.text).toBe('typed');
    expect(matchDrafts([draft], [], 'Nothing like it.').unplaced).toEqual([draft]);
    expect(unplaced).toEqual([]);
  });
});
