/** Asking the browser not to evict the library under storage pressure. */

export type PersistState = 'persisted' | 'denied' | 'unsupported';

type StorageLike = {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
};

/**
 * Requests persistent storage (`navigator.storage.persist()`): with `unlimitedStorage` in
 * the manifest Chromium grants it; Firefox may ask the user. Never throws.
 * @param storage @default navigator.storage
 */
export async function requestPersistence(
  storage: StorageLike | undefined = globalThis.navigator?.storage,
): Promise<PersistState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Bytes used and available to the extension's origin, or null when the browser will not say. */
export async function storageEstimate(
  storage: StorageLike | undefined = globalThis.navigator?.storage,
): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
