import { describe, expect, test } from 'vitest';
import * as desk from '../../utils/desk/desk-actions';
import { EMPTY_DESK } from '../../utils/desk/model';
import { annotationOn, findingAt, STORY } from './fixtures';

const now = new Date('2024-03-01T10:00:00Z');
const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
const figure = findingAt(STORY, 'figure', '800,000');

describe('flag states', () => {
  test('status and note are kept together; progress counts checked flags only', () => {
    let d = desk.setStatus(EMPTY_DESK, quote, 'verified', now);
    d = desk.setNote(d, figure, '  UNHCR figure  ', now);
    expect(desk.stateOf(d, quote.id)).toMatchObject({ status: 'verified', note: '', updatedAt: now.toISOString() });
    expect(desk.stateOf(d, figure.id)).toMatchObject({ status: 'unchecked', note: 'UNHCR figure' });
    expect(desk.progress(d, [quote, figure])).toEqual({ checked: 1, total: 2 });
  });

  test('a repeated figure is checked with its first mention, not counted as a flag of its own', () => {
    const repeat = { ...figure, id: 'figure-999', repeatOf: figure.id } as typeof figure;
    const d = desk.setStatus(EMPTY_DESK, figure, 'verified', now);
    expect(desk.flagIdOf(repeat)).toBe(figure.id);
    expect(desk.flagIdOf(quote)).toBe(quote.id);
    expect(desk.progress(d, [quote, figure, repeat])).toEqual({ checked: 1, total: 2 });
  });

  test.each([
    ['reset to unchecked without a note', 'unchecked', '', 0],
    ['reset to unchecked with a note kept', 'unchecked', 'ask desk', 1],
    ['needs source', 'needs-source', '', 1],
  ] as const)('%s', (_name, status, note, records) => {
    let d = desk.setStatus(EMPTY_DESK, quote, 'disputed', now);
    if (note) d = desk.setNote(d, quote, note, now);
    d = desk.setStatus(d, quote, status, now);
    expect(d.flags).toHaveLength(records);
  });

  test('the speaker of an unclear quote is chosen among its candidates, kept with its status, and cleared', () => {
    const unclear = { ...quote, speaker: null, speakerCandidates: ['John Smith', 'David Jones'] } as typeof quote;
    let d = desk.setSpeaker(EMPTY_DESK, unclear, 'David Jones', now);
    expect(desk.stateOf(d, unclear.id)).toMatchObject({ status: 'unchecked', speaker: 'David Jones' });
    d = desk.setStatus(d, unclear, 'verified', now);
    expect(desk.stateOf(d, unclear.id)).toMatchObject({ status: 'verified', speaker: 'David Jones' });
    // Someone the engine never offered is not a choice.
    expect(desk.setSpeaker(d, unclear, 'Ann Lee', now)).toBe(d);
    d = desk.setSpeaker(d, unclear, null, now);
    expect(desk.stateOf(d, unclear.id)).not.toHaveProperty('speaker');
    d = desk.setStatus(d, unclear, 'unchecked', now);
    expect(d.flags).toHaveLength(0);
  });

  test('does not change the state it was given', () => {
    const before = structuredClone(EMPTY_DESK);
    desk.setStatus(EMPTY_DESK, quote, 'verified', now);
    expect(EMPTY_DESK).toEqual(before);
  });
});

describe('annotations', () => {
  const a = annotationOn(STORY, 'Rebels say', 'a');
  const b = annotationOn(STORY, 'Some 800,000', 'b');

  test('edit changes note, tags and time only', () => {
    const d = desk.editAnnotation({ flags: [], annotations: [a] }, 'a', { note: ' new ', tags: ['x'] }, now);
    expect(d.annotations[0]).toEqual({ ...a, note: 'new', tags: ['x'], updatedAt: now.toISOString() });
  });

  test('delete then undo puts it back where it was', () => {
    const start = { flags: [], annotations: [a, b] };
    const { desk: without, removed } = desk.removeAnnotation(start, 'a');
    expect(without.annotations.map((x) => x.id)).toEqual(['b']);
    expect(desk.restoreAnnotation(without, removed!).annotations.map((x) => x.id)).toEqual(['a', 'b']);
    // Undo twice does not duplicate.
    expect(desk.restoreAnnotation(start, removed!).annotations).toHaveLength(2);
  });

  test('deleting an unknown id removes nothing', () => {
    expect(desk.removeAnnotation({ flags: [], annotations: [a] }, 'zz').removed).toBeNull();
  });

  test.each([
    ['sourcing, follow-up', ['sourcing', 'follow-up']],
    [' a ,, a,  b  c ', ['a', 'b c']],
    ['', []],
  ])('parseTags(%j)', (input, tags) => {
    expect(desk.parseTags(input)).toEqual(tags);
  });
});
