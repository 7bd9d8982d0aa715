import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analysis/figures';

/** [text, kind, value, range] of every figure in `sentence` read as a page in `lang`. */
const read = (sentence: string, lang = 'en') =>
  findFigures(sentence, '2019-11-20T00:00:00Z', lang).map((h) => [
    sentence.slice(h.start, h.end),
    h.figureKind,
    h.value,
    h.range,
  ]);
const texts = (sentence: string, lang = 'en'): string[] => read(sentence, lang).map((f) => String(f[0]));

// Each row names the sentence of a labelled page (bench/page-labels) that needed the rule.
describe('numbers in names are not counts', () => {
  test.each<[string, string, string[]]>([
    ['remember8090.it: a resolution', 'Blade Runner The Final Cut (4K Ultra HD + Blu-Ray)', []],
    ['a resolution before a noun', 'She bought a 4K TV for the den.', []],
    ['remember8090.it: the parts of a name', 'Indiana Jones Collection 1-4 (Steelbook) (5 Blu-Ray)', ['5']],
    ['the seasons of a series', 'Magnum P.I. – Complete Collection (Stagioni 1-8) (45 DVD)', ['45']],
    ['comwrap: a German compound noun', 'über die 2-Faktor-Authentifizierung geschützt', []],
    ['the same in words', 'eine Zwei-Faktor-Authentifizierung', []],
  ])('%s: %s', (_why, sentence, figures) => {
    expect(texts(sentence, /Faktor/.test(sentence) ? 'de' : 'en')).toEqual(figures);
  });

  test.each<[string, string, string, string]>([
    ['money with a K', 'They raised $4K for the school.', '$4K', 'en'],
    ['thousands with a K before a plural', 'about 4K people came', '4K', 'en'],
    ['a score after a name', 'Bautista-Agut 3-6, 6-3, 7-6 (0)', '3-6', 'en'],
    ['comwrap: an adjective of months counts them', 'nach 12-monatiger Nichtnutzung', '12-monatiger', 'de'],
    ['nypost: a line break ends a name', 'colleague Timothy Weeks AP\n\nTwo hostages were released.', 'Two', 'en'],
  ])('stays: %s', (_why, sentence, figure, lang) => {
    expect(texts(sentence, lang)).toContain(figure);
  });

  test('a name still runs on within a line', () => {
    expect(texts('The Apollo 11 crew landed.')).toEqual([]);
  });
});

describe('counts written in words', () => {
  test.each<[string, string, string, number | null, [number, number] | null]>([
    ['bbc: times', 'Big Machine have twice denied doing anything wrong.', 'twice', 2, null],
    ['sky: times at the end', 'has won the Champions League twice with two clubs', 'twice', 2, null],
    ['bbc: a couple of', 'a couple of big name US politicians', 'a couple', 2, null],
    ['crn: a couple before a plural', 'a couple hours before the chat', 'a couple', 2, null],
    ['sky: a hyphenated half', 'after five-and-a-half years in charge', 'five-and-a-half', 5.5, null],
    ['sky: a season', 'until the end of the 2022/23 season', '2022/23', null, [2022, 2023]],
    ['a season written in full', 'in the 2019/2020 financial year', '2019/2020', null, [2019, 2020]],
    ['remember8090.it: a year cut short', 'le offerte anni ’80 e ’90 da non perdere', '’80', 1980, null],
    ['the second of them', 'le offerte anni ’80 e ’90 da non perdere', '’90', 1990, null],
    ['the class of a year', "the class of '98 graduates", "'98", 1998, null],
  ])('%s: %s', (_why, sentence, text, value, range) => {
    expect(read(sentence, /offerte/.test(sentence) ? 'it' : 'en').map((f) => [f[0], f[2], f[3]])).toContainEqual([
      text,
      value,
      range,
    ]);
  });

  test.each<[string, string]>([
    ['a couple as two people', 'A couple who lived nearby called police.'],
    ['a quote opening on a number', "He said '12 people' were hurt."],
    ['a fraction-like code', 'It runs 24/7.'],
    ['two years that are no season', 'the 2019/2024 plan'],
  ])('not so: %s', (_why, sentence) => {
    expect(read(sentence).filter((f) => f[2] === 2 || f[1] === 'year' || f[3] !== null)).toEqual([]);
  });
});

describe('articles and halves in the page language', () => {
  test.each<[string, string, string, number]>([
    ['de', 'Seit dem wurde mehr als eine Milliarde Euro investiert.', 'eine Milliarde Euro', 1e9],
    ['fr', 'un milliard de dollars', 'un milliard', 1e9],
    ['pt', 'um milhão de pessoas', 'um milhão', 1e6],
    ['de', 'nicht einmal die Hälfte der Nutzer', 'Hälfte', 0.5],
    ['fr', 'la moitié des électeurs', 'moitié', 0.5],
  ])('%s: %s', (lang, sentence, text, value) => {
    expect(read(sentence, lang).map((f) => [f[0], f[2]])).toContainEqual([text, value]);
  });

  test.each<[string, string]>([
    ['de', 'Eine Frau kam mit einer Tasche.'],
    ['fr', 'une personne est venue'],
    ['de', 'in der zweiten Hälfte des Jahres'],
  ])('no figure: %s: %s', (lang, sentence) => {
    expect(read(sentence, lang)).toEqual([]);
  });
});

describe('dates and years in other shapes', () => {
  test.each<[string, string, string, string, number | null, [number, number] | null]>([
    [
      'comwrap: a dotted date',
      'de',
      'Bis zum 01.01.2019 sollen alle Praxen angeschlossen sein.',
      '01.01.2019',
      Date.UTC(2019, 0, 1),
      null,
    ],
    [
      'a dotted date on an English page',
      'en',
      'The law took effect on 12.03.2019 in Berlin.',
      '12.03.2019',
      Date.UTC(2019, 2, 12),
      null,
    ],
    [
      'moneycontrol: a span of fiscal years',
      'en',
      'a strong earnings recovery over FY2020-22.',
      'FY2020-22',
      null,
      [2020, 2022],
    ],
    ['a fiscal year in two digits', 'en', 'Revenue rose in FY20 on exports.', 'FY20', 2020, null],
    [
      'remember8090.it: a decade in words',
      'it',
      'una tradizione consolidatasi negli anni Sessanta',
      'anni Sessanta',
      1960,
      [1960, 1969],
    ],
    ['a French decade', 'fr', 'la musique des années quatre-vingt-dix', 'années quatre-vingt-dix', 1990, [1990, 1999]],
    ['a German decade', 'de', 'in den achtziger Jahren', 'achtziger Jahren', 1980, [1980, 1989]],
    ['a Spanish decade', 'es', 'la moda de los años ochenta', 'años ochenta', 1980, [1980, 1989]],
  ])('%s: %s', (_why, lang, sentence, text, value, range) => {
    expect(read(sentence, lang).map((f) => [f[0], f[2], f[3]])).toContainEqual([text, value, range]);
  });

  test.each<[string, string, string]>([
    ['a day that does not exist', 'en', 'on 31.02.2019 the'],
    ['a version number', 'en', 'version 1.2.2019.5 ships'],
    ['fiscal years that do not rise', 'en', 'FY2022-20 is a typo'],
    ['an age in Italian', 'it', 'ha venti anni'],
  ])('no date: %s', (_why, lang, sentence) => {
    expect(read(sentence, lang).filter((f) => f[1] === 'date' || f[1] === 'year')).toEqual([]);
  });
});
