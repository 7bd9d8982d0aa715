import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { randomHighlightNames } from '../../utils/desk/highlight-style';
import { isMessage, onMessage, sendToExtension, sendToTab } from '../../utils/messaging';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('isMessage', () => {
  test.each([
    [{ type: 'highlighter/locate', id: 'q1' }, true],
    [{ type: 'desk/command', command: 'save', tabId: 3 }, true],
    [{ type: 'someone-else/hello' }, false],
    [{ kind: 'highlighter/locate' }, false],
    ['highlighter/locate', false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});

describe('onMessage', () => {
  test('the handler for the type answers, sync or async', async () => {
    const stop = onMessage({
      'highlighter/locate': (m) => ({ found: m.id === 'q1' }),
      'desk/pending': async () => ({ command: 'annotate', tabId: 7 }),
    });
    expect(await sendToExtension({ type: 'highlighter/locate', id: 'q1' })).toEqual({ found: true });
    expect(await sendToExtension({ type: 'desk/pending' })).toEqual({ command: 'annotate', tabId: 7 });
    stop();
  });

  test('a handler that returns undefined leaves the message to another listener', async () => {
    const stopA = onMessage({ 'desk/command': (m) => (m.tabId === 1 ? { handled: true } : undefined) });
    const stopB = onMessage({ 'desk/command': () => ({ handled: false }) });
    expect(await sendToExtension({ type: 'desk/command', command: 'save', tabId: 2 })).toEqual({ handled: false });
    stopA();
    stopB();
  });

  // Regression: the sender got `{error}` back as if it were the answer, and read undefined fields.
  test.each([
    ['a rejected promise', () => Promise.reject(new Error('page went away')), 'page went away'],
    [
      'a thrown error',
      () => {
        throw new Error('no highlighter');
      },
      'no highlighter',
    ],
  ])('a handler failing with %s: the sender rejects with its message', async (_name, handler, message) => {
    const stop = onMessage({ 'highlighter/update': handler });
    await expect(sendToExtension({ type: 'highlighter/update', items: [], hidden: [] })).rejects.toThrow(message);
    stop();
  });

  test('sendToTab rejects on a failure reply and resolves an ordinary one, null included', async () => {
    const replies: unknown[] = [{ error: 'page went away' }, { found: true }, null];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => replies.shift());
    await expect(sendToTab(1, { type: 'highlighter/locate', id: 'q1' })).rejects.toThrow('page went away');
    expect(await sendToTab(1, { type: 'highlighter/locate', id: 'q1' })).toEqual({ found: true });
    expect(await sendToTab(1, { type: 'desk/pending' })).toBeNull();
  });

  test('messages outside the protocol are not answered', async () => {
    const stop = onMessage({ 'highlighter/ping': () => ({ ready: true, names: randomHighlightNames() }) });
    let answered = false;
    const other = (_m: unknown, _s: unknown, respond: (r: unknown) => void) => {
      respond('other listener');
      answered = true;
      return true;
    };
    browser.runtime.onMessage.addListener(other);
    expect(await browser.runtime.sendMessage({ type: 'not-ours' })).toBe('other listener');
    expect(answered).toBe(true);
    browser.runtime.onMessage.removeListener(other);
    stop();
  });

  test('stop() removes the listener', async () => {
    const stop = onMessage({ 'highlighter/ping': () => ({ ready: true, names: randomHighlightNames() }) });
    stop();
    expect(browser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
