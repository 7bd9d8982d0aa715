import type { Finding } from '../../utils/analysis/types';
import { selectorsFor } from '../../utils/analysis/selectors';
import type { FlagState } from '../../utils/desk/model';
import { clippingFromAnalysis, type Clipping } from '../../utils/store/clippings';
import { makeAnalysis } from './fixtures';

export const TEXT =
  'Guterres said the attack would "unleash a humanitarian nightmare".\n\nSome 800,000 people could flee.';

/** Findings that point into TEXT, with real selectors. */
export function findingsOf(text = TEXT, speaker = 'Antonio Guterres'): Finding[] {
  // The quote is whatever stands between the first pair of straight double quotes.
  const q = text.indexOf('"') + 1;
  const qEnd = text.indexOf('"', q);
  const f = text.indexOf('800,000');
  const out: Finding[] = [];
  if (q > 0 && qEnd > q) {
    out.push({
      kind: 'quote',
      id: `quote-${q}`,
      start: q,
      end: qEnd,
      selectors: selectorsFor(text, q, qEnd),
      text: text.slice(q, qEnd),
      speaker,
      cue: 'said',
      partial: false,
      role: null,
      outlet: null,
      form: 'direct',
    });
  }
  if (f >= 0) {
    out.push({
      kind: 'figure',
      id: `figure-${f}`,
      start: f,
      end: f + 7,
      selectors: selectorsFor(text, f, f + 7),
      text: '800,000',
      figureKind: 'count',
      value: 800000,
      range: null,
      unit: 'people',
      qualifier: 'some',
      change: null,
      magnitude: null,
      group: null,
      conflicts: [],
      repeatOf: null,
    });
  }
  out.push({
    kind: 'credit',
    id: 'credit-0',
    start: null,
    end: null,
    selectors: [{ type: 'TextQuoteSelector', exact: 'Photo: PA', prefix: '', suffix: '' }],
    credit: 'PA',
    caption: 'Refugees at the border',
    image: 'https://img.example.test/a.jpg',
    source: 'figcaption',
    agencies: ['PA Media'],
  });
  return out;
}

export type Spec = {
  day?: number;
  url?: string;
  title?: string;
  site?: string;
  tags?: string[];
  text?: string;
  speaker?: string;
  status?: FlagState['status'];
  note?: string;
};

/** A full clipping with findings, a flag, an annotation and a note: every field filled. */
export function richClipping(spec: Spec = {}): Clipping {
  const text = spec.text ?? TEXT;
  const findings = findingsOf(text, spec.speaker);
  const analysis = makeAnalysis(
    {
      url: spec.url ?? 'https://news.example.test/world/story',
      canonicalUrl: spec.url ?? 'https://news.example.test/world/story',
      title: spec.title ?? 'UN Secretary General Urges Assad To Call Off Idlib Attack',
      siteName: spec.site ?? 'The Wire Desk',
      text,
    },
    findings,
  );
  const now = new Date(Date.UTC(2024, 0, spec.day ?? 5, 12));
  const first = findings[0]!;
  const clipping = clippingFromAnalysis(analysis, {
    html: '<p>safe</p>',
    now,
    tags: spec.tags ?? ['syria'],
    desk: {
      flags: [
        {
          findingId: first.id,
          kind: first.kind,
          status: spec.status ?? 'disputed',
          note: 'Check the UN transcript',
          selectors: first.selectors,
          updatedAt: now.toISOString(),
        },
      ],
      annotations: [
        {
          id: 'a1',
          selectors: [{ type: 'TextQuoteSelector', exact: 'Some', prefix: '', suffix: ' 800,000' }],
          note: 'Source of the estimate?',
          tags: ['estimate'],
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        },
      ],
    },
  });
  return { ...clipping, note: spec.note ?? 'Lead story' };
}
