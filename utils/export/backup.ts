/**
 * The full backup: one JSON file holding every clipping (all fields, ids and version
 * links included) and the desk work on unsaved pages, with a format version so a later
 * Copydesk can read it and an older one can refuse it clearly.
 */
import type { Clipping, DeskRecord } from '../store/schema';
import { readClipping, readDesk } from '../store/record-schema';

export const BACKUP_FORMAT = 'copydesk-backup';
/** Bumped whenever a backup written now could not be read by the previous release. */
export const BACKUP_VERSION = 1;

export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  clippings: Clipping[];
  desks: DeskRecord[];
};

/**
 * The backup file as text parts (for a Blob), written a batch at a time so ten thousand
 * clippings never become one giant string.
 */
export async function* backupParts(
  batches: AsyncIterable<readonly Clipping[]>,
  desks: readonly DeskRecord[],
  now: Date,
): AsyncGenerator<string> {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() };
  yield `${JSON.stringify(head).slice(0, -1)},"clippings":[\n`;
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield `${first ? '' : ',\n'}${batch.map((c) => JSON.stringify(c)).join(',\n')}`;
    first = false;
  }
  yield `\n],"desks":${JSON.stringify(desks)}}\n`;
}

/** The file name of a backup made at `now`: `copydesk-backup-2024-01-05.json`. */
export function backupFileName(now: Date): string {
  return `copydesk-backup-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: string };

/** Names a clipping in a message: its position and title. */
function which(value: unknown, index: number): string {
  const title = typeof value === 'object' && value && 'title' in value ? String(value.title).slice(0, 60) : '';
  return `clipping ${index + 1}${title ? ` (“${title}”)` : ''}`;
}

/** Reads and checks a backup file's text. Nothing is written here; a refusal says what is wrong. */
export function parseBackup(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `This file is not a Copydesk backup: it is not valid JSON (${detail}).` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'This file is not a Copydesk backup: it has no "format": "copydesk-backup" marker.' };
  }
  const { version, clippings, desks = [] } = data as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'This backup has no valid format version.' };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      problem: `This backup was made by a newer Copydesk (backup format ${version}; this one reads up to ${BACKUP_VERSION}). Update Copydesk, then restore it.`,
    };
  }
  if (!Array.isArray(clippings)) return { ok: false, problem: 'This backup has no list of clippings.' };
  if (!Array.isArray(desks)) return { ok: false, problem: 'This backup’s desk records are not a list.' };
  // Every record through the store's own schema: what is restored is what the views can read.
  const problems: string[] = [];
  const checked: Clipping[] = [];
  clippings.forEach((c, i) => {
    const read = readClipping(c);
    if (read.ok) checked.push(read.value);
    else problems.push(`${which(c, i)}, ${read.problem}`);
  });
  const checkedDesks: DeskRecord[] = [];
  desks.forEach((d, i) => {
    const read = readDesk(d);
    if (read.ok) checkedDesks.push(read.value);
    else problems.push(`desk record ${i + 1}, ${read.problem}`);
  });
  const ids = checked.map((c) => c.id).filter((id) => id !== undefined);
  if (new Set(ids).size !== ids.length) problems.push('two clippings share the same id');
  if (problems.length) {
    const more = problems.length > 3 ? ` …and ${problems.length - 3} more.` : '';
    return {
      ok: false,
      problem: `This backup is damaged, so nothing was restored. ${problems.slice(0, 3).join('; ')}.${more}`,
    };
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version,
      exportedAt: String((data as { exportedAt?: unknown }).exportedAt ?? ''),
      clippings: checked,
      desks: checkedDesks,
    },
  };
}
