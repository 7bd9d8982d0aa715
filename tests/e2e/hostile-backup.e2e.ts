import type { Server } from 'node:http';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheticClipping } from '../../bench/library-data';
import { entryOf, termsOf } from '../../utils/store/index-records';
import type { Clipping } from '../../utils/store/schema';
import { launch, openSidePanel, serveFixtures, waitFor } from './harness';

const work = mkdtempSync(join(tmpdir(), 'copydesk-e2e-hostile-backup-'));
let origin: string;
let server: Server;

beforeAll(async () => {
  ({ origin, server } = await serveFixtures());
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** A backup file of `clippings`, each of its own page and moment, with the ids given (none for undefined). */
function backupFile(name: string, ids: Array<number | undefined>, from = 0): string {
  const clippings = ids.map((id, i) => {
    const c: Clipping = { ...syntheticClipping(from + i) };
    delete c.id;
    return id === undefined ? c : { ...c, id };
  });
  const path = join(work, name);
  writeFileSync(path, JSON.stringify({ format: 'copydesk-backup', version: 1, exportedAt: '', clippings, desks: [] }));
  return path;
}

async function total(panel: Page): Promise<number> {
  const text = await panel.locator('.lib-bulk').first().innerText();
  return Number(/([\d,]+) (?:clippings?|selected)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

/** The clipping ids in the extension's real IndexedDB, read from the panel page. */
function storedIds(panel: Page): Promise<number[]> {
  return panel.evaluate(
    () =>
      new Promise<number[]>((ok, fail) => {
        const open = indexedDB.open('copydesk');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('clippings').objectStore('clippings').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            ok(keys.result as number[]);
          };
          keys.onerror = () => fail(keys.error);
        };
      }),
  );
}

async function restore(panel: Page, path: string, message: string | RegExp): Promise<void> {
  await panel.getByRole('button', { name: 'Export & backup' }).click();
  await panel.locator('input[type=file]').setInputFiles(path);
  await panel.getByText(message).waitFor();
  await panel.getByRole('button', { name: 'Export & backup' }).click();
}

/** Saves the article open in `page` from the panel's Page view, and returns to the Library. */
async function savePage(panel: Page, page: Page): Promise<void> {
  await page.bringToFront();
  await panel.getByRole('button', { name: 'Page', exact: true }).click();
  await panel.locator('.page-view .article-title').waitFor();
  await panel.getByRole('button', { name: 'Save clipping' }).click();
  await panel.getByText('Saved.').waitFor();
  await panel.getByRole('button', { name: 'Library', exact: true }).click();
}

describe('crafted backup ids in real Chromium IndexedDB', () => {
  // Regression: a backup with ids 2^53, none, none said "3 added" but wrote one clipping, and every
  // later save failed: Chromium's key generator was exhausted for good.
  test('ids 2^53, none, none: three restored, and saving still works', async () => {
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/wire-story.html`);
    const { panel, cdp } = await openSidePanel(session);
    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    await panel.getByText('No clippings yet').waitFor();

    await restore(panel, backupFile('exhaust.json', [2 ** 53, undefined, undefined]), 'Backup restored: 3 added.');
    await waitFor(async () => (await total(panel)) === 3, 'three clippings listed');
    expect((await storedIds(panel)).every((id) => id < 2 ** 31)).toBe(true);

    await savePage(panel, page);
    await waitFor(async () => (await total(panel)) === 4, 'the saved page listed too');
    expect(await storedIds(panel)).toHaveLength(4);

    // Regression: MAX_SAFE_INTEGER, 1 and 2 over a library holding more gave one clipping fewer.
    await restore(panel, backupFile('collide.json', [Number.MAX_SAFE_INTEGER, 1, 2], 10), 'Backup restored: 3 added.');
    await waitFor(async () => (await total(panel)) === 7, 'seven clippings listed');
    expect(new Set(await storedIds(panel)).size).toBe(7);

    await cdp.close();
    await session.close();
  });

  // Regression: agencies "AP" restored fine, then the clipping view hung and the library's zip failed.
  test('a backup with a finding field of the wrong type is refused naming the field', async () => {
    const session = await launch();
    const { panel, cdp } = await openSidePanel(session);
    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    const good = syntheticClipping(1);
    const findings = good.findings.map((f) => (f.kind === 'credit' ? { ...f, agencies: 'AP' } : f));
    expect(findings.some((f) => f.kind === 'credit')).toBe(true);
    const path = join(work, 'agencies.json');
    writeFileSync(
      path,
      JSON.stringify({ format: 'copydesk-backup', version: 1, clippings: [{ ...good, findings }], desks: [] }),
    );
    await restore(panel, path, /credit \d+: agencies must be a list of names/);
    await panel.getByText('No clippings yet').waitFor();
    expect(await storedIds(panel)).toEqual([]);
    await cdp.close();
    await session.close();
  });
  // Regression: a clipping restored with agencies "AP" (before restores were checked) left the
  // clipping view on "Opening the clipping…" for good, and the library's Markdown zip failed.
  test('a damaged record already in the library opens as damaged, and the zip exports the rest', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'copydesk-e2e-damaged-'));
    const session = await launch();
    const { panel, cdp } = await openSidePanel(session);
    const browserSession = await cdp.newBrowserCDPSession();
    await browserSession.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    await restore(panel, backupFile('two.json', [1, 2], 20), 'Backup restored: 2 added.');

    const good = { ...syntheticClipping(30), id: 3, title: 'Damaged record' };
    const damaged = {
      ...good,
      findings: good.findings.map((f) => (f.kind === 'credit' ? { ...f, agencies: 'AP' } : f)),
    } as unknown as Clipping & { id: number };
    const rows = { clippings: damaged, entries: entryOf(damaged), terms: termsOf(damaged) };
    // Written straight into the extension's database, as an older release's restore could.
    await panel.evaluate(
      (records) =>
        new Promise<void>((ok, fail) => {
          const open = indexedDB.open('copydesk');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(Object.keys(records), 'readwrite');
            for (const [store, value] of Object.entries(records)) tx.objectStore(store).put(value);
            tx.oncomplete = () => {
              open.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      rows,
    );
    await panel.reload();
    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    await waitFor(async () => (await total(panel)) === 3, 'three clippings listed');

    await panel.locator('.virtual-list .clipping-row[data-id="3"] .clipping-open').click();
    await panel.getByText('This clipping is damaged and cannot be shown').waitFor();
    await panel.getByText(/credit \d+: agencies must be a list of names/).waitFor();
    expect(await panel.getByText('Opening the clipping…').count()).toBe(0);
    await panel.getByRole('button', { name: 'Back to the library' }).click();

    await panel.getByRole('button', { name: 'Export & backup' }).click();
    await panel.getByRole('button', { name: 'Export all as Markdown (zip)' }).click();
    await panel
      .getByText(/Exported 2 clippings as .*Left out, damaged: “Damaged record”: credit \d+: agencies/)
      .waitFor();
    await waitFor(() => readdirSync(downloads).some((f) => f.endsWith('.zip')), 'the zip download');
    await cdp.close();
    await session.close();
  });
});
