import { describe, expect, test } from 'vitest';
import { selectorsFor } from '../../utils/analysis/selectors';
import type { Finding } from '../../utils/analysis/types';
import { diffClippings, diffParagraphs, hasChanges } from '../../utils/store/diff';
import { makeFigure, spanIn } from '../finding-factories';
import { findingsOf, TEXT } from './library-fixtures';

const base = { title: 'Title', text: TEXT, findings: findingsOf() };

function figure(text: string, at: string, value: number): Finding {
  const span = spanIn(at, text);
  return makeFigure({ ...span, id: `figure-${span.start}`, text, value, unit: 'people' });
}

describe('diffParagraphs', () => {
  test.each([
    ['same', 'a\n\nb', 'a\n\nb', ['= a', '= b']],
    ['added at the end', 'a', 'a\n\nb', ['= a', '+ b']],
    ['removed in the middle', 'a\n\nb\n\nc', 'a\n\nc', ['= a', '- b', '= c']],
    ['changed paragraph', 'a\n\nb', 'a\n\nB', ['= a', '+ B', '- b']],
    ['whitespace only is no change', 'a  b\n\nc', 'a b\n\n\nc', ['= a b', '= c']],
  ])('%s', (_name, before, after, ops) => {
    const sign = { same: '=', added: '+', removed: '-' } as const;
    expect(diffParagraphs(before, after).map((o) => `${sign[o.op]} ${o.text}`)).toEqual(ops);
  });
});

describe('diffClippings', () => {
  test('an identical copy has no changes', () => {
    const diff = diffClippings(base, { ...base, findings: findingsOf() });
    expect(hasChanges(diff)).toBe(false);
  });

  test('a quote with a new speaker is altered, not removed and added', () => {
    const diff = diffClippings(base, { ...base, findings: findingsOf(TEXT, 'Stephane Dujarric') });
    expect(diff.altered).toHaveLength(1);
    expect(diff.altered[0]!.to).toMatchObject({ kind: 'quote', speaker: 'Stephane Dujarric' });
    expect([diff.added, diff.removed]).toEqual([[], []]);
  });

  test('a figure whose number changed in the same sentence is altered', () => {
    const before = 'Officials said some 800,000 people could flee the province.';
    const after = 'Officials said some 900,000 people could flee the province.';
    const diff = diffClippings(
      { title: 'T', text: before, findings: [figure('800,000', before, 800000)] },
      { title: 'T', text: after, findings: [figure('900,000', after, 900000)] },
    );
    expect(diff.altered.map((c) => [c.from.id, (c.to as { text: string }).text])).toEqual([['figure-20', '900,000']]);
    expect(diff.text.map((t) => t.op)).toEqual(['added', 'removed']);
  });

  test('findings added and removed; title change noticed', () => {
    const text = 'A "new quote" here.\n\nSome 800,000 people could flee.';
    const next = { title: 'New title', text, findings: findingsOf(text).filter((f) => f.kind !== 'credit') };
    const diff = diffClippings(base, next);
    expect(diff.title).toEqual({ from: 'Title', to: 'New title' });
    expect(diff.added.map((f) => f.kind)).toEqual(['quote']);
    expect(diff.removed.map((f) => f.kind).sort()).toEqual(['credit', 'quote']);
    expect(hasChanges(diff)).toBe(true);
  });

  test('a repeated figure counts as two (multiset, not set)', () => {
    const text = 'It cost 5 million in 2020 and 5 million in 2021.';
    const one = figure('5 million', text, 5e6);
    const second = { ...one, id: 'figure-30', start: 30, selectors: selectorsFor(text, 30, 39) };
    const diff = diffClippings({ title: 'T', text, findings: [one] }, { title: 'T', text, findings: [one, second] });
    expect(diff.added).toHaveLength(1);
  });
});
