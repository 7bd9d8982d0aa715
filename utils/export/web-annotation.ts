/**
 * The desk work of a clipping as W3C Web Annotation JSON-LD (an AnnotationCollection):
 * each annotation with its note and tags, each checked flag as an "assessing"
 * annotation carrying its status and note. Selectors are exported as stored.
 */
import type { Annotation, FlagState } from '../desk/model';
import { safeUrl } from '../analysis/resolve-url';
import type { Clipping } from '../store/schema';

type TextualBody = { type: 'TextualBody'; value: string; purpose: string; format?: string };

/** One W3C Annotation. */
export type WebAnnotation = {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting' | 'assessing';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: Annotation['selectors'] };
};

export type AnnotationCollection = {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
};

/** The target of an annotation on text with no web address (pasted text, a local file). */
export const NO_SOURCE = 'urn:copydesk:no-web-address';

const note = (value: string): TextualBody => ({
  type: 'TextualBody',
  value,
  purpose: 'commenting',
  format: 'text/plain',
});

function fromAnnotation(a: Annotation, source: string): WebAnnotation {
  const body = [
    ...(a.note ? [note(a.note)] : []),
    ...a.tags.map((t) => ({ type: 'TextualBody' as const, value: t, purpose: 'tagging' })),
  ];
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length ? { body } : {}),
    target: { source, selector: a.selectors },
  };
}

function fromFlag(f: FlagState, source: string): WebAnnotation {
  return {
    id: `urn:copydesk:flag:${encodeURIComponent(f.findingId)}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: f.updatedAt,
    modified: f.updatedAt,
    body: [
      { type: 'TextualBody', value: f.status, purpose: 'assessing' },
      { type: 'TextualBody', value: f.kind, purpose: 'classifying' },
      ...(f.note ? [note(f.note)] : []),
    ],
    target: { source, selector: f.selectors },
  };
}

/** The clipping's annotations and flag states as one JSON-LD AnnotationCollection. */
export function toWebAnnotations(
  clipping: Pick<Clipping, 'url' | 'title' | 'flags' | 'annotations'>,
): AnnotationCollection {
  // The page as the URL parser writes it (http(s) only); pasted text has no page to point at.
  const source = safeUrl(clipping.url) ?? NO_SOURCE;
  const items = [
    ...clipping.annotations.map((a) => fromAnnotation(a, source)),
    ...clipping.flags.map((f) => fromFlag(f, source)),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: clipping.title || 'Untitled article',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
