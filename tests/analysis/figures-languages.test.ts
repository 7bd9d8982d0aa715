import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analysis/figures';

/** [text, kind, value, unit] of every figure in `sentence` read as a page in `lang`. */
const read = (sentence: string, lang: string, published: string | null = '2019-11-20T00:00:00Z') =>
  findFigures(sentence, published, lang).map((h) => [sentence.slice(h.start, h.end), h.figureKind, h.value, h.unit]);

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('number, scale and percent words of the page language', () => {
  test.each<[string, string, string, string, number, string | null]>([
    // German: "Mio." and "Mrd." with the currency after the full stop.
    ['de', 'Der Konzern machte 5,3 Mio. Euro Gewinn.', '5,3 Mio. Euro', 'money', 5.3e6, 'EUR'],
    ['de', 'Der Umsatz lag bei 1,2 Mrd. Euro.', '1,2 Mrd. Euro', 'money', 1.2e9, 'EUR'],
    ['de', 'Die Firma zahlte drei Millionen Euro.', 'drei Millionen Euro', 'money', 3e6, 'EUR'],
    ['de', 'Wir haben mehr als neun Geschäftsstellen.', 'neun', 'count', 9, null],
    ['de', 'Die Preise stiegen um 12 Prozent.', '12 Prozent', 'percent', 12, '%'],
    ['fr', 'deux millions de personnes ont manifesté', 'deux millions', 'count', 2e6, null],
    ['fr', 'une dette de 1,5 milliard', '1,5 milliard', 'count', 1.5e9, null],
    ['es', 'llegaron cinco mil personas', 'cinco mil', 'count', 5000, 'personas'],
    ['es', 'una inversión de 5 mil millones', '5 mil millones', 'count', 5e9, null],
    ['es', 'subió un 30 por ciento', '30 por ciento', 'percent', 30, '%'],
    ['pt', 'o arrombamento de dois dos cinco automóveis', 'cinco', 'count', 5, 'automóveis'],
    ['pt', 'um prejuízo de R$ 3 milhões', 'R$ 3 milhões', 'money', 3e6, 'BRL'],
    ['it', 'tre milioni di persone', 'tre milioni', 'count', 3e6, null],
    ['it', 'un calo del 5 per cento', '5 per cento', 'percent', 5, '%'],
  ])('%s: %s', (lang, sentence, text, kind, value, unit) => {
    expect(read(sentence, lang)).toContainEqual([text, kind, value, unit]);
  });

  test.each<[string, string, string]>([
    // The articles that also mean one stay articles.
    ['de', 'Ein Mann kam mit einer Frau.', 'Ein'],
    ['fr', 'Un homme et une femme.', 'Un'],
    ['es', 'Un hombre y una mujer.', 'Un'],
    // The same words on an English page are not read in another language.
    ['en', 'The dos and don’ts of tres leches.', 'dos'],
    ['en', 'The mille-feuille was due today.', 'due'],
  ])('not a figure (%s): %s', (lang, sentence, word) => {
    expect(read(sentence, lang).map((f) => f[0])).not.toContain(word);
  });
});

describe('dates written with the month names of the page language', () => {
  test.each<[string, string, string, number | null]>([
    ['fr', 'Le 5 mai, ils ont manifesté.', '5 mai', day(2019, 5, 5)],
    ['fr', 'Rendez-vous le 1er mars 2020.', '1er mars 2020', day(2020, 3, 1)],
    ['de', 'Am 5. Mai 2019 kamen 40.000 Besucher.', '5. Mai 2019', day(2019, 5, 5)],
    ['de', 'Im März 2019 waren es mehr.', 'März 2019', day(2019, 3, 1)],
    ['es', 'El 3 de mayo de 2019 llegaron.', '3 de mayo de 2019', day(2019, 5, 3)],
    ['pt', 'Em 5 de maio, dois carros.', '5 de maio', day(2019, 5, 5)],
    ['it', 'Il 7 maggio 2019 tre milioni.', '7 maggio 2019', day(2019, 5, 7)],
    // A full month name at the end of a sentence leaves its full stop.
    ['fr', 'La foire a lieu le 14 juin.', '14 juin', day(2019, 6, 14)],
  ])('%s: %s', (lang, sentence, text, value) => {
    expect(read(sentence, lang)).toContainEqual([text, 'date', value, null]);
  });

  test('a span of days is one date with its range ("12. bis 13. September")', () => {
    const text = 'Am 12. bis 13. September startet wieder die DMEXCO 2018 in Köln.';
    const hits = findFigures(text, '2018-08-01T00:00:00Z', 'de');
    const span = hits.find((h) => h.figureKind === 'date');
    expect(span && text.slice(span.start, span.end)).toBe('12. bis 13. September');
    expect(span?.range).toEqual([day(2018, 9, 12), day(2018, 9, 13)]);
  });

  test('without a publication date a day with no year has no value', () => {
    expect(read('Le 5 mai, ils ont manifesté.', 'fr', null)).toContainEqual(['5 mai', 'date', null, null]);
  });

  test.each<[string, string]>([
    // "mar" is the sea in Spanish and Portuguese, "dez" ten in Portuguese: no abbreviation that is another word.
    ['es', 'a 5 mar adentro'],
    ['pt', 'contou 10 dez vezes'],
    // Month names of one language are not read on a page of another.
    ['en', 'the 5 mai festival'],
  ])('not a date (%s): %s', (lang, sentence) => {
    expect(read(sentence, lang).filter((f) => f[1] === 'date')).toEqual([]);
  });
});
