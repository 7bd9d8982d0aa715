import { describe, expect, test } from 'vitest';
import { firstNameGender } from '../../utils/analysis/quotes/first-names';

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
