import type { FlagStatus } from '../utils/desk/model';

/** One status an editor can give a flag: its name, its key on the desk, and its icon. */
export type StatusChoice = { status: FlagStatus; label: string; key: string; icon: string };

/**
 * The four statuses in the order the status menu lists them, with the desk's keys
 * (utils/desk/keys.ts reads the same letters). "Unchecked" is last: it undoes the others.
 */
export const STATUS_CHOICES: readonly StatusChoice[] = [
  { status: 'verified', label: 'Verified', key: 'v', icon: '✓' },
  { status: 'disputed', label: 'Disputed', key: 'd', icon: '✗' },
  { status: 'needs-source', label: 'Needs source', key: 'n', icon: '?' },
  { status: 'unchecked', label: 'Unchecked', key: 'u', icon: '○' },
];

/** The choice for a status (every status has one). */
export function statusChoice(status: FlagStatus): StatusChoice {
  return STATUS_CHOICES.find((c) => c.status === status) ?? STATUS_CHOICES[STATUS_CHOICES.length - 1]!;
}
