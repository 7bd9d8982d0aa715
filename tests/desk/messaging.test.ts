import { afterEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isMessage, onMessage, sendToExtension } from '../../utils/messaging';

afterEach(() => fakeBrowser.reset());

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

  test('a failing handler answers with the error instead of leaving the sender waiting', async () => {
    const stop = onMessage({
      'highlighter/update': () => Promise.reject(new Error('page went away')),
    });
    expect(await sendToExtension({ type: 'highlighter/update', items: [], hidden: [] })).toEqual({
      error: 'page went away',
    });
    stop();
  });

  test('messages outside the protocol are not answered', async () => {
    const stop = onMessage({ 'highlighter/ping': () => ({ ready: true }) });
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
    const stop = onMessage({ 'highlighter/ping': () => ({ ready: true }) });
    stop();
    expect(browser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
