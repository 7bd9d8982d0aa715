import { describe, expect, test } from 'vitest';
import { StoreError, toStoreError } from '../../utils/store/errors';

function named(name: string, inner?: unknown): Error & { inner?: unknown } {
  const error: Error & { inner?: unknown } = new Error('boom');
  error.name = name;
  if (inner) error.inner = inner;
  return error;
}

describe('toStoreError', () => {
  test.each([
    ['QuotaExceededError', named('QuotaExceededError'), 'quota', /run out of storage/],
    ['quota inside a Dexie AbortError', named('AbortError', named('QuotaExceededError')), 'quota', /run out/],
    ['DatabaseClosedError', named('DatabaseClosedError'), 'closed', /Reopen/],
    ['MissingAPIError (no IndexedDB)', named('MissingAPIError'), 'unavailable', /private browsing/],
    ['DataCloneError', named('DataCloneError'), 'invalid', /malformed/],
    ['another window held the transaction (AbortError)', named('AbortError'), 'busy', /same moment.*Try again/],
    ['TransactionInactiveError', named('TransactionInactiveError'), 'busy', /same moment/],
    ['a newer schema opened elsewhere (VersionError)', named('VersionError'), 'outdated', /newer Copydesk/],
    ['anything else', new TypeError('x'), 'unknown', /could not read or write/],
    ['a thrown string', 'weird', 'unknown', /could not read or write/],
  ])('%s', (_name, thrown, code, words) => {
    const error = toStoreError(thrown);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe(code);
    expect(error.userMessage).toMatch(words);
    expect(error.cause).toBe(thrown);
  });

  test('a StoreError passes through as the same object', () => {
    const error = new StoreError('quota', 'x');
    expect(toStoreError(error)).toBe(error);
  });
});
