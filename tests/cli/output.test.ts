import { expect, test } from 'vitest';
import { toRecord } from '../../cli/output';
import { makeQuote } from '../finding-factories';
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
