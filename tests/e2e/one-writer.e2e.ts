import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SavedAs } from '../../utils/store/clippings';
import { launch, type Session } from './harness';

let session: Session;
let one: Page;
let two: Page;

/** The store's save as one IIFE, evaluated over CDP in an extension page (its CSP does not apply). */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('tests/e2e/pages/one-writer-page.ts'), formats: ['iife'], name: 'copydeskRaceBundle' },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  return result.output.map((o) => ('code' in o ? o.code : '')).join('\n');
}

type Race = {
  save: (n: number, title: string | null, replaceId: number | null, at: number) => Promise<SavedAs>;
  versions: (id: number) => Promise<Array<{ id: number; previousId: number | null }>>;
  count: () => Promise<number>;
};

function call<K extends keyof Race>(page: Page, name: K, ...args: Parameters<Race[K]>): ReturnType<Race[K]> {
  return page.evaluate(
    ([n, a]) => {
      const race = (globalThis as unknown as { copydeskRace: Record<string, (...x: unknown[]) => unknown> })
        .copydeskRace;
      return race[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as ReturnType<Race[K]>;
}

beforeAll(async () => {
  const code = await bundle();
  session = await launch();
  // Two extension pages: the two panels of two windows, each with its own database connection.
  [one, two] = await Promise.all([session.context.newPage(), session.context.newPage()]);
  for (const page of [one, two]) {
    await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await page.evaluate(code);
  }
});
afterAll(() => session?.close());

describe('one writer at a time, in real Chromium IndexedDB', () => {
  test('the same page saved from two panels at the same moment ends in one clipping', async () => {
    const at = Date.now() + 500;
    const [a, b] = await Promise.all([call(one, 'save', 1, null, null, at), call(two, 'save', 1, null, null, at)]);
    expect(a.id).toBe(b.id);
    expect([a.outcome, b.outcome].sort()).toEqual(['saved', 'updated']);
    expect(await call(one, 'count')).toBe(1);
  });

  test('"Update saved copy" from two panels at once keeps one linear version chain', async () => {
    const first = await call(one, 'save', 2, null, null, 0);
    const at = Date.now() + 500;
    const saves = await Promise.all([
      call(one, 'save', 2, 'A newer headline from window one', first.id, at),
      call(two, 'save', 2, 'A newer headline from window two', first.id, at),
    ]);
    expect(saves.map((s) => s.outcome)).toEqual(['new-version', 'new-version']);
    const chain = await call(two, 'versions', first.id);
    expect(chain.map((v) => v.id).sort()).toEqual([first.id, ...saves.map((s) => s.id)].sort());
    expect(chain.map((v) => v.previousId)).toEqual([null, chain[0]!.id, chain[1]!.id]);
  });
});
