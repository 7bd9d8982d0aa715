import { describe, expect, test } from 'vitest';
import { clippingToMarkdown, contextFor } from '../../utils/export/markdown';
import { annotationsSection } from '../../utils/export/markdown-annotations';
import { toWebAnnotations } from '../../utils/export/web-annotation';
import { clippingFromAnalysis } from '../../utils/store/clippings';
import { makeAnalysis } from '../store/fixtures';
import { annotationOn, findingAt, flagOn } from './fixtures';

const TEXT = 'Guterres said the attack would "unleash a humanitarian nightmare".\n\nSome 800,000 people could flee.';
const quote = findingAt(TEXT, 'quote', 'unleash a humanitarian nightmare');
const figure = findingAt(TEXT, 'figure', '800,000');
const now = new Date('2024-05-01T09:00:00Z');

function clipping(
  desk = {
    flags: [flagOn(quote, { note: 'Reuters | wire' })],
    annotations: [annotationOn(TEXT, 'Some 800,000 people')],
  },
) {
  return clippingFromAnalysis(makeAnalysis({}, [quote, figure]), { html: '<p>x</p>', now, desk });
}

describe('W3C Web Annotation export', () => {
  test('an AnnotationCollection with annotations and assessed flags, selectors as stored', () => {
    const c = clipping();
    const out = toWebAnnotations(c);
    expect(out['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(out.type).toBe('AnnotationCollection');
    expect(out.total).toBe(2);
    const [note, flag] = out.first.items;
    expect(note).toMatchObject({
      id: 'urn:uuid:a1',
      type: 'Annotation',
      motivation: 'commenting',
      target: { source: c.url, selector: c.annotations[0]!.selectors },
      body: [
        { type: 'TextualBody', value: 'check', purpose: 'commenting' },
        { type: 'TextualBody', value: 't', purpose: 'tagging' },
      ],
    });
    expect(note!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(flag).toMatchObject({
      motivation: 'assessing',
      body: expect.arrayContaining([{ type: 'TextualBody', value: 'verified', purpose: 'assessing' }]),
    });
    // Valid JSON round trip: nothing undefined or circular.
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  test('a highlight without note or tags has no body and motivation highlighting', () => {
    const bare = { ...annotationOn(TEXT, 'Guterres'), note: '', tags: [] };
    const [item] = toWebAnnotations(clipping({ flags: [], annotations: [bare] })).first.items;
    expect(item!.motivation).toBe('highlighting');
    expect(item!.body).toBeUndefined();
  });
});

describe('Markdown annotations section', () => {
  test('checked flags with status and escaped note, then annotations with note and tags', () => {
    const c = clipping();
    const body = annotationsSection(c, contextFor(c));
    expect(body).toContain('### Checked flags');
    expect(body).toContain('- **verified** (quote) “unleash a humanitarian nightmare” — Reuters \\| wire');
    expect(body).not.toContain('800,000” —');
    expect(body).toContain('### Notes on the text\n\n> “Some 800,000 people”\n\ncheck\nTags: t');
  });

  test('clippingToMarkdown includes the section only when there is desk work', () => {
    expect(clippingToMarkdown(clipping())).toContain('## Annotations');
    expect(clippingToMarkdown(clipping({ flags: [], annotations: [] }))).not.toContain('## Annotations');
  });
});
