import { describe, expect, test } from 'vitest';
import { mergeSets, mergeShared } from '../../utils/sync/merge';
import { EMPTY_SHARED, sharedFromLocal, type SharedFlag } from '../../utils/sync/shared';

const flag = (status: SharedFlag['status'], by: string, minute: number, note = ''): SharedFlag => ({
  findingId: 'q1',
  kind: 'quote',
  status,
  note,
  selectors: [],
  updatedAt: `2024-01-06T10:${String(minute).padStart(2, '0')}:00.000Z`,
  by,
});

describe('merge rules', () => {
  test.each([
    ['added on either side stays', ['a'], ['a', 'b'], ['a', 'c'], ['a', 'b', 'c']],
    ['removed on one side, kept on the other, goes', ['a', 'b'], ['a'], ['a', 'b'], ['a']],
    ['no common copy: the union', null, ['a'], ['b'], ['a', 'b']],
  ])('sets: %s', (_label, base, local, remote, expected) => {
    expect(mergeSets(base, local, remote).sort()).toEqual(expected);
  });

  test('a flag changed on both sides: the later wins, the earlier is in the history', () => {
    const base = { ...EMPTY_SHARED, flags: [flag('unchecked', 'sam', 0)] };
    const merged = mergeShared(
      base,
      { ...base, flags: [flag('verified', 'sam', 40, 'ok')] },
      { ...base, flags: [flag('disputed', 'alex', 35, 'no')] },
    );
    expect(merged.flags).toEqual([flag('verified', 'sam', 40, 'ok')]);
    expect(merged.history).toEqual([
      {
        kind: 'flag',
        findingId: 'q1',
        status: 'disputed',
        note: 'no',
        by: 'alex',
        at: flag('disputed', 'alex', 35).updatedAt,
      },
    ]);
  });

  test('a flag changed on one side only: that change, with no history', () => {
    const base = { ...EMPTY_SHARED, flags: [flag('unchecked', 'sam', 0)] };
    const merged = mergeShared(base, base, { ...base, flags: [flag('disputed', 'alex', 5)] });
    expect(merged.flags[0]!.status).toBe('disputed');
    expect(merged.history).toEqual([]);
  });

  test('the note: the later wins, the other is kept in the history', () => {
    const local = { ...EMPTY_SHARED, note: 'mine', noteBy: 'sam', noteAt: '2024-01-06T10:05:00.000Z' };
    const remote = { ...EMPTY_SHARED, note: 'theirs', noteBy: 'alex', noteAt: '2024-01-06T10:09:00.000Z' };
    const merged = mergeShared(EMPTY_SHARED, local, remote);
    expect(merged.note).toBe('theirs');
    expect(merged.history).toEqual([{ kind: 'note', note: 'mine', by: 'sam', at: '2024-01-06T10:05:00.000Z' }]);
  });

  test('an annotation deleted on one side and edited on the other is kept', () => {
    const a = { id: 'a1', selectors: [], note: 'x', tags: [], createdAt: 't0', updatedAt: 't0' };
    const base = { ...EMPTY_SHARED, annotations: [a] };
    const edited = { ...a, note: 'y', updatedAt: 't1' };
    expect(mergeShared(base, { ...base, annotations: [] }, { ...base, annotations: [edited] }).annotations).toEqual([
      edited,
    ]);
    expect(mergeShared(base, { ...base, annotations: [] }, base).annotations).toEqual([]);
  });

  test('authorship: an unchanged flag keeps its author, a changed one is mine', () => {
    const base = { ...EMPTY_SHARED, flags: [flag('disputed', 'alex', 5)] };
    const { by: _by, ...plain } = flag('disputed', 'alex', 5);
    const same = sharedFromLocal({ tags: [], flags: [plain], annotations: [], note: '', updatedAt: 'x' }, base, 'sam');
    expect(same.flags[0]!.by).toBe('alex');
    const changed = sharedFromLocal(
      { tags: [], flags: [{ ...plain, status: 'verified' }], annotations: [], note: '', updatedAt: 'x' },
      base,
      'sam',
    );
    expect(changed.flags[0]!.by).toBe('sam');
  });
});
