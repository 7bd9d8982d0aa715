import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSettler } from '../../utils/panel/settle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createSettler', () => {
  // Regression: a page calling history.pushState every second had the panel read it whole every second.
  test('a burst of address changes is checked once, at its last address, after the quiet time', () => {
    const checks: Array<[number, string]> = [];
    const settler = createSettler((tabId, url) => checks.push([tabId, url]), 1000);
    for (let i = 0; i < 20; i++) {
      settler.changed(1, `https://spa.example/?p=${i}`);
      vi.advanceTimersByTime(300);
    }
    expect(checks).toEqual([]);
    expect(settler.pending(1)).toBe(true);
    vi.advanceTimersByTime(700);
    expect(checks).toEqual([[1, 'https://spa.example/?p=19']]);
    expect(settler.pending(1)).toBe(false);
  });

  test('a change in another tab replaces the waiting one, and cancel drops it', () => {
    const checks: Array<[number, string]> = [];
    const settler = createSettler((tabId, url) => checks.push([tabId, url]), 1000);
    settler.changed(1, 'https://a.example/');
    settler.changed(2, 'https://b.example/');
    expect(settler.pending(1)).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(checks).toEqual([[2, 'https://b.example/']]);
    settler.changed(2, 'https://b.example/next');
    settler.cancel();
    vi.advanceTimersByTime(5000);
    expect(checks).toHaveLength(1);
  });
});
