/**
 * The hand labels of whole pages (bench/page-labels/<page id>.json, see
 * ../shared/LABELLING.md) and the held-out list beside them, read once for every
 * script that scores or prints whole pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageLabel } from './page-score';

const labelDir = join(dirname(fileURLToPath(import.meta.url)), 'page-labels');

/** Ids of the held-out pages (bench/page-labels/heldout.txt; # starts a comment). */
export function heldoutPages(): Set<string> {
  return new Set(
    readFileSync(join(labelDir, 'heldout.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/** Every labelled page, in file order. */
export function pageLabels(): PageLabel[] {
  return readdirSync(labelDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(labelDir, f), 'utf8')) as PageLabel);
}
