import { describe, expect, test } from 'vitest';
import { matchFlags, reanchorAnnotations } from '../../utils/desk/reanchor';
import { annotationOn, findingAt, flagOn, STORY } from './fixtures';

const NIGHTMARE = 'unleash a humanitarian nightmare';

describe('matchFlags', () => {
  const quote = findingAt(STORY, 'quote', NIGHTMARE);
  const figure = findingAt(STORY, 'figure', '800,000');

  test('same analysis: every state is matched to its finding', () => {
    const { matched, orphans } = matchFlags(
      [flagOn(quote), flagOn(figure, { status: 'disputed' })],
      [quote, figure],
      STORY,
    );
    expect(matched.map((s) => [s.findingId, s.status])).toEqual([
      [quote.id, 'verified'],
      [figure.id, 'disputed'],
    ]);
    expect(orphans).toEqual([]);
  });

  test('text moved: the state follows its words to the finding with the new id', () => {
    const moved = 'UPDATE: a correction was added.\n\n' + STORY;
    const newQuote = findingAt(moved, 'quote', NIGHTMARE);
    const { matched } = matchFlags([flagOn(quote, { note: 'wire' })], [newQuote], moved);
    expect(matched).toHaveLength(1);
    expect(matched[0]).toMatchObject({ findingId: newQuote.id, note: 'wire', selectors: newQuote.selectors });
  });

  test('same id but different words (another quote took its place): not matched by id', () => {
    const other = { ...findingAt(STORY, 'quote', 'the result of an attack'), id: quote.id };
    const { matched, orphans } = matchFlags([flagOn(quote)], [other], STORY);
    expect(matched).toEqual([]);
    expect(orphans).toHaveLength(1);
  });

  test('a kind must match: a figure state never lands on a quote over the same words', () => {
    const { matched } = matchFlags([flagOn(figure)], [findingAt(STORY, 'quote', 'Some 800,000 people')], STORY);
    expect(matched).toEqual([]);
  });

  test('finding gone: the state is an orphan, not dropped', () => {
    const { matched, orphans } = matchFlags([flagOn(quote)], [figure], STORY.replace(NIGHTMARE, 'stop'));
    expect(matched).toEqual([]);
    expect(orphans.map((s) => s.findingId)).toEqual([quote.id]);
  });

  test('two states claiming one finding: the newest wins', () => {
    const old = flagOn(quote, { status: 'disputed', updatedAt: '2024-01-01T00:00:00.000Z' });
    const recent = flagOn(quote, { status: 'verified', updatedAt: '2024-02-01T00:00:00.000Z' });
    expect(matchFlags([old, recent], [quote], STORY).matched.map((s) => s.status)).toEqual(['verified']);
  });

  test('a credit outside the article text (no position) is matched by its words', () => {
    const credit = { ...findingAt(STORY, 'credit', 'Guterres'), start: null, end: null };
    credit.selectors = [{ type: 'TextQuoteSelector', exact: 'Picture: PA', prefix: '', suffix: '' }];
    const state = flagOn({ ...credit, id: 'credit-old' });
    expect(matchFlags([state], [credit], STORY).matched[0]?.findingId).toBe(credit.id);
  });
});

describe('reanchorAnnotations', () => {
  test('in document order, orphans last with the words they were made on', () => {
    const later = annotationOn(STORY, 'Some 800,000 people', 'late');
    const gone = annotationOn(STORY, 'Rebels say the result of an attack will be bloodshed.', 'gone');
    const early = annotationOn(STORY, 'Guterres said', 'early');
    const edited = STORY.replace('Rebels say the result of an attack will be bloodshed.\n\n', '');
    const out = reanchorAnnotations(edited, [later, gone, early]);
    expect(out.map((a) => a.annotation.id)).toEqual(['early', 'late', 'gone']);
    expect(out[2]).toMatchObject({ anchor: null, text: 'Rebels say the result of an attack will be bloodshed.' });
    expect(out[1]!.text).toBe('Some 800,000 people');
  });
});
