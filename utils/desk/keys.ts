/**
 * The panel's own keys while the editor works through the flags: j/k or the arrows to
 * move, v/d/n to set a status and u to reset it, Enter to show the flag on the page,
 * a to annotate the page selection. Modified keys belong to the browser.
 */
import type { FlagStatus } from './model';

export type DeskKeyAction =
  { type: 'move'; by: 1 | -1 } | { type: 'status'; status: FlagStatus } | { type: 'locate' } | { type: 'annotate' };

const STATUS_KEYS: Record<string, FlagStatus> = {
  v: 'verified',
  d: 'disputed',
  n: 'needs-source',
  u: 'unchecked',
};

type KeyLike = { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean };

/** What a key press means on the desk, or null when it means nothing here. */
export function deskKey(event: KeyLike): DeskKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'j' || key === 'ArrowDown') return { type: 'move', by: 1 };
  if (key === 'k' || key === 'ArrowUp') return { type: 'move', by: -1 };
  if (key === 'Enter') return { type: 'locate' };
  if (key === 'a') return { type: 'annotate' };
  const status = STATUS_KEYS[key];
  return status ? { type: 'status', status } : null;
}
