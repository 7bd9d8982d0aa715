import { describe, expect, test } from 'vitest';
import {
  closeAnnotationDraft,
  editAnnotationDraft,
  openAnnotationDraft,
  placeAnnotationDrafts,
  readAnnotationDrafts,
  writeAnnotationDrafts,
} from '../../utils/desk/annotation-drafts';
import { deskReducer, DESK_START, hasWork, type DeskAction, type DeskPanel } from '../../utils/desk/desk-reducer';
import { annotationOn, STORY } from './fixtures';

const now = new Date('2024-05-01T09:00:00Z');
const URL_A = 'https://news.example.test/a?utm_source=x';
const note = annotationOn(STORY, 'Rebels say the result', 'n1');

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as Storage;
}

describe('annotation drafts', () => {
  test('open from the saved note and tags, follow the typing, kept under the page address', () => {
    const open = openAnnotationDraft({}, note, now);
    expect(open.n1).toMatchObject({ text: 'check', tags: 't' });
    expect(openAnnotationDraft(open, { ...note, note: 'other' }, now)).toBe(open);
    // Two fields typed before the next render: each keeps its own words.
    const typed = editAnnotationDraft(
      editAnnotationDraft(open, 'n1', { text: 'check the date' }, now),
      'n1',
      { tags: 't, idlib' },
      now,
    );
    expect(typed.n1).toMatchObject({ text: 'check the date', tags: 't, idlib' });
    const storage = memory();
    writeAnnotationDrafts(storage, URL_A, Object.values(typed));
    expect(readAnnotationDrafts(storage, 'https://news.example.test/a')).toEqual(Object.values(typed));
    writeAnnotationDrafts(storage, URL_A, Object.values(closeAnnotationDraft(typed, 'n1')));
    expect(readAnnotationDrafts(storage, URL_A)).toEqual([]);
  });

  test('storage holding something else is read as no drafts; drafts of annotations no longer kept are dropped', () => {
    const storage = memory();
    storage.setItem('copydesk:annotation-drafts:https://news.example.test/a', '[{"annotationId":1},"x"');
    expect(readAnnotationDrafts(storage, URL_A)).toEqual([]);
    const drafts = Object.values(openAnnotationDraft(openAnnotationDraft({}, note, now), { ...note, id: 'gone' }, now));
    expect(Object.keys(placeAnnotationDrafts(drafts, [note]))).toEqual(['n1']);
  });

  test('in the desk: a new annotation opens its draft; saving or deleting closes it; a draft is work', () => {
    const run = (actions: DeskAction[], from: DeskPanel = DESK_START) => actions.reduce(deskReducer, from);
    const loaded: DeskAction = {
      type: 'loaded',
      desk: { flags: [], annotations: [] },
      orphans: [],
      drafts: {},
      unplacedDrafts: [],
      annotationDrafts: {},
      clippingId: null,
      stale: false,
    };
    const added = run([loaded, { type: 'annotate', annotation: { ...note, note: '' }, now }]);
    expect(added.annotationDrafts.n1).toMatchObject({ text: '' });
    const typed = run([{ type: 'annotation-draft-edit', id: 'n1', text: 'half', tags: '', now }], added);
    expect(typed.annotationDrafts.n1?.text).toBe('half');
    expect(hasWork({ ...typed, desk: { flags: [], annotations: [] } })).toBe(true);
    const saved = run([{ type: 'edit-annotation', id: 'n1', note: 'half', tags: [], now }], typed);
    expect(saved.annotationDrafts).toEqual({});
    expect(saved.desk.annotations[0]?.note).toBe('half');
    const reopened = run([{ type: 'annotation-draft-open', id: 'n1', now }], saved);
    expect(reopened.annotationDrafts.n1?.text).toBe('half');
    expect(run([{ type: 'delete-annotation', id: 'n1' }], reopened).annotationDrafts).toEqual({});
    // Nothing to edit: opening a draft of an annotation the desk does not hold changes nothing.
    expect(run([{ type: 'annotation-draft-open', id: 'nope', now }], saved)).toBe(saved);
  });
});
