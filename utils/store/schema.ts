import { Dexie, type EntityTable } from 'dexie';
import type { Finding } from '../analysis/types';

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
  /** ISO 8601. The library lists newest first by this. */
  clippedAt: string;
  updatedAt: string;
  /** `Analysis.schema` of the analysis the findings came from. */
  analysisSchema: number;
};

/** The IndexedDB database. Every change of indexes is a new version() below, never an edit. */
export class CopydeskDb extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      clippings: '++id, clippedAt, normalizedUrl, canonicalUrl, siteName, *tags',
    });
  }
}
