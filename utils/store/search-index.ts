/**
 * The full-text index, kept in memory per open database. IndexedDB's multiEntry index
 * cost one storage write per distinct word (about 350 per article): 23 ms a save and a
 * minute to restore ten thousand clippings. Instead each clipping's words are stored as
 * one string (the `terms` table), and the inverted index is built from them when the
 * library is first searched (about a second for ten thousand) and then kept up to date
 * by every write this page makes. Writes from another window: call invalidateSearchIndex.
 */
import { Dexie } from 'dexie';
import { forgetOrder } from './order-cache';
import type { CopydeskDb, TermsRecord } from './schema';
import { lowerBound } from '../analysis/sorted';

type Index = {
  /** word -> ids of the clippings holding it (unsorted, no duplicates). */
  postings: Map<string, number[]>;
  /** id -> its words, so an update or delete can take it out of the postings. */
  docs: Map<number, string[]>;
  /** Every word, sorted, for prefix search by binary search; null after words came or went. */
  sorted: string[] | null;
};

const built = new WeakMap<CopydeskDb, Promise<Index>>();

function addDoc(index: Index, id: number, words: string[]): void {
  removeDoc(index, id);
  index.docs.set(id, words);
  for (const word of words) {
    const list = index.postings.get(word);
    if (list) list.push(id);
    else {
      index.postings.set(word, [id]);
      index.sorted = null;
    }
  }
}

function removeDoc(index: Index, id: number): void {
  const words = index.docs.get(id);
  if (!words) return;
  index.docs.delete(id);
  for (const word of words) {
    const list = index.postings.get(word);
    if (!list) continue;
    const at = list.indexOf(id);
    if (at >= 0) list.splice(at, 1);
    if (!list.length) {
      index.postings.delete(word);
      index.sorted = null;
    }
  }
}

/** A stored words string back to its words. */
export function wordsOf(record: TermsRecord): string[] {
  return record.words ? record.words.split(' ') : [];
}

async function build(db: CopydeskDb): Promise<Index> {
  const index: Index = { postings: new Map(), docs: new Map(), sorted: null };
  let last = 0;
  for (;;) {
    const batch = await db.terms.where(':id').above(last).limit(1000).toArray();
    if (!batch.length) return index;
    for (const record of batch) addDoc(index, record.id, wordsOf(record));
    last = batch[batch.length - 1]!.id;
  }
}

/** The index of `db`, built on first use. */
export function searchIndex(db: CopydeskDb): Promise<Index> {
  let index = built.get(db);
  if (!index) {
    index = build(db);
    built.set(db, index);
    // A failed build is not cached: the next search tries again.
    index.catch(() => built.delete(db));
  }
  return index;
}

/** Forgets the index (another window changed the library); the next search rebuilds it. */
export function invalidateSearchIndex(db: CopydeskDb): void {
  built.delete(db);
  forgetOrder(db);
}

/** Above this many clippings in one write, rebuilding on next use beats updating word by word. */
const REBUILD_OVER = 1000;

/**
 * Called by the store's writes inside their transaction: the in-memory index follows
 * only once the transaction has committed, so an aborted write leaves it untouched.
 */
export function afterCommit(db: CopydeskDb, written: readonly TermsRecord[], deleted: readonly number[]): void {
  const apply = () => {
    forgetOrder(db);
    const index = built.get(db);
    if (!index) return;
    if (written.length + deleted.length > REBUILD_OVER) {
      built.delete(db);
      return;
    }
    void index.then((i) => {
      for (const id of deleted) removeDoc(i, id);
      for (const record of written) addDoc(i, record.id, wordsOf(record));
    });
  };
  const tx = Dexie.currentTransaction;
  if (tx) tx.on('complete', apply);
  else apply();
}

/** Ids of clippings holding `term`; terms of three letters or more also match as a word start. */
export function lookup(index: Index, term: string, prefixMin: number): Set<number> {
  const ids = new Set<number>(index.postings.get(term) ?? []);
  if (term.length >= prefixMin) {
    index.sorted ??= [...index.postings.keys()].sort();
    const words = index.sorted;
    // Words starting with `term` sit together right after it in sorted order.
    for (let at = lowerBound(words, term); at < words.length && words[at]!.startsWith(term); at++) {
      if (words[at] === term) continue;
      for (const id of index.postings.get(words[at]!) ?? []) ids.add(id);
    }
  }
  return ids;
}
