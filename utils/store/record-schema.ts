/**
 * One schema for every stored record: what a backup may restore, what the store accepts
 * and what the views read. A record that fails is refused with a message naming the
 * field, and the finding by kind and number ("figure 3: agencies must be a list of
 * names"). Addresses come out as the URL parser writes them, with the store's derived
 * keys (url.ts pageAddresses), whatever the record said.
 */
import * as v from 'valibot';
import { safeUrl } from '../analysis/resolve-url';
import type { Clipping, DeskRecord } from './schema';
import { annotation, finding, flag, timestamp } from './finding-schema';
import { pageAddresses } from './url';

const text = v.string('must be text');
const textOrNull = v.nullable(v.string('must be text or null'));
const count = v.number('must be a number');
const wholeNumber = (what: string) => v.pipe(v.number(what), v.integer(what));

/**
 * The page a clipping came from: http(s), a local file (the panel clips those too) or
 * nothing (pasted text). Anything else (javascript:, data:) is a crafted record.
 */
const pageUrl = v.pipe(
  v.string('must be an http(s) or file address, or empty'),
  v.check(
    (url) => url === '' || safeUrl(url) !== null || /^file:\/\//i.test(url.trim()),
    'must be an http(s) or file address, or empty',
  ),
);

const clippingObject = v.object(
  {
    id: v.optional(
      v.pipe(wholeNumber('must be a positive whole number'), v.minValue(1, 'must be a positive whole number')),
    ),
    url: pageUrl,
    normalizedUrl: text,
    canonicalUrl: textOrNull,
    title: text,
    byline: textOrNull,
    siteName: textOrNull,
    publishedTime: textOrNull,
    lang: textOrNull,
    excerpt: textOrNull,
    wordCount: count,
    readingMinutes: count,
    html: text,
    text,
    findings: v.array(finding, 'must be a list of findings'),
    tags: v.array(v.string('must be a list of tags'), 'must be a list of tags'),
    flags: v.array(flag, 'must be a list of flags'),
    annotations: v.array(annotation, 'must be a list of annotations'),
    note: text,
    clippedAt: timestamp,
    updatedAt: timestamp,
    analysisSchema: count,
    previousId: v.optional(v.nullable(wholeNumber('must be a whole number or null'))),
    // A UUID as the store makes them (schema v6): it names the clipping on the team server.
    uid: v.optional(
      v.pipe(
        v.string('must be a uid'),
        v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a uid'),
      ),
    ),
  },
  'must be an object',
);

const clippingSchema = v.pipe(
  clippingObject,
  v.transform((c) => ({ ...c, ...pageAddresses(c.url, c.canonicalUrl) })),
);

const deskSchema = v.object(
  {
    normalizedUrl: text,
    flags: v.array(flag, 'must be a list of flags'),
    annotations: v.array(annotation, 'must be a list of annotations'),
    updatedAt: timestamp,
  },
  'must be an object',
);

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

/** "figure 3" for findings[i] of `record`: its kind and its number among that kind. */
function findingLabel(record: unknown, index: number): string {
  const list = (record as { findings?: unknown }).findings;
  if (!Array.isArray(list)) return `finding ${index + 1}`;
  const kind = (list[index] as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !['quote', 'figure', 'credit'].includes(kind)) return `finding ${index + 1}`;
  const nth = list.slice(0, index + 1).filter((f) => (f as { kind?: unknown } | null)?.kind === kind).length;
  return `${kind} ${nth}`;
}

/** One issue as "figure 3: agencies must be a list of names". */
function describe(record: unknown, issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  let where = '';
  let rest = keys;
  if (keys[0] === 'findings' && typeof keys[1] === 'number') {
    where = findingLabel(record, keys[1]);
    rest = keys.slice(2);
  } else if ((keys[0] === 'flags' || keys[0] === 'annotations') && typeof keys[1] === 'number') {
    where = `${keys[0] === 'flags' ? 'flag' : 'annotation'} ${keys[1] + 1}`;
    rest = keys.slice(2);
  }
  // An item of a list of plain values is named by its list: the message says what the list must hold.
  if (typeof rest[rest.length - 1] === 'number' && issue.type !== 'object' && issue.type !== 'variant')
    rest = rest.slice(0, -1);
  const field = rest.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
  // A missing required field is reported by the object around it.
  const missing = issue.type === 'object' && issue.received === 'undefined' && field;
  const message = missing ? 'is missing' : issue.message;
  const said = field ? `${field} ${message}` : message;
  return where ? `${where}: ${said}` : said;
}

function read<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Read<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problem: describe(value, result.issues[0]) };
}

/** A clipping checked field by field, in the current shape, or the first thing wrong with it. */
export function readClipping(value: unknown): Read<Clipping> {
  return read<Clipping>(clippingSchema, value);
}

/** A desk record (the desk work on an unsaved page), or the first thing wrong with it. */
export function readDesk(value: unknown): Read<DeskRecord> {
  return read<DeskRecord>(deskSchema, value);
}
