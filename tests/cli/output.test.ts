import { expect, test } from 'vitest';
import { toRecord } from '../../cli/output';
import type { Analysis } from '../../utils/analysis/types';
import { makeQuote } from '../finding-factories';

const analysis = (findings: Analysis['findings']): Analysis => ({
  schema: 1,
  analyzedAt: '2024-01-01T00:00:00.000Z',
  article: {
    title: 't',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    url: null,
    canonicalUrl: null,
    excerpt: null,
    wordCount: 1,
    readingMinutes: 1,
    text: 'x',
    html: '',
    readerable: true,
  },
  findings,
  warnings: [],
});

test('an unclear speaker prints speaker null with its candidates; a clear one prints no candidates', () => {
  const record = toRecord(
    'page.html',
    analysis([
      makeQuote({ id: 'a', text: 'It will not pass', speaker: null, speakerCandidates: ['John Smith', 'David Jones'] }),
      makeQuote({ id: 'b', text: 'We will win', speaker: 'John Smith' }),
    ]),
  );
  expect(record.quotes[0]).toMatchObject({ speaker: null, speakerCandidates: ['John Smith', 'David Jones'] });
  expect(record.quotes[1]).not.toHaveProperty('speakerCandidates');
});
