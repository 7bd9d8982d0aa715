import { describe, expect, test } from 'vitest';
import { cleanByline } from '../../utils/analysis/byline';

describe('cleanByline', () => {
  test.each([
    // Regression: the French byline with co-authors in brackets gave one author.
    ['Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger, Damien Leloup, Morgane Tual'],
    // Regression: the Russian label "Текст:" stayed in the byline.
    ['Текст: Венера Ерофеева', 'Венера Ерофеева'],
    // Regression: AP's hosted pages run the agency into the last name in capitals.
    ['ERIC TUCKERAssociated Press', 'ERIC TUCKER, Associated Press'],
    ['By DANICA KIRKA and JILL LAWLESSAssociated Press', 'DANICA KIRKA, JILL LAWLESS, Associated Press'],
    // Regression: Reuters' reading time ran into the last name.
    ['By Howard Schneider, Lindsay Dunsmuir5 Min Read', 'Howard Schneider, Lindsay Dunsmuir'],
    ['By Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
    ['by Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['By FEDERICA LUSIARDI - 2019-04-10', 'FEDERICA LUSIARDI'],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza, CNN Editor-at-large'],
    ['Kevin Johnson and Kevin McCoy', 'Kevin Johnson, Kevin McCoy'],
    ['Jane Doe', 'Jane Doe'],
  ])('%j -> %j', (raw, names) => {
    expect(cleanByline(raw)).toBe(names);
  });

  test.each([['undefined'], [''], ['By '], [null]])('%j -> null', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });
});
