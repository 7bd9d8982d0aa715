import { describe, expect, test } from 'vitest';
import { highlightCss, isHighlightNames, randomHighlightNames } from '../../utils/desk/highlight-style';

describe('highlight names the page cannot predict', () => {
  test('every kind gets its own random name, different on every page', () => {
    const one = randomHighlightNames();
    const two = randomHighlightNames();
    expect(new Set(Object.values(one)).size).toBe(5);
    for (const name of Object.values(one)) {
      expect(name).toMatch(/^h[0-9a-f]{24}$/);
      expect(name).not.toContain('copydesk');
      expect(Object.values(two)).not.toContain(name);
    }
  });

  test('a random source that repeats itself is refused rather than giving two kinds one name', () => {
    expect(() => randomHighlightNames((bytes) => bytes.fill(7))).toThrow(/collide/);
  });

  test('the style sheet styles exactly the names it is given', () => {
    const names = randomHighlightNames();
    const css = highlightCss(names);
    for (const name of Object.values(names)) expect(css).toContain(`::highlight(${name})`);
    expect(css).not.toContain('copydesk');
  });

  // The names come back from the page script: only names of our own shape go into a style sheet.
  test.each([
    ['missing kind', { quote: 'h' + 'a'.repeat(24) }],
    ['CSS in a name', { ...randomHighlightNames(), quote: 'x) } body { display: none } ::highlight(y' }],
    ['a guessable name', { ...randomHighlightNames(), figure: 'copydesk-figure' }],
    ['not an object', 'copydesk'],
  ])('isHighlightNames refuses %s', (_name, value) => {
    expect(isHighlightNames(value)).toBe(false);
    if (typeof value === 'object') expect(() => highlightCss(value as never)).toThrow();
  });
});
