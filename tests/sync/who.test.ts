import { describe, expect, test } from 'vitest';
import type { ShadowRecord } from '../../utils/store/sync-records';
import { EMPTY_SHARED } from '../../utils/sync/shared';
import { changeLine, flagLine } from '../../utils/sync/who';

const now = new Date(2024, 0, 6, 18, 0);
const local = (h: number, m: number) => new Date(2024, 0, 6, h, m).toISOString();
const shadow = (over: Partial<ShadowRecord>): ShadowRecord => ({
  uid: 'u',
  rev: '1-a',
  deleted: false,
  previousUid: null,
  title: 'Idlib attack',
  changedBy: 'sam',
  changedAt: local(9, 0),
  shared: EMPTY_SHARED,
  ...over,
});

describe('who changed what', () => {
  test('the newest flag change names its editor and time: "Disputed by alex, 10:32"', () => {
    const flag = (status: 'disputed' | 'verified', by: string, at: string) => ({
      findingId: `q-${by}`,
      kind: 'quote' as const,
      status,
      note: '',
      selectors: [],
      updatedAt: at,
      by,
    });
    const line = changeLine(
      shadow({
        shared: {
          ...EMPTY_SHARED,
          flags: [flag('verified', 'sam', local(9, 5)), flag('disputed', 'alex', local(10, 32))],
        },
      }),
      now,
    );
    expect(line).toEqual({ title: 'Idlib attack', text: 'Disputed by alex, 10:32' });
  });

  test('a save, a delete, and a kept copy each say so', () => {
    expect(changeLine(shadow({}), now).text).toBe('Saved by sam, 09:00');
    expect(changeLine(shadow({ deleted: true, changedBy: 'alex', changedAt: local(11, 0) }), now).text).toBe(
      'Deleted by alex, 11:00',
    );
    const kept = {
      kind: 'kept' as const,
      text: 'Deleted by sam while alex edited it: the edited copy is kept',
      by: 'alex',
      at: local(12, 0),
    };
    expect(changeLine(shadow({ shared: { ...EMPTY_SHARED, history: [kept] } }), now).text).toMatch(
      /edited copy is kept/,
    );
  });

  test('a flag says who set it: the team’s author while it is as the team has it, else the editor here', () => {
    const set = { findingId: 'q-1', kind: 'quote' as const, status: 'disputed' as const, note: 'Transcript differs' };
    const theirs = { ...set, selectors: [], updatedAt: local(10, 32), by: 'sam' };
    const copy = { me: 'alex', shadow: shadow({ shared: { ...EMPTY_SHARED, flags: [theirs] } }) };
    const { by: _by, ...asShared } = theirs;
    expect(flagLine(asShared, copy, now)).toBe('Disputed by sam, 10:32');
    // Changed here since (not sent yet, or merged here): the editor here set it.
    expect(flagLine({ ...asShared, status: 'verified', updatedAt: local(11, 5) }, copy, now)).toBe(
      'Verified by alex, 11:05',
    );
    // A flag the team has never seen, and a clipping never shared.
    expect(flagLine({ ...asShared, findingId: 'q-2' }, copy, now)).toBe('Disputed by alex, 10:32');
    expect(flagLine(asShared, { me: 'alex', shadow: undefined }, now)).toBe('Disputed by alex, 10:32');
  });
});
