import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { jsonLdObjects, readMetadata } from '../../utils/analysis/metadata';

const page = (head: string): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`)
    .document as unknown as Document;
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('JSON-LD', () => {
  test('objects come in document order through arrays and @graph', () => {
    const doc = page(ld('[{"@id":"a","@graph":[{"@id":"b"},[{"@id":"c"}]]},{"@id":"d"}]'));
    expect(jsonLdObjects(doc).map((o) => o['@id'])).toEqual(['a', 'b', 'c', 'd']);
  });

  // Regression: JSON-LD nested deep failed the whole page on a stack overflow in the metadata reader.
  test('JSON-LD nested 100,000 deep costs nothing and the page keeps its other metadata', () => {
    const depth = 100_000;
    const deepGraph = `${'{"@graph":['.repeat(depth)}{"@type":"NewsArticle","headline":"Too deep"}${']}'.repeat(depth)}`;
    const deepArrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deepAuthor = `{"@type":"NewsArticle","headline":"Bridge","author":${'['.repeat(depth)}"Jane"${']'.repeat(depth)}}`;
    const doc = page(
      `${ld(deepGraph)}${ld(deepArrays)}${ld(deepAuthor)}<meta property="og:site_name" content="Herald">`,
    );
    const started = performance.now();
    const meta = readMetadata(doc, null);
    // Well under a second on a quiet machine; the bound leaves room for a busy one.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(meta.title).toBe('Bridge');
    expect(meta.byline).toBeNull();
    expect(meta.siteName).toBe('Herald');
  });
});
