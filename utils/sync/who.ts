/**
 * Who changed what, in the panel's words: "Disputed by sam, 10:32". Read from the
 * shadows (the team's copies), so it names the editor who set each flag.
 */
import type { ShadowRecord } from '../store/sync-records';
import type { FlagState, FlagStatus } from '../desk/model';
import { sameFlag } from './shared';

const STATUS_WORDS: Record<FlagStatus, string> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  'needs-source': 'Needs source',
};

/** "10:32" in the reader's time zone, or the day too when it is not today. */
export function shortTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });
  return at.toDateString() === now.toDateString() ? time : `${at.toLocaleDateString()} ${time}`;
}

/** One line per recent team change: the newest flag change, else the clipping's last change. */
export function changeLine(shadow: ShadowRecord, now = new Date()): { title: string; text: string } {
  const newest = [...shadow.shared.flags].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  const kept = shadow.shared.history.filter((h) => h.kind === 'kept').at(-1);
  if (shadow.deleted)
    return { title: shadow.title, text: `Deleted by ${shadow.changedBy}, ${shortTime(shadow.changedAt, now)}` };
  if (kept && (!newest || kept.at >= newest.updatedAt)) return { title: shadow.title, text: kept.text };
  if (newest)
    return {
      title: shadow.title,
      text: `${STATUS_WORDS[newest.status]} by ${newest.by}, ${shortTime(newest.updatedAt, now)}`,
    };
  return { title: shadow.title, text: `Saved by ${shadow.changedBy}, ${shortTime(shadow.changedAt, now)}` };
}

/** What a flag line needs from the team: the signed-in editor and the team's last copy of the clipping. */
export type TeamCopy = { me: string; shadow: ShadowRecord | undefined };

/**
 * "Disputed by sam, 10:32" for a flag of a shared clipping: the team's author while the flag
 * is as the team last had it, else the signed-in editor (a change not yet sent, or merged here).
 */
export function flagLine(flag: FlagState, copy: TeamCopy, now = new Date()): string {
  const team = copy.shadow?.shared.flags.find((f) => f.findingId === flag.findingId);
  const by = team && sameFlag(team, flag) ? team.by : copy.me;
  return `${STATUS_WORDS[flag.status]} by ${by}, ${shortTime(flag.updatedAt, now)}`;
}
