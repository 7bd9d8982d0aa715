/**
 * What the editor adds to an analysis: a status and note per flag, and annotations of
 * their own. Plain JSON: it crosses the message protocol, lands in IndexedDB, and is
 * exported. Every anchor is a W3C Web Annotation selector set, so it can be re-found
 * on a later visit even when the finding ids or the page text have moved.
 */
import type { FindingKind, Selector } from '../analysis/types';

export type FlagStatus = 'unchecked' | 'verified' | 'disputed' | 'needs-source';

/** The editor's verdict on one finding. */
export type FlagState = {
  /** The finding's id in the analysis it was set on. */
  findingId: string;
  kind: FindingKind;
  status: FlagStatus;
  note: string;
  /** For a quote whose speaker the page leaves unclear: the candidate the editor chose. */
  speaker?: string;
  /** The finding's selectors when the state was set: how it is matched to a later analysis. */
  selectors: Selector[];
  /** ISO 8601. */
  updatedAt: string;
};

/** A highlight the editor made from a selection, with a note and tags. */
export type Annotation = {
  /** Random, stable across saves and exports. */
  id: string;
  /** TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector into `Article.text`. */
  selectors: Selector[];
  note: string;
  tags: string[];
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
};

/** The editor's work on one page, kept whether or not it is saved as a clipping. */
export type DeskState = {
  flags: FlagState[];
  annotations: Annotation[];
};

export const EMPTY_DESK: DeskState = { flags: [], annotations: [] };
