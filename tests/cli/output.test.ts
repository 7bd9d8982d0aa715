import { expect, test } from 'vitest';
import { toRecord } from '../../cli/output';
import { makeFigure, makeQuote } from '../finding-factories';
import { makeAnalysis } from '../store/fixtures';

test('an unclear speaker prints speaker null with its candidates; a clear one prints no candidates', () => {
  const record = toRecord(
    'page.html',
    makeAnalysis({}, [
      makeQuote({ id: 'a', text: 'It will not pass', speaker: null, speakerCandidates: ['John Smith', 'David Jones'] }),
      makeQuote({ id: 'b', text: 'We will win', speaker: 'John Smith' }),
    ]),
  );
  expect(record.quotes[0]).toMatchObject({ speaker: null, speakerCandidates: ['John Smith', 'David Jones'] });
  expect(record.quotes[1]).not.toHaveProperty('speakerCandidates');
});

test('a figure prints what it counts when the engine found it', () => {
  const record = toRecord(
    'page.html',
    makeAnalysis({}, [
      makeFigure({ id: 'f1', text: '800,000', context: 'people displaced' }),
      makeFigure({ id: 'f2', text: '12' }),
    ]),
  );
  expect(record.figures[0]).toMatchObject({ text: '800,000', context: 'people displaced' });
  expect(record.figures[1]).not.toHaveProperty('context');
});
