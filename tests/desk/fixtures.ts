import { selectorsFor } from '../../utils/analysis/selectors';
import type { Finding } from '../../utils/analysis/types';
import { makeCredit, makeFigure, makeQuote, spanIn } from '../finding-factories';
import type { Annotation, FlagState } from '../../utils/desk/model';

export const STORY =
  'Guterres said such an attack would “unleash a humanitarian nightmare”.\n\n' +
  'Rebels say the result of an attack will be bloodshed.\n\n' +
  'Some 800,000 people could be displaced, the UN said.';

/** A finding of `kind` over the first occurrence of `words` in `text`. */
export function findingAt(text: string, kind: Finding['kind'], words: string): Finding {
  const span = spanIn(text, words);
  const id = `${kind}-${span.start}`;
  if (kind === 'quote') return makeQuote({ ...span, id, text: words });
  if (kind === 'figure') return makeFigure({ ...span, id, text: words });
  return makeCredit({ ...span, id, credit: words, source: 'caption-text' });
}

export function flagOn(finding: Finding, change: Partial<FlagState> = {}): FlagState {
  return {
    findingId: finding.id,
    kind: finding.kind,
    status: 'verified',
    note: '',
    selectors: finding.selectors,
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...change,
  };
}

export function annotationOn(text: string, words: string, id = 'a1'): Annotation {
  const start = text.indexOf(words);
  return {
    id,
    selectors: selectorsFor(text, start, start + words.length),
    note: 'check',
    tags: ['t'],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}
