/**
 * Notes being written on flags: one draft per flag, from "Note" until Save or Cancel. A
 * draft is kept in the panel's storage under the page's address, so switching tabs,
 * a late re-read or closing and reopening the panel brings the open editor back with the
 * words typed so far. Drafts carry their finding's selectors and are matched to a fresh
 * analysis the way saved flag states are.
 */
import type { Finding, FindingKind, Selector } from '../analysis/types';
import { draftShelf } from './draft-shelf';
import { matchFlags } from './reanchor';

export type { DraftStorage } from './draft-shelf';

export type Draft = {
  findingId: string;
  kind: FindingKind;
  selectors: Selector[];
  text: string;
  /** ISO 8601. */
  updatedAt: string;
};

/** Open drafts by finding id. */
export type Drafts = Readonly<Record<string, Draft>>;

/** Opens (or keeps) the draft of a finding's note, starting from the saved note. */
export function openDraft(drafts: Drafts, finding: Finding, note: string, now: Date): Drafts {
  if (drafts[finding.id]) return drafts;
  const draft = { findingId: finding.id, kind: finding.kind, selectors: finding.selectors, text: note };
  return { ...drafts, [finding.id]: { ...draft, updatedAt: now.toISOString() } };
}

/** What the editor has typed so far. */
export function editDraft(drafts: Drafts, findingId: string, text: string, now: Date): Drafts {
  const draft = drafts[findingId];
  if (!draft || draft.text === text) return drafts;
  return { ...drafts, [findingId]: { ...draft, text, updatedAt: now.toISOString() } };
}

/** Saved or discarded: the draft is gone. */
export function closeDraft(drafts: Drafts, findingId: string): Drafts {
  if (!drafts[findingId]) return drafts;
  const { [findingId]: _closed, ...rest } = drafts;
  return rest;
}

/** Drafts re-keyed to the findings of an analysis; those whose finding is gone are returned apart. */
export function matchDrafts(
  drafts: readonly Draft[],
  findings: readonly Finding[],
  text: string,
): { drafts: Drafts; unplaced: Draft[] } {
  const byFlag = new Map(drafts.map((d) => [d.findingId, d]));
  const states = drafts.map((d) => ({ ...d, status: 'unchecked' as const, note: d.text }));
  const { matched, orphans } = matchFlags(states, findings, text);
  const out: Record<string, Draft> = {};
  for (const m of matched) out[m.findingId] = { ...m, text: m.note };
  return { drafts: out, unplaced: orphans.map((o) => byFlag.get(o.findingId)!).filter(Boolean) };
}

/** The part of the Web Storage API drafts need (localStorage in the panel, a Map in tests). */
function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.findingId === 'string' &&
    (d.kind === 'quote' || d.kind === 'figure' || d.kind === 'credit') &&
    Array.isArray(d.selectors) &&
    typeof d.text === 'string' &&
    typeof d.updatedAt === 'string'
  );
}

const shelf = draftShelf('drafts', isDraft);

/** A page's stored drafts; anything unreadable is skipped, never thrown. */
export const readDrafts = shelf.read;

/** Stores a page's drafts (and drafts that could not be placed, so they are not lost); none clears the key. */
export const writeDrafts = shelf.write;
