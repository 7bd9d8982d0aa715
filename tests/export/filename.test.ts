import { describe, expect, test } from 'vitest';
import { markdownFileName, slugify } from '../../utils/export/filename';

const base = {
  title: 'UN Secretary General Urges Assad To Call Off Idlib Attack',
  publishedTime: '2018-09-05T10:30:00Z',
  clippedAt: '2024-01-05T12:00:00.000Z',
  siteName: 'The Wire Desk',
  url: 'https://news.example.test/world/x',
};

describe('markdownFileName', () => {
  test.each([
    ['published day and slug', {}, '2018-09-05 un-secretary-general-urges-assad-to-call-off-idlib-attack.md'],
    [
      'clipped day when published is not ISO',
      { publishedTime: '5 September 2018' },
      '2024-01-05 un-secretary-general-urges-assad-to-call-off-idlib-attack.md',
    ],
    ['accents dropped', { title: 'Élysée : « Non » à l’attaque' }, '2018-09-05 elysee-non-a-l-attaque.md'],
    ['Devanagari vowel signs kept inside the word', { title: 'हिन्दी समाचार' }, '2018-09-05 हिन्दी-समाचार.md'],
    ['non-Latin script kept', { title: 'الأمم المتحدة' }, '2018-09-05 الأمم-المتحدة.md'],
    [
      'path separators and reserved characters',
      { title: '../../etc/passwd <x>:"y"|?*' },
      '2018-09-05 etc-passwd-x-y.md',
    ],
    ['control characters', { title: 'a\u0000b\u001fc\nd' }, '2018-09-05 a-b-c-d.md'],
    ['site name when the title has no letters', { title: '???' }, '2018-09-05 the-wire-desk.md'],
    ['host when there is no site', { title: '', siteName: null }, '2018-09-05 news-example-test.md'],
    ['"clipping" as the last resort', { title: '', siteName: null, url: '' }, '2018-09-05 clipping.md'],
    ['Windows device name without a date', { title: 'CON', publishedTime: null, clippedAt: 'bad' }, 'con-clipping.md'],
  ])('%s', (_name, overrides, expected) => {
    expect(markdownFileName({ ...base, ...overrides })).toBe(expected);
  });

  test.each(['A'.repeat(500), 'word '.repeat(100), '/'.repeat(50), ''])(
    'stays short, safe and non-empty (%#)',
    (title) => {
      const name = markdownFileName({ ...base, title });
      expect(name.length).toBeLessThanOrEqual(100);
      expect(name).toMatch(/^2018-09-05 [^\\/:*?"<>|\p{Cc}]+\.md$/u);
    },
  );
});

describe('slugify', () => {
  test('cuts at a word boundary', () => {
    expect(slugify('alpha beta gamma delta', 15)).toBe('alpha-beta');
  });
  test('cuts a single long word hard', () => {
    expect(slugify('x'.repeat(30), 10)).toBe('x'.repeat(10));
  });
});
