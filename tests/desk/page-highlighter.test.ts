// Range.toString is incomplete in happy-dom; jsdom implements it as browsers do.
// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { randomHighlightNames } from '../../utils/desk/highlight-style';
import { createHighlighter, type HighlightItem } from '../../utils/desk/page-highlighter';
import { highlightItems } from '../../utils/desk/page-items';
import { reanchorAnnotations } from '../../utils/desk/reanchor';
import { annotationOn, findingAt, STORY } from './fixtures';

type Mark = { ranges: Range[] };

function setup() {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = `<p>${STORY}</p>`;
  // Stands for CSS.highlights, which the page's own scripts can read and write.
  const registry = new Map<string, Mark>();
  const names = randomHighlightNames();
  const highlighter = createHighlighter({
    root: doc.body,
    names,
    registry: registry as unknown as Parameters<typeof createHighlighter>[0]['registry'],
    makeHighlight: (ranges) => ({ ranges }),
    scrollTo: () => undefined,
  });
  const texts = (name: string) => registry.get(name)?.ranges.map((r) => r.toString());
  return { registry, names, highlighter, texts };
}

const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
const figure = findingAt(STORY, 'figure', '800,000');

describe('marks the page cannot read by name or replace', () => {
  test('the marks sit under the random names only, none under a name a page could guess', () => {
    const { registry, names, highlighter, texts } = setup();
    highlighter.update(highlightItems([quote, figure], []), []);
    expect(texts(names.quote)).toEqual(['unleash a humanitarian nightmare']);
    expect([...registry.keys()].sort()).toEqual([names.quote, names.figure].sort());
    expect([...registry.keys()].some((n) => n.startsWith('copydesk'))).toBe(false);
  });

  test('a page that replaces or deletes a mark of ours gets it back at the next guard', () => {
    const { registry, names, highlighter, texts } = setup();
    highlighter.update(highlightItems([quote, figure], []), []);
    expect(highlighter.guard()).toBe(0);
    registry.set(names.quote, { ranges: [] });
    registry.delete(names.figure);
    expect(highlighter.guard()).toBe(2);
    expect(texts(names.quote)).toEqual(['unleash a humanitarian nightmare']);
    expect(texts(names.figure)).toEqual(['800,000']);
    // Everything cleared at once (CSS.highlights.clear()) comes back too.
    registry.clear();
    expect(highlighter.guard()).toBe(2);
    expect(registry.size).toBe(2);
  });

  test('a hidden kind stays hidden even when the page registers its name; the page keeps its own names', () => {
    const { registry, names, highlighter } = setup();
    highlighter.update(highlightItems([quote, figure], []), ['figure']);
    registry.set(names.figure, { ranges: [] });
    registry.set('their-own', { ranges: [] });
    expect(highlighter.guard()).toBe(1);
    expect(registry.has(names.figure)).toBe(false);
    expect(registry.has('their-own')).toBe(true);
    // After clear (the panel left), nothing of ours is put back.
    highlighter.clear();
    expect(highlighter.guard()).toBe(0);
    expect([...registry.keys()]).toEqual(['their-own']);
  });

  test('what goes to the page is words to mark, never the desk: no statuses, notes or speakers', () => {
    const note = { ...annotationOn(STORY, 'Rebels say the result', 'n1'), note: 'ask the desk in Beirut' };
    const items: HighlightItem[] = highlightItems([quote, figure], reanchorAnnotations(STORY, [note]));
    expect(items.map((i) => i.kind)).toEqual(['quote', 'figure', 'annotation']);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['id', 'kind', 'quote']);
    for (const item of items) expect(Object.keys(item.quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
    expect(JSON.stringify(items)).not.toContain('Beirut');
  });
});
