/** What went wrong, for code that wants to react (offer an export, reopen the database...). */
export type StoreErrorCode =
  'quota' | 'closed' | 'busy' | 'outdated' | 'unavailable' | 'not-found' | 'invalid' | 'unknown';

const USER_MESSAGES: Record<StoreErrorCode, string> = {
  quota: 'Your browser has run out of storage space for Copydesk. Delete or export some clippings and try again.',
  closed: 'The clippings library was closed. Reopen the panel and try again.',
  busy: 'Another Copydesk window was changing the library at the same moment, so nothing was changed. Try again.',
  outdated: 'Another window runs a newer Copydesk and has upgraded the library. Close and reopen this panel.',
  unavailable:
    'This browser does not let Copydesk store clippings (private browsing can do this). Export to Markdown instead.',
  'not-found': 'That clipping is no longer in the library.',
  invalid: 'This clipping could not be saved because some of its data is missing or malformed.',
  unknown: 'Copydesk could not read or write the clippings library.',
};

/** A storage failure with a sentence the panel can show as it is. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** Plain words for the user; `message` keeps the technical detail. */
  readonly userMessage: string;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.userMessage = USER_MESSAGES[code];
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name } = error as { name?: unknown };
  return typeof name === 'string' ? name : undefined;
}

/** Dexie wraps the browser's error; a transaction abort carries the real one in `inner`. */
function codeFor(error: unknown): StoreErrorCode {
  const names = [errorName(error), errorName((error as { inner?: unknown } | null)?.inner)];
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('DatabaseClosedError')) return 'closed';
  if (names.includes('VersionError') || names.includes('UpgradeError')) return 'outdated';
  // Two windows writing at once: one transaction is aborted or blocked, the other goes through.
  if (['AbortError', 'TransactionInactiveError', 'TimeoutError', 'BlockedError'].some((n) => names.includes(n)))
    return 'busy';
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError')) return 'unavailable';
  if (names.includes('DataError') || names.includes('DataCloneError') || names.includes('ConstraintError'))
    return 'invalid';
  return 'unknown';
}

/** Any thrown value as a StoreError; a StoreError passes through untouched. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError(codeFor(error), `Clippings library: ${detail}`, { cause: error });
}

/** Runs a storage operation so callers only ever see StoreError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error);
  }
}
