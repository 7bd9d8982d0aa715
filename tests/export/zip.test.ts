import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { markdownZip, uniqueNamer } from '../../utils/export/zip';
import type { Clipping } from '../../utils/store/schema';
import { makeClipping } from './markdown-fixtures';

async function* batches(...lists: Clipping[][]) {
  for (const list of lists) yield list;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe('uniqueNamer', () => {
  test.each([
    ['distinct names unchanged', ['a.md', 'b.md'], ['a.md', 'b.md']],
    ['repeats numbered', ['a.md', 'a.md', 'a.md'], ['a.md', 'a (2).md', 'a (3).md']],
    ['case-insensitive file systems', ['Story.md', 'story.md'], ['Story.md', 'story (2).md']],
    ['a numbered name already taken', ['a (2).md', 'a.md', 'a.md'], ['a (2).md', 'a.md', 'a (3).md']],
    ['no extension', ['x', 'x'], ['x', 'x (2)']],
  ])('%s', (_name, input, output) => {
    const name = uniqueNamer();
    expect(input.map(name)).toEqual(output);
  });
});

describe('markdownZip', () => {
  test('one Markdown file per clipping, unique safe names, content intact, progress per batch', async () => {
    const one = makeClipping([], 'Same title');
    const two = { ...makeClipping([], 'Same title'), id: 2 };
    const three = { ...makeClipping([], 'CON'), publishedTime: null, clippedAt: 'not a date' };
    const progress: number[] = [];
    const { chunks, names } = await markdownZip(batches([one, two], [three]), (n) => progress.push(n));
    expect(names).toEqual(['2018-09-05 same-title.md', '2018-09-05 same-title (2).md', 'con-clipping.md']);
    expect(progress).toEqual([2, 3]);
    const files = unzipSync(concat(chunks));
    expect(Object.keys(files)).toEqual(names);
    const md = strFromU8(files['2018-09-05 same-title.md']!);
    expect(md).toMatch(/^---\ntitle: Same title\n/);
    expect(md).toContain('## Quotes');
  });

  test('an empty selection is a valid empty zip', async () => {
    const { chunks, names } = await markdownZip(batches());
    expect(names).toEqual([]);
    expect(Object.keys(unzipSync(concat(chunks)))).toEqual([]);
  });
});
