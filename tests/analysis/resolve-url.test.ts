import { describe, expect, test } from 'vitest';
import { isHttpUrl, resolveUrl, safeUrl } from '../../utils/analysis/resolve-url';

describe('resolveUrl', () => {
  test.each([
    ['/a', 'https://a.test/x/y', 'https://a.test/a'],
    ['https://b.test', null, 'https://b.test/'],
    ['javascript:x', null, 'javascript:x'],
    ['  ', 'https://a.test/', null],
    [null, 'https://a.test/', null],
    ['/relative', null, null],
  ])('%j against %j -> %j', (href, base, expected) => {
    expect(resolveUrl(href, base)).toBe(expected);
  });
});

describe('safeUrl', () => {
  test.each([
    ['https://a.test/x', null, 'https://a.test/x'],
    ['HTTP://A.test', null, 'http://a.test/'],
    [' /img/a.jpg ', 'https://a.test/story/1', 'https://a.test/img/a.jpg'],
    ['../b', 'https://a.test/story/1', 'https://a.test/b'],
  ])('%j (base %j) -> %j', (url, base, expected) => {
    expect(safeUrl(url, base)).toBe(expected);
  });

  test.each([
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', 'https://a.test/'],
    ['java\tscript:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['data:text/html,<script>1</script>', 'https://a.test/'],
    ['blob:https://a.test/uuid', null],
    ['vbscript:msgbox', null],
    ['/relative/without/base', null],
    ['mailto:a@b.test', null],
    ['', null],
    [null, 'https://a.test/'],
  ])('%j (base %j) is refused', (url, base) => {
    expect(safeUrl(url, base)).toBeNull();
  });
});

describe('isHttpUrl', () => {
  test.each([
    ['https://news.test/story', true],
    ['http://news.test', true],
    ['javascript:alert(1)', false],
    ['data:image/png;base64,AAAA', false],
    ['//news.test/protocol-relative', false],
    ['/story', false],
    ['', false],
    [null, false],
  ])('%j -> %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});
