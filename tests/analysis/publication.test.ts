import { describe, expect, test } from 'vitest';
import { publicationName, titleWithoutTail } from '../../utils/analysis/publication';

describe('publicationName', () => {
  test.each([
    // Regression: Reuters' og:site_name is its section "U.S."; the JSON-LD publisher names it.
    [['U.S.', 'Reuters'], 'Homepage', 'Reuters'],
    // Regression: AP's hosted pages call themselves "Hosted".
    [['Hosted', null], null, null],
    [['Hosted', 'Associated Press'], null, 'Associated Press'],
    [['Politics', 'The Daily Courier'], 'Politics', 'The Daily Courier'],
    [['https://www.hawaiinewsnow.com'], null, 'hawaiinewsnow.com'],
    [['@politifact'], null, 'politifact'],
    [['Autoracing | F1 | Indy | NASCAR'], null, 'Autoracing'],
    [['The Verge', 'Vox Media'], null, 'The Verge'],
  ] as const)('%j (section %j) -> %j', (candidates, section, name) => {
    expect(publicationName([...candidates], section)).toBe(name);
  });
});

describe('titleWithoutTail', () => {
  test.each([
    [
      'New York man pleads guilty to threatening to kill Omar | TheHill',
      ['The Hill', null],
      'New York man pleads guilty to threatening to kill Omar',
    ],
    [
      'Nadal keeps Spain alive against Russia in Davis Cup Finals - Sportsnet',
      ['Sportsnet.ca', null],
      'Nadal keeps Spain alive against Russia in Davis Cup Finals',
    ],
    [
      'The Guardian view on Hong Kong: a city on the brink | Editorial',
      ['the Guardian', 'Editorial'],
      'The Guardian view on Hong Kong: a city on the brink',
    ],
    [
      'Meal Prep for A Little More Obsessed | The Beachbody Blog',
      ['The Beachbody Blog', null],
      'Meal Prep for A Little More Obsessed',
    ],
    // A tail that names neither stays: it is part of the headline.
    [
      'Star Wars Jedi: Fallen Order review – shoots for the moon',
      ['VG247', 'Sherif Saed'],
      'Star Wars Jedi: Fallen Order review – shoots for the moon',
    ],
    [
      'Opinion | Republicans Are Following Trump',
      ['The New York Times', null],
      'Opinion | Republicans Are Following Trump',
    ],
  ])('%j -> %j', (title, names, clean) => {
    expect(titleWithoutTail(title, names)).toBe(clean);
  });
});
