/**
 * Inputs named on the command line, expanded lazily: directories are walked one
 * level at a time with opendir, so a directory of 50,000 pages costs one
 * listing at a time, never the whole tree, and results can stream.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
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

async function* walk(dir: string, text: boolean): AsyncGenerator<InputItem> {
  // Names of one directory are sorted, so that listing is held; the files themselves are not.
  const files: string[] = [];
  const dirs: string[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      // A symlink counts as what it points to; a dangling one is reported when read.
      const isDir = entry.isSymbolicLink()
        ? await stat(join(dir, entry.name)).then(
            (s) => s.isDirectory(),
            () => false,
          )
        : entry.isDirectory();
      if (isDir) dirs.push(entry.name);
      else if (isInputFile(entry.name, text)) files.push(entry.name);
    }
  } catch (error) {
    yield { input: dir, source: 'error', reason: reasonOf(error) };
    return;
  }
  const names = [...files.map((name) => ({ name, dir: false })), ...dirs.map((name) => ({ name, dir: true }))];
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, dir: isDir } of names) {
    const path = join(dir, name);
    if (isDir) yield* walk(path, text);
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
  for (const input of inputs) {
    if (input === '-') {
      yield { input, source: 'stdin' };
      continue;
    }
    try {
      const info = await stat(input);
      if (info.isDirectory()) yield* walk(input, text);
      else yield { input, source: 'file', path: input };
    } catch (error) {
      yield { input, source: 'error', reason: reasonOf(error) };
    }
  }
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
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

/** Decodes page bytes: gzip by its magic number, UTF-8 unless the page declares otherwise. */
export function decodeInput(raw: Buffer, html: boolean): string {
  const bytes = isGzip(raw) ? gunzipSync(raw) : raw;
  const charset = html ? declaredCharset(bytes) : null;
  return new TextDecoder(charset ?? 'utf-8').decode(bytes);
}

/** The text of one input; rejects with a readable error for files that cannot be read. */
export async function readInput(
  item: Exclude<InputItem, { source: 'error' }>,
  stdin: Readable,
  html: boolean,
): Promise<string> {
  const raw =
    item.source === 'stdin'
      ? await readStream(stdin)
      : await readFile(item.path).catch((error: unknown) => {
          throw new Error(reasonOf(error));
        });
  return decodeInput(raw, html);
}
