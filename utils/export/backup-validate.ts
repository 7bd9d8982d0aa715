/**
 * Checks a backup's clippings field by field before anything is written, so a partly
 * broken file is refused whole with a message naming what is wrong and where.
 */
import { isHttpUrl } from '../analysis/resolve-url';
import type { Clipping, DeskRecord } from '../store/schema';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNullableString: Check = (v) => v === null || typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isNullableNumber: Check = (v) => v === null || isNumber(v);
const isDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList: Check = (v) => Array.isArray(v) && v.every(isString);
/**
 * The page a clipping came from: http(s), a local file (the panel clips those too) or
 * nothing (pasted text). Anything else (javascript:, data:) is a crafted file.
 */
const isPageUrl: Check = (v) => v === '' || isHttpUrl(v as string) || (isString(v) && /^file:\/\//i.test(v as string));

const KINDS = new Set(['quote', 'figure', 'credit']);
const STATUSES = new Set(['unchecked', 'verified', 'disputed', 'needs-source']);

function selectorProblem(s: unknown): string | null {
  if (!isObject(s)) return 'is not an object';
  if (s.type === 'TextQuoteSelector') {
    return [s.exact, s.prefix, s.suffix].every(isString) ? null : 'needs exact, prefix and suffix text';
  }
  if (s.type === 'TextPositionSelector')
    return isNumber(s.start) && isNumber(s.end) ? null : 'needs numeric start and end';
  return `has an unknown type ${JSON.stringify(s.type)}`;
}

function selectorsProblem(v: unknown, at: string): string | null {
  if (!Array.isArray(v)) return `${at}.selectors is not a list`;
  for (const [i, s] of v.entries()) {
    const problem = selectorProblem(s);
    if (problem) return `${at}.selectors[${i}] ${problem}`;
  }
  return null;
}

function findingProblem(f: unknown, at: string): string | null {
  if (!isObject(f)) return `${at} is not an object`;
  if (!KINDS.has(f.kind as string)) return `${at}.kind is not quote, figure or credit`;
  if (!isString(f.id)) return `${at}.id is missing`;
  if (!isNullableNumber(f.start) || !isNullableNumber(f.end)) return `${at}.start/end are not numbers`;
  if (f.kind !== 'credit' && !isString(f.text)) return `${at}.text is missing`;
  return selectorsProblem(f.selectors, at);
}

function flagProblem(s: unknown, at: string): string | null {
  if (!isObject(s)) return `${at} is not an object`;
  if (!isString(s.findingId) || !isString(s.note) || !isDate(s.updatedAt))
    return `${at} lacks findingId, note or updatedAt`;
  if (!STATUSES.has(s.status as string)) return `${at}.status ${JSON.stringify(s.status)} is not a flag status`;
  return selectorsProblem(s.selectors, at);
}

function annotationProblem(a: unknown, at: string): string | null {
  if (!isObject(a)) return `${at} is not an object`;
  if (!isString(a.id) || !isString(a.note) || !isStringList(a.tags)) return `${at} lacks id, note or tags`;
  return selectorsProblem(a.selectors, at);
}

const FIELDS: Array<[keyof Clipping, Check, string]> = [
  ['url', isPageUrl, 'an http(s) or file address'],
  ['normalizedUrl', isString, 'text'],
  ['canonicalUrl', isNullableString, 'text or null'],
  ['title', isString, 'text'],
  ['byline', isNullableString, 'text or null'],
  ['siteName', isNullableString, 'text or null'],
  ['publishedTime', isNullableString, 'text or null'],
  ['lang', isNullableString, 'text or null'],
  ['excerpt', isNullableString, 'text or null'],
  ['wordCount', isNumber, 'a number'],
  ['readingMinutes', isNumber, 'a number'],
  ['html', isString, 'text'],
  ['text', isString, 'text'],
  ['tags', isStringList, 'a list of text'],
  ['note', isString, 'text'],
  ['clippedAt', isDate, 'a date'],
  ['updatedAt', isDate, 'a date'],
  ['analysisSchema', isNumber, 'a number'],
];

/** The first thing wrong with one backed-up clipping, or null when it can be restored. */
export function clippingProblem(value: unknown): string | null {
  if (!isObject(value)) return 'is not an object';
  if (value.id !== undefined && !(Number.isInteger(value.id) && (value.id as number) > 0)) {
    return 'id is not a positive whole number';
  }
  if (value.previousId !== undefined && value.previousId !== null && !Number.isInteger(value.previousId)) {
    return 'previousId is not a whole number';
  }
  for (const [field, check, expected] of FIELDS) {
    if (!check(value[field])) return `${field} is not ${expected}`;
  }
  const lists: Array<[string, (item: unknown, at: string) => string | null]> = [
    ['findings', findingProblem],
    ['flags', flagProblem],
    ['annotations', annotationProblem],
  ];
  for (const [field, itemProblem] of lists) {
    const list = value[field];
    if (!Array.isArray(list)) return `${field} is not a list`;
    for (const [i, item] of list.entries()) {
      const problem = itemProblem(item, `${field}[${i}]`);
      if (problem) return problem;
    }
  }
  return null;
}

/** The first thing wrong with one backed-up desk record, or null. */
export function deskProblem(value: unknown): string | null {
  if (!isObject(value)) return 'is not an object';
  if (!isString(value.normalizedUrl) || !isDate(value.updatedAt)) return 'lacks normalizedUrl or updatedAt';
  if (!Array.isArray(value.flags) || !Array.isArray(value.annotations)) return 'lacks flags or annotations';
  const flag = value.flags.map((f, i) => flagProblem(f, `flags[${i}]`)).find(Boolean);
  const note = value.annotations.map((a, i) => annotationProblem(a, `annotations[${i}]`)).find(Boolean);
  return flag ?? note ?? null;
}

export type { Clipping, DeskRecord };
