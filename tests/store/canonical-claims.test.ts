import { afterEach, describe, expect, test } from 'vitest';
import {
  clippingFromAnalysis,
  findExisting,
  openLibrary,
  saveClipping,
  type CopydeskDb,
} from '../../utils/store/clippings';
import { makeAnalysis } from './fixtures';

let opened: CopydeskDb[] = [];
let counter = 0;
function library(): CopydeskDb {
  const db = openLibrary(`copydesk-canonical-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

const NOW = new Date('2024-01-05T12:00:00Z');
const clip = (url: string | null, canonicalUrl: string | null) =>
  clippingFromAnalysis(makeAnalysis({ url, canonicalUrl }), { html: '<p>x</p>', now: NOW });

describe('a canonical URL can never claim another saved article', () => {
  // Regression: a page on another site naming a saved article as its canonical was offered "Replace" over it.
  test('a page on another site whose canonical is a saved article finds nothing', async () => {
    const db = library();
    await saveClipping(db, clip('https://news.example.test/world/story', null));
    expect(
      await findExisting(db, 'https://evil.example.org/x', 'https://news.example.test/world/story'),
    ).toBeUndefined();
  });

  test('the same site’s other address still finds its saved copy', async () => {
    const db = library();
    const id = await saveClipping(db, clip('https://news.example.test/world/story', null));
    const found = await findExisting(db, 'https://amp.news.example.test/s', 'https://news.example.test/world/story');
    expect(found?.id).toBe(id);
  });

  // Regression: a javascript: canonical was stored and exported as `canonical: javascript:…`.
  test.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['another site', 'https://bank.example.com/statement'],
  ])('a canonical on %s is not stored', async (_name, canonical) => {
    const db = library();
    const c = clip('https://evil.example.org/x', canonical);
    expect(c.canonicalUrl).toBeNull();
    // Whoever built the record, the store drops it too.
    const id = await saveClipping(db, { ...c, canonicalUrl: canonical });
    expect((await db.clippings.get(id))?.canonicalUrl).toBeNull();
  });

  test('a record stored before canonicals were checked cannot claim the page it names', async () => {
    const db = library();
    await db.clippings.add({
      ...clip('https://evil.example.org/x', null),
      canonicalUrl: 'https://bank.example.com/statement',
    });
    expect(await findExisting(db, 'https://bank.example.com/statement', null)).toBeUndefined();
  });

  test('a page URL with a tab or newline in it is stored as the URL parser writes it', async () => {
    const c = clip('https://news.example.test/wor\tld/st\nory', null);
    expect(c.url).toBe('https://news.example.test/world/story');
  });
});
