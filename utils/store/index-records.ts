/**
 * The rows the library keeps beside each clipping so it can list, filter, sort and search
 * ten thousand of them without loading a single article: written in the same transaction
 * as the clipping, rebuilt from it whenever it changes.
 */
import { findingCounts } from '../desk/counts';
import type { Clipping } from './schema';
import { tokenize } from './tokenize';

/** What the library list shows and filters on. */
export type LibraryEntry = {
  id: number;
  title: string;
  url: string;
  /** Site name, else host, else '' (IndexedDB does not index null, and '' sorts first). */
  site: string;
  clippedAt: string;
  publishedTime: string | null;
  tags: string[];
  /** Quote speakers as written, each once. */
  speakers: string[];
  /** Flag statuses other than "unchecked" present on the clipping, each once. */
  statuses: string[];
  quotes: number;
  figures: number;
  credits: number;
  previousId: number | null;
};

/** The searchable words of a clipping (title, text, quotes, speakers, notes, tags...), space-separated. */
export type TermsRecord = { id: number; words: string };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The list row of a saved clipping. */
export function entryOf(clipping: Clipping & { id: number }): LibraryEntry {
  const speakers = new Set<string>();
  for (const f of clipping.findings) if (f.kind === 'quote' && f.speaker) speakers.add(f.speaker);
  // Counted as the panel counts them: a repeated figure is one (v5 recounted older rows).
  const { quotes, figures, credits } = findingCounts(clipping.findings);
  const statuses = new Set((clipping.flags ?? []).map((s) => s.status).filter((s) => s !== 'unchecked'));
  return {
    id: clipping.id,
    title: clipping.title,
    url: clipping.url,
    site: clipping.siteName?.trim() || hostOf(clipping.url),
    clippedAt: clipping.clippedAt,
    publishedTime: clipping.publishedTime,
    tags: [...clipping.tags],
    speakers: [...speakers],
    statuses: [...statuses],
    quotes,
    figures,
    credits,
    previousId: clipping.previousId ?? null,
  };
}

/** The search words of a saved clipping. */
export function termsOf(clipping: Clipping & { id: number }): TermsRecord {
  const words = new Set<string>();
  const parts = [clipping.title, clipping.byline ?? '', clipping.siteName ?? '', clipping.text, clipping.note ?? ''];
  for (const part of parts) tokenize(part, words);
  for (const f of clipping.findings) {
    if (f.kind === 'quote') {
      tokenize(f.text, words);
      if (f.speaker) tokenize(f.speaker, words);
    } else if (f.kind === 'credit') {
      tokenize(`${f.credit ?? ''} ${f.caption ?? ''}`, words);
    }
  }
  for (const tag of clipping.tags) tokenize(tag, words);
  for (const flag of clipping.flags ?? []) tokenize(flag.note, words);
  for (const a of clipping.annotations ?? []) tokenize(`${a.note} ${a.tags.join(' ')}`, words);
  // One string, not an array: reading ten thousand back is one string each, not hundreds.
  return { id: clipping.id, words: [...words].join(' ') };
}
