import { describe, expect, test } from 'vitest';
import {
  deskReducer,
  deskToKeep,
  DESK_START,
  hasWork,
  sameWork,
  type DeskAction,
  type DeskPanel,
} from '../../utils/desk/desk-reducer';
import { EMPTY_DESK } from '../../utils/desk/model';
import { findingAt, flagOn, STORY } from './fixtures';

const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
const figure = findingAt(STORY, 'figure', '800,000');
const now = new Date('2024-05-01T09:00:00Z');
const loaded = (clippingId: number | null = null, stale = false): DeskAction => ({
  type: 'loaded',
  desk: EMPTY_DESK,
  orphans: [],
  drafts: {},
  unplacedDrafts: [],
  annotationDrafts: {},
  clippingId,
  stale,
});
const run = (actions: DeskAction[], from: DeskPanel = DESK_START) => actions.reduce(deskReducer, from);

describe('deskReducer', () => {
  test('every change builds on the last one and counts as an edit to save', () => {
    const state = run([
      loaded(),
      { type: 'status', finding: quote, status: 'verified', now },
      { type: 'status', finding: figure, status: 'disputed', now },
      { type: 'note', finding: quote, note: 'wire', now },
    ]);
    expect(state.desk.flags.map((f) => [f.findingId, f.status, f.note])).toEqual([
      [figure.id, 'disputed', ''],
      [quote.id, 'verified', 'wire'],
    ]);
    expect(state.edits).toBe(3);
  });

  test('a note draft opens from the saved note, follows the typing, and closes when the note is saved', () => {
    const typed = run([
      loaded(),
      { type: 'note', finding: quote, note: 'first', now },
      { type: 'draft-open', finding: quote, now },
      { type: 'draft-edit', findingId: quote.id, text: 'first, then more', now },
    ]);
    expect(typed.drafts[quote.id]?.text).toBe('first, then more');
    expect(typed.edits).toBe(1);
    expect(hasWork(run([loaded(), { type: 'draft-open', finding: quote, now }]))).toBe(true);
    const saved = deskReducer(typed, { type: 'note', finding: quote, note: 'first, then more', now });
    expect(saved.drafts).toEqual({});
    expect(saved.desk.flags[0]?.note).toBe('first, then more');
  });

  test('a linked clipping goes "saving" on a change and "saved" only when the newest write lands', () => {
    const one = run([loaded(7), { type: 'status', finding: quote, status: 'verified', now }]);
    expect(one.clipping).toEqual({ id: 7, sync: 'saving' });
    const two = deskReducer(one, { type: 'status', finding: figure, status: 'verified', now });
    expect(deskReducer(two, { type: 'saved', edits: one.edits, landed: 'clipping' }).clipping?.sync).toBe('saving');
    expect(deskReducer(two, { type: 'saved', edits: two.edits, landed: 'clipping' }).clipping?.sync).toBe('saved');
    expect(deskReducer(two, { type: 'saved', edits: two.edits, landed: 'gone' }).clipping).toBeNull();
    expect(deskReducer(two, { type: 'save-failed', message: 'Disk full' })).toMatchObject({
      clipping: { sync: 'error' },
      notice: 'Disk full',
    });
  });

  test('an older clipping missing later desk work is written once on load', () => {
    const state = run([{ type: 'status', finding: quote, status: 'verified', now }, loaded(3, true)]);
    expect(state.clipping?.sync).toBe('saving');
    expect(state.edits).toBe(2);
  });

  test('a flag that cannot be shown on the page has its notice on that flag, until a flag is found again', () => {
    const missed = run([
      loaded(),
      { type: 'flag-notice', id: quote.id, message: 'Not found on the page as it is now.' },
    ]);
    expect(missed.flagNotice).toEqual({ id: quote.id, message: 'Not found on the page as it is now.' });
    expect(deskReducer(missed, { type: 'flag-notice', id: figure.id, message: null }).flagNotice).toBeNull();
    const other = deskReducer(missed, { type: 'flag-notice', id: figure.id, message: 'The page did not answer.' });
    expect(other.flagNotice).toEqual({ id: figure.id, message: 'The page did not answer.' });
  });

  test('orphaned states are kept with the desk until forgotten', () => {
    const orphan = flagOn(figure, { note: 'gone from the page' });
    const state = deskReducer(DESK_START, { ...(loaded() as object), orphans: [orphan] } as DeskAction);
    expect(deskToKeep(state).flags).toEqual([orphan]);
    expect(deskToKeep(deskReducer(state, { type: 'forget-flag', state: orphan })).flags).toEqual([]);
  });

  test('sameWork ignores order and the finding ids the work is keyed to', () => {
    const a = flagOn(quote, { note: 'x' });
    const b = flagOn(figure);
    expect(
      sameWork({ flags: [a, b], annotations: [] }, { flags: [b, { ...a, findingId: 'other' }], annotations: [] }),
    ).toBe(true);
    expect(sameWork({ flags: [a], annotations: [] }, { flags: [{ ...a, status: 'disputed' }], annotations: [] })).toBe(
      false,
    );
  });
});
