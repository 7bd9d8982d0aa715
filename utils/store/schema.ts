import { Dexie, type EntityTable } from 'dexie';
import type { Finding } from '../analysis/types';
import type { Annotation, FlagState } from '../desk/model';
import { entryOf, termsOf, type LibraryEntry, type TermsRecord } from './index-records';

import type { OutboxRecord, ShadowRecord, SyncMetaRecord } from './sync-records';

export type { LibraryEntry, TermsRecord } from './index-records';
export type { OutboxRecord, ShadowRecord, SyncMetaRecord } from './sync-records';

/** A fresh globally unique clipping id. */
export function newUid(): string {
  return crypto.randomUUID();
}

/** One saved article with its findings, as stored in IndexedDB and exported. */
export type Clipping = {
  /** Assigned by the database on first save; kept on replace and on undo. */
  id?: number;
  url: string;
  /** `normalizeUrl(url)`: how a re-save of the same page is recognised. */
  normalizedUrl: string;
  /** The page's canonical link, normalized too, so it can be compared with `normalizedUrl`. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Article HTML, already sanitized: safe to render in the panel. */
  html: string;
  /** Plain text; finding offsets point into it. */
  text: string;
  findings: Finding[];
  tags: string[];
  /** The editor's status and note per finding (schema v2). */
  flags: FlagState[];
  /** The editor's own highlights (schema v2). */
  annotations: Annotation[];
  /** A note on the whole clipping (schema v2). */
  note: string;
  /** ISO 8601. The library lists newest first by this. */
  clippedAt: string;
  updatedAt: string;
  /** `Analysis.schema` of the analysis the findings came from. */
  analysisSchema: number;
  /**
   * The earlier clipping of the same page this one is a new version of, or null (schema v3).
   * Optional so records built before v3 (and tests' literals) still type-check.
   */
  previousId?: number | null;
  /**
   * Globally unique id (a random UUID, schema v6): the clipping's name on the team server,
   * the same in every editor's library. Given by the store on first save.
   */
  uid?: string;
};

/** The desk work on a page not (or not yet) saved, so coming back to the page restores it. */
export type DeskRecord = {
  /** `normalizeUrl` of the page URL. */
  normalizedUrl: string;
  flags: FlagState[];
  annotations: Annotation[];
  /** ISO 8601. */
  updatedAt: string;
};

/** The newest schema version; backups and tests refer to it. */
export const SCHEMA_VERSION = 6;

/** The IndexedDB database. Every change of indexes is a new version() below, never an edit. */
export class CopydeskDb extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;
  desks!: EntityTable<DeskRecord, 'normalizedUrl'>;
  /** Small per-clipping rows the library lists, filters and sorts without loading articles (v3). */
  entries!: EntityTable<LibraryEntry, 'id'>;
  /** The searchable words of each clipping; search-index.ts builds the inverted index from them (v3). */
  terms!: EntityTable<TermsRecord, 'id'>;
  /** Clippings changed here and not yet sent to the team server, by uid (v6). */
  outbox!: EntityTable<OutboxRecord, 'uid'>;
  /** The last copy of each clipping both this library and the team server agreed on (v6). */
  shadows!: EntityTable<ShadowRecord, 'uid'>;
  /** The team's settings and the changes-feed checkpoint, by key (v6). */
  syncMeta!: EntityTable<SyncMetaRecord, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      clippings: '++id, clippedAt, normalizedUrl, canonicalUrl, siteName, *tags',
    });
    // v2: flag states, annotations and a note on every clipping; desk work for unsaved pages.
    this.version(2)
      .stores({ desks: '&normalizedUrl, updatedAt' })
      .upgrade((tx) =>
        tx
          .table('clippings')
          .toCollection()
          .modify((c: Partial<Clipping>) => {
            c.flags ??= [];
            c.annotations ??= [];
            c.note ??= '';
          }),
      );
    // v3: version chains, and the search index and list rows, back-filled from every clipping.
    this.version(3)
      .stores({
        entries: '&id, clippedAt, site, previousId, *tags, *speakers, *statuses',
        terms: '&id',
      })
      .upgrade(async (tx) => {
        const clippings = tx.table<Clipping, number>('clippings');
        await clippings.toCollection().modify((c: Clipping) => {
          c.previousId ??= null;
        });
        // Batches keep memory flat on a library of thousands of full articles.
        let last = 0;
        for (;;) {
          const batch = await clippings.where(':id').above(last).limit(200).toArray();
          if (!batch.length) break;
          const saved = batch.filter((c): c is Clipping & { id: number } => c.id !== undefined);
          await tx.table('entries').bulkPut(saved.map(entryOf));
          await tx.table('terms').bulkPut(saved.map(termsOf));
          last = saved[saved.length - 1]?.id ?? Number.MAX_SAFE_INTEGER;
        }
      });
    // v4: the library filters by site and tag on `entries`; the same indexes on the full
    // clippings only cost index writes on every save and restore. Data is unchanged.
    this.version(4).stores({ clippings: '++id, clippedAt, normalizedUrl, canonicalUrl' });
    // v5: list rows count a repeated figure once, as the panel and the Markdown do ("19 figures"
    // everywhere, not 24 on the Library row). Indexes unchanged; every row is rebuilt.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const clippings = tx.table<Clipping, number>('clippings');
        let last = 0;
        for (;;) {
          const batch = await clippings.where(':id').above(last).limit(200).toArray();
          if (!batch.length) break;
          const saved = batch.filter((c): c is Clipping & { id: number } => c.id !== undefined);
          await tx.table('entries').bulkPut(saved.map(entryOf));
          last = saved[saved.length - 1]?.id ?? Number.MAX_SAFE_INTEGER;
        }
      });
    // v6: team sync. Every clipping gets a globally unique id (numeric ids differ from one
    // library to the next); the outbox, the shadows and the checkpoint live beside them.
    this.version(6)
      .stores({
        clippings: '++id, clippedAt, normalizedUrl, canonicalUrl, &uid',
        outbox: '&uid',
        shadows: '&uid, previousUid, changedAt',
        syncMeta: '&key',
      })
      .upgrade((tx) =>
        tx
          .table('clippings')
          .toCollection()
          .modify((c: Clipping) => {
            c.uid ??= newUid();
          }),
      );
  }
}
