import { describe, expect, test } from 'vitest';
import { articleLanguage, speakerRules } from '../../utils/analysis/language';

const german =
  'Die elektronische Patientenakte ist ein langer Marsch ins digitale Gesundheitswesen. Die Ärzte und die Kassen haben sich auf einen Plan geeinigt, der nicht nur für die Patienten wichtig ist, sondern auch für das System, das sich mit der Zeit verändert.';
const english =
  'The state launched an anti-drug campaign this week with a slogan that was widely mocked. The governor said that the money had been well spent and that the ads would run through the end of the year, which was the plan from the start.';

describe('articleLanguage', () => {
  test.each([
    ['German text declared English (blog template)', german, 'en', 'de'],
    ['English text declared German (syndicated page)', english, 'de', 'en'],
    ['English text with no declaration', english, null, 'en'],
    [
      'Cyrillic text keeps its declared tag',
      'Модель рассказала журналистам о своей жизни и работе в последние годы.',
      'ru',
      'ru',
    ],
    [
      'Hangul text with no declaration is some other language',
      '드라마 제작진은 이번 주 방송에서 새로운 이야기를 공개한다고 밝혔다.',
      null,
      'und',
    ],
    ['too few words to tell: the declaration stands', 'Kyle Busch 5040', 'pt-BR', 'pt'],
  ])('%s', (_, text, declared, lang) => {
    expect(articleLanguage(text, declared)).toBe(lang);
  });
});

test.each([
  [null, 'en'],
  ['en', 'en'],
  ['de', 'foreign'],
  ['it', 'foreign'],
  ['ru', 'none'],
  ['und', 'none'],
] as const)('speaker rules for %s: %s', (lang, rules) => {
  expect(speakerRules(lang)).toBe(rules);
});
