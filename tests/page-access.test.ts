import { describe, expect, test } from 'vitest';
import { accessProblemFor, accessProblemFromError } from '../utils/page-access';

describe('pages Copydesk may not read are named before trying', () => {
  test.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['chrome-extension://abc/sidepanel.html', 'browser-page'],
    ['view-source:https://a.test/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://a.test/report.PDF', 'pdf'],
    ['ftp://a.test/file', 'unsupported'],
    ['', 'blank'],
    ['about:blank', 'blank'],
  ])('%s is %s', (url, kind) => {
    expect(accessProblemFor(url)?.kind).toBe(kind);
  });

  test.each(['https://news.example.test/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/story.html'])(
    '%s may be read',
    (url) => {
      expect(accessProblemFor(url)).toBeNull();
    },
  );
});

describe('refusals from the browser become reasons', () => {
  test('a file URL without file access tells the user which switch to turn on', () => {
    const problem = accessProblemFromError('file:///tmp/a.html', new Error('Cannot access contents of url'));
    expect(problem.kind).toBe('file');
    expect(problem.message).toMatch(/Allow access to file URLs/);
  });

  test('the web store refusal is recognised', () => {
    expect(
      accessProblemFromError('https://x.test/', new Error('The extensions gallery cannot be scripted.')).kind,
    ).toBe('store');
  });

  test('anything else keeps the browser’s words', () => {
    expect(accessProblemFromError('https://x.test/', new Error('Frame was removed')).message).toContain(
      'Frame was removed',
    );
  });
});
