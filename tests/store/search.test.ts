import { afterEach, describe, expect, test } from 'vitest';
import { openLibrary, saveClipping, type CopydeskDb } from '../../utils/store/clippings';
import { firstPage, getEntries, libraryFacets, queryLibrary, type LibraryQuery } from '../../utils/store/query';
import { fold, matchRanges, queryTerms, snippetAround, tokenize } from '../../utils/store/tokenize';
import { richClipping, type Spec } from './library-fixtures';

describe('tokenize', () => {
  test.each([
    ['folds case and accents', 'Genève ÉLYSÉE', ['geneve', 'elysee']],
    ['drops stop words and single letters', 'the a of Idlib and', ['of', 'idlib']],
    ['keeps numbers, even one digit', '800,000 people 7 days', ['800', '000', 'people', '7', 'days']],
    ['keeps non-Latin scripts', 'مرحبا Привет', ['مرحبا', 'привет']],
    ['cuts very long tokens', 'x'.repeat(40), ['x'.repeat(24)]],
    ['ASCII: punctuation splits words', "U.N. aid-workers' 5-day (pause)", ['aid', 'workers', '5', 'day', 'pause']],
    ['ASCII: stop words only in lower case after folding', 'THE Which Whichever', ['whichever']],
    ['mixed scripts take the Unicode path', 'Aid “workers” in Zürich', ['aid', 'workers', 'in', 'zurich']],
  ])('%s', (_name, text, words) => {
    expect([...tokenize(text)]).toEqual(words);
  });

  test('fold keeps the length so offsets still point into the original', () => {
    const text = 'Ça coûte 5 € à Zürich, İstanbul';
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('matchRanges and snippets', () => {
  test.each([
    [
      'word start, any case',
      'Guterres said Guterres',
      ['guter'],
      [
        [0, 5],
        [14, 19],
      ],
    ],
    ['not inside a word', 'unleash a leash', ['leash'], [[10, 15]]],
    ['accent-insensitive', 'à Genève', ['geneve'], [[2, 8]]],
    ['overlaps merged', 'humanitarian', ['human', 'humanit'], [[0, 7]]],
    ['nothing', 'Idlib', ['damascus'], []],
  ])('%s', (_name, text, terms, ranges) => {
    expect(matchRanges(text, terms)).toEqual(ranges);
  });

  test('snippet shows the first match with ellipses when cut', () => {
    const text = `${'lorem '.repeat(60)}Guterres warned ${'ipsum '.repeat(60)}`;
    const snippet = snippetAround(text, ['guterres'], 80);
    expect(snippet).toMatch(/^….*Guterres warned.*…$/);
    expect(snippet.length).toBeLessThan(90);
    expect(snippetAround(text, ['absent'])).toBe('');
  });
});

let opened: CopydeskDb[] = [];
let counter = 0;
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

async function libraryWith(specs: Spec[]): Promise<{ db: CopydeskDb; ids: number[] }> {
  const db = openLibrary(`copydesk-search-${++counter}`);
  opened.push(db);
  const ids: number[] = [];
  for (const spec of specs) ids.push(await saveClipping(db, richClipping(spec)));
  return { db, ids };
}

const SPECS: Spec[] = [
  {
    day: 3,
    url: 'https://a.test/1',
    title: 'Idlib offensive looms',
    site: 'Wire',
    tags: ['syria'],
    status: 'disputed',
  },
  {
    day: 9,
    url: 'https://b.test/2',
    title: 'Budget vote',
    site: 'Gazette',
    tags: ['politics'],
    text: 'The minister said "taxes will rise" for 2 years.',
    speaker: 'Jane Doe',
    status: 'verified',
    note: 'ask the treasury',
  },
  { day: 6, url: 'https://c.test/3', title: 'Ferry strike ends', site: 'Wire', tags: ['transport', 'syria'] },
];

describe('queryLibrary', () => {
  test.each<[string, LibraryQuery, number[]]>([
    ['everything, newest first', {}, [1, 2, 0]],
    ['oldest first', { sort: 'oldest' }, [0, 2, 1]],
    ['by site, then id', { sort: 'site' }, [1, 0, 2]],
    ['a title word', { text: 'budget' }, [1]],
    ['a word of the text, by prefix', { text: 'humanitar' }, [2, 0]],
    ['a speaker', { text: 'guterres' }, [2, 0]],
    ['a note', { text: 'treasury' }, [1]],
    ['a flag note', { text: 'transcript' }, [1, 2, 0]],
    ['a tag', { text: 'transport' }, [2]],
    ['all words must match', { text: 'idlib budget' }, []],
    ['accents and case do not matter', { text: 'BÚDGET' }, [1]],
    ['stop words alone match everything', { text: 'the' }, [1, 2, 0]],
    ['tag filter', { tag: 'syria' }, [2, 0]],
    ['site filter', { site: 'Gazette' }, [1]],
    ['speaker filter', { speaker: 'Jane Doe' }, [1]],
    ['disputed flags', { status: 'disputed' }, [2, 0]],
    ['date range, both ends inclusive', { from: '2024-01-03', to: '2024-01-06' }, [2, 0]],
    ['open-ended range', { from: '2024-01-07' }, [1]],
    ['text and filters together', { text: 'nightmare', tag: 'transport' }, [2]],
    ['an unknown tag', { tag: 'nope' }, []],
  ])('%s', async (_name, query, expected) => {
    const { db, ids } = await libraryWith(SPECS);
    const result = await queryLibrary(db, query);
    expect(result.ids).toEqual(expected.map((i) => ids[i]));
  });

  // The first screen is read from the end of the sort index; it must be the whole order's head.
  test.each<[string, LibraryQuery]>([
    ['newest', {}],
    ['oldest', { sort: 'oldest' }],
    ['site', { sort: 'site' }],
  ])('firstPage matches the head of the full order: %s', async (_name, query) => {
    // Two saves on the same day and site: ties must fall the same way as in the full order.
    const { db } = await libraryWith([...SPECS, { ...SPECS[2]!, url: 'https://c.test/4' }]);
    const full = await queryLibrary(db, query);
    for (const n of [1, 2, 4]) {
      const page = await firstPage(db, query, n);
      expect(page?.result.ids).toEqual(full.ids.slice(0, n));
      expect(page?.entries.map((e) => e.id)).toEqual(full.ids.slice(0, n));
      expect(page?.result.total).toBe(4);
    }
  });

  test.each<[string, LibraryQuery]>([
    ['words', { text: 'budget' }],
    ['a tag', { tag: 'syria' }],
    ['a date range', { from: '2024-01-03' }],
  ])('firstPage leaves filtered queries to queryLibrary: %s', async (_name, query) => {
    const { db } = await libraryWith(SPECS);
    expect(await firstPage(db, query, 2)).toBeNull();
  });

  test('returns the folded terms for highlighting', async () => {
    const { db } = await libraryWith([]);
    expect((await queryLibrary(db, { text: 'Genève the talks' })).terms).toEqual(['geneve', 'talks']);
    expect(queryTerms('')).toEqual([]);
  });

  test('a large result is ordered through the index (over 500 matches)', async () => {
    const { db } = await libraryWith([]);
    const many = Array.from({ length: 520 }, (_, i) => richClipping({ day: 1 + (i % 28), url: `https://m.test/${i}` }));
    for (const c of many) await saveClipping(db, c);
    const { ids } = await queryLibrary(db, { text: 'idlib' });
    expect(ids).toHaveLength(520);
    const entries = await getEntries(db, ids);
    const dates = entries.map((e) => e.clippedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('facets list every tag, site, speaker and status', async () => {
    const { db } = await libraryWith(SPECS);
    expect(await libraryFacets(db)).toEqual({
      tags: ['politics', 'syria', 'transport'],
      sites: ['Gazette', 'Wire'],
      speakers: ['Antonio Guterres', 'Jane Doe'],
      statuses: ['disputed', 'verified'],
    });
  });
});
