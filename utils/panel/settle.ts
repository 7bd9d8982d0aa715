/**
 * Waits for a tab's address to settle: a single-page site may change its URL many times a
 * second (history.pushState on scroll, on a timer), and each change would otherwise read
 * the whole page again. Every change restarts the wait; only the last address is checked,
 * once, `waitMs` after the changes stop. The timers are passed in so tests control them.
 */
export type Settler = {
  /** The address of `tabId` changed to `url`: check it once it settles. */
  changed: (tabId: number, url: string) => void;
  /** Whether a check of `tabId` is waiting. */
  pending: (tabId: number) => boolean;
  /** Drops the waiting check (the panel moved to another tab or closed). */
  cancel: () => void;
};

type Timers = {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** Quiet time before a changed address is checked: past the bursts of a page's own navigation. */
export const SETTLE_MS = 1000;

export function createSettler(
  check: (tabId: number, url: string) => void,
  waitMs = SETTLE_MS,
  timers: Timers = {
    setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): Settler {
  let waiting: { tabId: number; url: string; handle: unknown } | null = null;
  const cancel = () => {
    if (waiting) timers.clearTimeout(waiting.handle);
    waiting = null;
  };
  return {
    changed: (tabId, url) => {
      cancel();
      const handle = timers.setTimeout(() => {
        waiting = null;
        check(tabId, url);
      }, waitMs);
      waiting = { tabId, url, handle };
    },
    pending: (tabId) => waiting?.tabId === tabId,
    cancel,
  };
}
