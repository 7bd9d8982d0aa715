/**
 * Inputs named on the command line, expanded lazily: directories are walked one
 * level at a time with opendir, so a directory of 50,000 pages costs one
 * listing at a time, never the whole tree, and results can stream.
 */
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';

/** One thing to analyze, in output order. `input` is the path as given (or joined under a given directory). */
export type InputItem =
  | { input: string; source: 'file'; path: string }
  | { input: string; source: 'stdin' }
  | { input: string; source: 'error'; reason: string };

const HTML_FILE = /\.(?:html?|html?\.gz)$/i;

/** Whether a file found in a directory is one the command reads. */
export function isInputFile(name: string, text: boolean): boolean {
  if (name.startsWith('.')) return false;
  return text || HTML_FILE.test(name);
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Files and directories already met, by device and inode: each is read once, and a symlink loop ends. */
type Seen = Set<string>;

const identity = (info: { dev: number; ino: number }): string => `${info.dev}:${info.ino}`;

type Entry = { name: string; dir: boolean; id: string | null };

/** What a directory entry is once symlinks are followed: only directories and regular files are read. */
async function entryOf(dir: string, name: string): Promise<Entry | null> {
  try {
    const info = await stat(join(dir, name));
    if (!info.isDirectory() && !info.isFile()) return null;
    return { name, dir: info.isDirectory(), id: identity(info) };
  } catch {
    // A dangling symlink is reported when read.
    return { name, dir: false, id: null };
  }
}

async function* walk(dir: string, text: boolean, seen: Seen): AsyncGenerator<InputItem> {
  // Names of one directory are sorted, so that listing is held; the files themselves are not.
  const entries: Entry[] = [];
  try {
    for await (const dirent of await opendir(dir)) {
      if (dirent.name.startsWith('.')) continue;
      // Names that can never be read are passed over without a stat (a symlink may still be a directory).
      if (!dirent.isDirectory() && !dirent.isSymbolicLink() && !isInputFile(dirent.name, text)) continue;
      const entry = await entryOf(dir, dirent.name);
      if (entry && (entry.dir || isInputFile(entry.name, text))) entries.push(entry);
    }
  } catch (error) {
    yield { input: dir, source: 'error', reason: reasonOf(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, dir: isDir, id } of entries) {
    // The first path in sorted order reads a file or directory; a later link to it is passed over.
    if (id !== null) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    const path = join(dir, name);
    if (isDir) yield* walk(path, text, seen);
    else yield { input: path, source: 'file', path };
  }
}

/** Whether `input` names a directory (false for stdin and for paths that cannot be read). */
export async function isDirectory(input: string): Promise<boolean> {
  if (input === '-') return false;
  try {
    return (await stat(input)).isDirectory();
  } catch {
    return false;
  }
}

/** Every input in order: files as given, directories expanded, unreadable paths as errors. */
export async function* expandInputs(inputs: readonly string[], text: boolean): AsyncGenerator<InputItem> {
  const seen: Seen = new Set();
  for (const input of inputs) {
    if (input === '-') {
      yield { input, source: 'stdin' };
      continue;
    }
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        seen.add(identity(info));
        yield* walk(input, text, seen);
      } else yield { input, source: 'file', path: input };
    } catch (error) {
      yield { input, source: 'error', reason: reasonOf(error) };
    }
  }
}

/** The refusal of an input past the limit: one plain line. */
export function tooLarge(maxBytes: number): Error {
  return new Error(`larger than ${maxBytes.toLocaleString('en-US')} bytes; not read (--max-bytes to change)`);
}

/** All of `stream`, or a rejection once it passes `maxBytes` (so /dev/zero or an endless pipe stops). */
async function readStream(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The charset an HTML page declares in its first bytes, if the runtime can decode it. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** `raw` inflated, refused once it inflates past `maxBytes` (a small file can inflate to gigabytes). */
function gunzipWithin(raw: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw tooLarge(maxBytes);
    throw error;
  }
}

/** Decodes page bytes: gzip by its magic number, UTF-8 unless the page declares otherwise. */
export function decodeInput(raw: Buffer, html: boolean, maxBytes = Number.MAX_SAFE_INTEGER): string {
  const bytes = isGzip(raw) ? gunzipWithin(raw, maxBytes) : raw;
  const charset = html ? declaredCharset(bytes) : null;
  return new TextDecoder(charset ?? 'utf-8').decode(bytes);
}

/** A file's bytes, streamed so a device or a file growing as it is read stops at `maxBytes`. */
async function readFileWithin(path: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(path).catch((error: unknown) => {
    throw new Error(reasonOf(error));
  });
  if (info.isDirectory()) throw new Error('is a directory');
  if (info.isFile() && info.size > maxBytes) throw tooLarge(maxBytes);
  return readStream(createReadStream(path), maxBytes).catch((error: unknown) => {
    throw error instanceof Error && error.message.startsWith('larger than') ? error : new Error(reasonOf(error));
  });
}

/** The text of one input; rejects with a readable error for inputs that cannot be read or pass `maxBytes`. */
export async function readInput(
  item: Exclude<InputItem, { source: 'error' }>,
  stdin: Readable,
  html: boolean,
  maxBytes = Number.MAX_SAFE_INTEGER,
): Promise<string> {
  const raw = item.source === 'stdin' ? await readStream(stdin, maxBytes) : await readFileWithin(item.path, maxBytes);
  return decodeInput(raw, html, maxBytes);
}
