import { Dexie, type EntityTable } from 'dexie';
import type { Finding } from '../analysis/types';
import type { Annotation, FlagState } from '../desk/model';

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

/** The IndexedDB database. Every change of indexes is a new version() below, never an edit. */
export class CopydeskDb extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;
  desks!: EntityTable<DeskRecord, 'normalizedUrl'>;

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
  }
}
