import type { Analysis, Finding } from '../../utils/analysis/types';

/** A small hand-written analysis: findings do not depend on the finders being finished. */
export function makeAnalysis(overrides: Partial<Analysis['article']> = {}, findings: Finding[] = []): Analysis {
  const text = 'Guterres said the attack would "unleash a humanitarian nightmare".\n\nSome 800,000 people could flee.';
  return {
    schema: 1,
    analyzedAt: '2018-09-06T08:00:00.000Z',
    article: {
      title: 'UN Secretary General Urges Assad To Call Off Idlib Attack',
      byline: 'Sam Writer',
      siteName: 'The Wire Desk',
      publishedTime: '2018-09-05T10:30:00Z',
      lang: 'en-GB',
      url: 'https://news.example.test/world/un-urges-assad-idlib?utm_source=twitter#comments',
      canonicalUrl: 'https://news.example.test/world/un-urges-assad-idlib',
      excerpt: 'The UN believes a full-scale attack could cause thousands of deaths.',
      wordCount: 15,
      readingMinutes: 1,
      text,
      html: '<p>Guterres said the attack would “unleash a humanitarian nightmare”.</p><p>Some 800,000 people could flee.</p>',
      readerable: true,
      ...overrides,
    },
    findings,
    warnings: [],
  };
}
