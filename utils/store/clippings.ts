import type { Analysis } from '../analysis/types';
import type { DeskState } from '../desk/model';
import { cleanTags } from '../tags';
import { diffClippings, hasChanges } from './diff';
import { guarded, StoreError } from './errors';
import { saveTarget, newestOfPage, type WhenSaved } from './latest-copy';
import { readClipping } from './record-schema';
import { CopydeskDb, type Clipping } from './schema';
import { pageAddresses } from './url';
import { addIndexed, clippingTables, deleteIndexed, putIndexed } from './writes';

export { CopydeskDb, type Clipping } from './schema';
export { StoreError, type StoreErrorCode } from './errors';
export { normalizeUrl } from './url';

/**
 * The clippings database. Dexie opens (creating or upgrading) it on first use, so a
 * failure to open surfaces as a StoreError from the first repository call.
 * @param name @default 'copydesk' (tests pass their own so they never share state)
 */
export function openLibrary(name = 'copydesk'): CopydeskDb {
  return new CopydeskDb(name);
}

export type ClippingInput = {
  /** `analysis.article.html` after sanitizeHtml: the store never holds page HTML as it came. */
  html: string;
  now: Date;
  tags?: readonly string[];
  /** The editor's flag states and annotations on the page, kept with the clipping. */
  desk?: DeskState;
};

/** A new, unsaved clipping from an analysis. */
export function clippingFromAnalysis(analysis: Analysis, input: ClippingInput): Clipping {
  const { article } = analysis;
  // Pasted text has no URL; the canonical (if any) is the best address we have.
  const addresses = pageAddresses(article.url ?? article.canonicalUrl ?? '', article.canonicalUrl);
  const at = input.now.toISOString();
  return {
    ...addresses,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    html: input.html,
    text: article.text,
    findings: analysis.findings,
    tags: cleanTags(input.tags ?? []),
    flags: [...(input.desk?.flags ?? [])],
    annotations: [...(input.desk?.annotations ?? [])],
    note: '',
    previousId: null,
    clippedAt: at,
    updatedAt: at,
    analysisSchema: analysis.schema,
  };
}

/**
 * The newest saved clipping of the same page, if any: the URL or canonical URL of
 * the page matches the normalized or canonical URL of a stored clipping. A canonical
 * the page may not claim (another site's, or not http(s)) is not asked about.
 */
export async function findExisting(
  db: CopydeskDb,
  url: string | null,
  canonicalUrl: string | null,
): Promise<Clipping | undefined> {
  const page = url?.trim() ? pageAddresses(url, canonicalUrl) : pageAddresses(canonicalUrl ?? '', canonicalUrl);
  const keys = [...new Set([page.normalizedUrl, page.canonicalUrl])].filter((k): k is string => !!k);
  if (!keys.length) return undefined;
  return guarded(() => newestOfPage(db, keys));
}

/**
 * The record as the store keeps it, whoever built it: checked against the one record
 * schema (which also derives the URL keys from `url`), tags cleaned.
 */
function normalized(clipping: Clipping): Clipping {
  const read = readClipping({ ...clipping, tags: cleanTags(clipping.tags) });
  if (!read.ok) throw new StoreError('invalid', `This clipping cannot be saved: ${read.problem}`);
  return read.value;
}

export type SaveOptions = {
  /**
   * A re-save of this stored clipping. When the page is unchanged it is updated in place
   * (keeps its id and first clippedAt); when the text or findings changed, the new copy is
   * saved as a new version linked by `previousId`, and the old one is kept. When another
   * window saved a newer version of it meanwhile, the save goes over that one instead, so
   * the versions stay one chain.
   */
  replaceId?: number;
  /**
   * Without `replaceId`: what to do when the library holds this page already (another
   * window saved it since the panel looked). 'update' goes over its newest copy as a
   * replace would, so two panels saving one page end in one clipping; 'add' keeps both.
   * @default 'add'
   */
  whenSaved?: WhenSaved;
};

/** Where a save landed: a new clipping, the stored copy updated in place, or a new version of it. */
export type SavedAs = { id: number; outcome: 'saved' | 'updated' | 'new-version' };

/** Saves a clipping and returns its id (a new version's id when the page changed). */
export async function saveClipping(db: CopydeskDb, clipping: Clipping, options: SaveOptions = {}): Promise<number> {
  return (await savePage(db, clipping, options)).id;
}

/** saveClipping, answering where the save landed. */
export async function savePage(db: CopydeskDb, clipping: Clipping, options: SaveOptions = {}): Promise<SavedAs> {
  const { id: _ignored, ...record } = normalized(clipping);
  return guarded(() =>
    db.transaction('rw', clippingTables(db), async (): Promise<SavedAs> => {
      // Read inside the transaction: a save from another window is either wholly before or after.
      const target = await saveTarget(db, record, options.replaceId, options.whenSaved ?? 'add');
      if (target === undefined)
        return { id: await addIndexed(db, { ...record, previousId: record.previousId ?? null }), outcome: 'saved' };
      const previous = await db.clippings.get(target);
      if (!previous) throw new StoreError('not-found', `No clipping with id ${target} to replace`);
      if (hasChanges(diffClippings(previous, record))) {
        // What the editor added to the old copy carries over to the new version.
        const tags = cleanTags([...previous.tags, ...record.tags]);
        const note = record.note || previous.note;
        return { id: await addIndexed(db, { ...record, tags, note, previousId: target }), outcome: 'new-version' };
      }
      await putIndexed(db, [
        { ...record, id: target, clippedAt: previous.clippedAt, previousId: previous.previousId ?? null },
      ]);
      return { id: target, outcome: 'updated' };
    }),
  );
}

/** Every version of the page `id` belongs to, oldest first (the chain of previousId links). */
export async function versionsOf(db: CopydeskDb, id: number): Promise<Array<{ id: number; clippedAt: string }>> {
  return guarded(async () => {
    const chain: Array<{ id: number; clippedAt: string }> = [];
    const seen = new Set<number>();
    // Walk back to the oldest, then forward through whoever names each as previous.
    let cursor = await db.entries.get(id);
    while (cursor && !seen.has(cursor.id)) {
      seen.add(cursor.id);
      chain.unshift({ id: cursor.id, clippedAt: cursor.clippedAt });
      cursor = cursor.previousId === null ? undefined : await db.entries.get(cursor.previousId);
    }
    let next = await db.entries.where('previousId').equals(id).first();
    while (next && !seen.has(next.id)) {
      seen.add(next.id);
      chain.push({ id: next.id, clippedAt: next.clippedAt });
      next = await db.entries.where('previousId').equals(next.id).first();
    }
    return chain;
  });
}

export type ListOptions = {
  /** @default 50 */
  limit?: number;
  /** @default 0 */
  offset?: number;
};

/** Clippings newest first (by clippedAt), one page at a time. */
export async function listClippings(db: CopydeskDb, options: ListOptions = {}): Promise<Clipping[]> {
  const { limit = 50, offset = 0 } = options;
  return guarded(() => db.clippings.orderBy('clippedAt').reverse().offset(offset).limit(limit).toArray());
}

/** One clipping, or undefined when there is none with that id. */
export async function getClipping(db: CopydeskDb, id: number): Promise<Clipping | undefined> {
  return guarded(() => db.clippings.get(id));
}

/** Deletes clippings in one transaction and returns the records that were there (for undo). */
export async function deleteClippings(db: CopydeskDb, ids: readonly number[]): Promise<Clipping[]> {
  return guarded(() =>
    db.transaction('rw', clippingTables(db), async () => {
      const records = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping => !!c);
      await deleteIndexed(db, ids);
      return records;
    }),
  );
}

/** Undo of deleteClippings: puts every record back under its own id, all or none. */
export async function restoreClippings(db: CopydeskDb, clippings: readonly Clipping[]): Promise<number[]> {
  const saved = clippings.map((c) => {
    if (c.id === undefined) throw new StoreError('invalid', 'Cannot restore a clipping that was never saved (no id)');
    return { ...c, id: c.id };
  });
  return guarded(async () => {
    await db.transaction('rw', clippingTables(db), () => putIndexed(db, saved));
    return saved.map((c) => c.id);
  });
}

/** How many clippings the library holds. */
export async function countClippings(db: CopydeskDb): Promise<number> {
  return guarded(() => db.clippings.count());
}
