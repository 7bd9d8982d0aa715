import type { Finding } from '../../utils/analysis/types';
import type { FlagState } from '../../utils/desk/model';
import { clippingFromAnalysis, type Clipping } from '../../utils/store/clippings';
import { makeCredit, makeFigure, makeQuote, spanIn } from '../finding-factories';
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
    const span = spanIn(text, text.slice(q, qEnd), q);
    out.push(makeQuote({ ...span, id: `quote-${q}`, text: text.slice(q, qEnd), speaker, cue: 'said' }));
  }
  if (f >= 0) {
    const span = spanIn(text, '800,000', f);
    out.push(
      makeFigure({ ...span, id: `figure-${f}`, text: '800,000', value: 800000, unit: 'people', qualifier: 'some' }),
    );
  }
  out.push(
    makeCredit({
      selectors: [{ type: 'TextQuoteSelector', exact: 'Photo: PA', prefix: '', suffix: '' }],
      credit: 'PA',
      caption: 'Refugees at the border',
      image: 'https://img.example.test/a.jpg',
      source: 'figcaption',
      agencies: ['PA Media'],
    }),
  );
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
