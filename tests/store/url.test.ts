import { describe, expect, test } from 'vitest';
import { normalizeUrl } from '../../utils/store/url';

describe('normalizeUrl', () => {
  test.each([
    ['drops the fragment', 'https://a.test/story#comments', 'https://a.test/story'],
    ['drops utm_* in any case', 'https://a.test/s?UTM_Source=x&utm_medium=y&id=3', 'https://a.test/s?id=3'],
    ['drops click ids', 'https://a.test/s?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6', 'https://a.test/s'],
    ['lowercases the host', 'https://News.Example.TEST/Path', 'https://news.example.test/Path'],
    ['drops the default https port', 'https://a.test:443/s', 'https://a.test/s'],
    ['drops the default http port', 'http://a.test:80/s', 'http://a.test/s'],
    ['keeps a non-default port', 'https://a.test:8443/s', 'https://a.test:8443/s'],
    ['sorts parameters', 'https://a.test/s?b=2&a=1', 'https://a.test/s?a=1&b=2'],
    ['keeps the order of a repeated parameter', 'https://a.test/s?z=1&a=2&a=1', 'https://a.test/s?a=2&a=1&z=1'],
    ['trims whitespace', '  https://a.test/s  ', 'https://a.test/s'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test.each([
    ['keeps the path case', 'https://a.test/Story', 'https://a.test/story'],
    ['keeps meaningful parameters', 'https://a.test/s?id=1', 'https://a.test/s?id=2'],
    ['keeps a parameter merely containing "utm"', 'https://a.test/s?autm=1', 'https://a.test/s'],
  ])('%s: the two stay different', (_name, a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });

  test('returns a non-URL trimmed and unchanged', () => {
    expect(normalizeUrl(' not a url ')).toBe('not a url');
  });
});
