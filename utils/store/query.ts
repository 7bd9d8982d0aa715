/**
 * Finding clippings: full-text search through the `terms` index and filters through the
 * `entries` indexes, all on keys, so a query over ten thousand clippings never loads one
 * article. The result is an ordered id list; the list view loads rows as it scrolls.
 */
import { guarded } from './errors';
import type { CopydeskDb, LibraryEntry } from './schema';
import { orderedIds } from './order-cache';
import { lookup, searchIndex } from './search-index';
import { queryTerms } from './tokenize';

export type LibrarySort = 'newest' | 'oldest' | 'site';

export type LibraryQuery = {
  /** Words to find in title, text, quotes, speakers, notes and tags; all must match. */
  text?: string;
  tag?: string;
  site?: string;
  speaker?: string;
  /** A flag status the clipping must have at least once, e.g. "disputed". */
  status?: string;
  /** Saved on or after this day, `YYYY-MM-DD`. */
  from?: string;
  /** Saved on or before this day, `YYYY-MM-DD`. */
  to?: string;
  /** @default 'newest' */
  sort?: LibrarySort;
};

export type QueryResult = {
  ids: number[];
  /** The folded query words, for highlighting. */
  terms: string[];
  /**
   * How many clippings match when `ids` holds only the first page (firstPage);
   * absent when `ids` is the whole result.
   */
  total?: number;
};

/** Words shorter than this match exactly; longer ones also match as the start of a word. */
const PREFIX_MIN = 3;

function intersect(sets: Array<Set<number>>): Set<number> | null {
  if (!sets.length) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

/** The ids of clippings matching `query`, in the requested order. */
export async function queryLibrary(db: CopydeskDb, query: LibraryQuery = {}): Promise<QueryResult> {
  const terms = queryTerms(query.text ?? '');
  return guarded(async () => {
    const index = terms.length ? await searchIndex(db) : null;
    const sets: Array<Promise<Set<number>>> = terms.map((t) => Promise.resolve(lookup(index!, t, PREFIX_MIN)));
    const byIndex = (index: 'tags' | 'site' | 'speakers' | 'statuses', value: string | undefined) => {
      if (value !== undefined && value !== '') {
        sets.push(
          db.entries
            .where(index)
            .equals(value)
            .primaryKeys()
            .then((k) => new Set(k)),
        );
      }
    };
    byIndex('tags', query.tag);
    byIndex('site', query.site);
    byIndex('speakers', query.speaker);
    byIndex('statuses', query.status);
    if (query.from || query.to) {
      const lower = query.from ?? '';
      // '\uffff' after the day takes every time on the last day.
      const upper = query.to ? `${query.to}\uffff` : '\uffff';
      sets.push(
        db.entries
          .where('clippedAt')
          .between(lower, upper, true, true)
          .primaryKeys()
          .then((k) => new Set(k)),
      );
    }
    const matching = intersect(await Promise.all(sets));
    return { ids: await ordered(db, matching, query.sort ?? 'newest'), terms };
  });
}

async function ordered(db: CopydeskDb, matching: Set<number> | null, sort: LibrarySort): Promise<number[]> {
  if (matching && matching.size === 0) return [];
  // A small result is quicker to sort in memory than to walk the whole index.
  if (matching && matching.size <= 500) {
    const rows = (await db.entries.bulkGet([...matching])).filter((e): e is LibraryEntry => !!e);
    rows.sort(compareBy(sort));
    return rows.map((e) => e.id);
  }
  const forward = await orderedIds(db, sort === 'site' ? 'site' : 'clippedAt');
  const keys = sort === 'newest' ? forward.slice().reverse() : forward.slice();
  return matching ? keys.filter((id) => matching.has(id)) : keys;
}

function compareBy(sort: LibrarySort): (a: LibraryEntry, b: LibraryEntry) => number {
  const byDate = (a: LibraryEntry, b: LibraryEntry) =>
    a.clippedAt < b.clippedAt ? -1 : a.clippedAt > b.clippedAt ? 1 : a.id - b.id;
  if (sort === 'oldest') return byDate;
  if (sort === 'newest') return (a, b) => byDate(b, a);
  return (a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : a.id - b.id);
}

/** True when the query lists the whole library: no words and no filters. */
function unfiltered(query: LibraryQuery): boolean {
  const { text, tag, site, speaker, status, from, to } = query;
  return ![queryTerms(text ?? '').length, tag, site, speaker, status, from, to].some(Boolean);
}

/**
 * The first `n` rows of an unfiltered list and the library's size, read from the end of
 * the sort index (a cursor of `n` steps) instead of every id, so the first screen of a
 * large library does not wait for the whole order; queryLibrary gives the rest after.
 * Null when the query has words or filters (those need the whole matching set anyway).
 */
export async function firstPage(
  db: CopydeskDb,
  query: LibraryQuery,
  n: number,
): Promise<{ result: QueryResult; entries: LibraryEntry[] } | null> {
  if (!unfiltered(query)) return null;
  const sort = query.sort ?? 'newest';
  return guarded(async () => {
    const byIndex = db.entries.orderBy(sort === 'site' ? 'site' : 'clippedAt');
    const [entries, total] = await Promise.all([
      (sort === 'newest' ? byIndex.reverse() : byIndex).limit(n).toArray(),
      db.entries.count(),
    ]);
    return { result: { ids: entries.map((e) => e.id), terms: [], total }, entries };
  });
}

/** List rows for some ids, in the same order; ids no longer in the library are skipped. */
export async function getEntries(db: CopydeskDb, ids: readonly number[]): Promise<LibraryEntry[]> {
  return guarded(async () => (await db.entries.bulkGet([...ids])).filter((e): e is LibraryEntry => !!e));
}

export type Facets = { tags: string[]; sites: string[]; speakers: string[]; statuses: string[] };

/** Every tag, site, speaker and flag status in the library, for the filter menus (index keys only). */
export async function libraryFacets(db: CopydeskDb): Promise<Facets> {
  return guarded(async () => {
    const keys = (index: string) => db.entries.orderBy(index).uniqueKeys() as Promise<string[]>;
    const [tags, sites, speakers, statuses] = await Promise.all([
      keys('tags'),
      keys('site'),
      keys('speakers'),
      keys('statuses'),
    ]);
    return { tags, sites: sites.filter(Boolean), speakers, statuses };
  });
}

/** How many clippings carry each tag. */
export async function tagCounts(db: CopydeskDb): Promise<Map<string, number>> {
  return guarded(async () => {
    const counts = new Map<string, number>();
    const tags = (await db.entries.orderBy('tags').keys()) as string[];
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return counts;
  });
}
