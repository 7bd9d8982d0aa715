import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseOnFlag, launch, openSidePanel, pageHighlights, runAxe, screenshot, waitFor } from './harness';

/** How long the page's one slow picture takes: the page's load completes this late. */
const DELAY_MS = 4_000;
const story = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8').replace(
  '</body>',
  '<img src="/slow.png" width="1" height="1" alt=""></body>',
);
const ADDED = '<p>“We will not leave our homes,” said Abu Omar, a teacher in the city.</p>';
/** The story as edited on the server: a quote added. */
const versions = {
  1: story,
  2: story.replace('<p>Idlib is the last remaining', `${ADDED}\n<p>Idlib is the last remaining`),
};
let version: 1 | 2 = 1;

const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);
let origin: string;
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/story.html' || path === '/start.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(path === '/story.html' ? versions[version] : '<!doctype html><title>Start</title><p>Start page.</p>');
    } else if (/\.(png|jpe?g)$/.test(path)) {
      const send = () => res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(pixel);
      if (path === '/slow.png') setTimeout(send, DELAY_MS);
      else send();
    } else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const row = (panel: Page, text: string) => panel.locator('.flag-row', { hasText: text }).first();
const reads = async (panel: Page) => Number((await panel.locator('.page-view').getAttribute('data-reads')) ?? -1);

async function deskReady(panel: Page) {
  await waitFor(
    async () => (await panel.locator('.page-view[data-desk="ready"] .flag-row').count()) > 0,
    'the desk with its flags',
  );
}

describe('a page that finishes loading late, in real Chromium', () => {
  test('nothing typed or set is lost; a changed article is offered; work after saving reaches the Library', async () => {
    version = 1;
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/start.html`);
    const { panel, cdp } = await openSidePanel(session);
    await panel.setViewportSize({ width: 320, height: 700 });
    await page.bringToFront();

    // The article is read while its slow picture is still loading.
    const started = Date.now();
    await page.goto(`${origin}/story.html`, { waitUntil: 'domcontentloaded' });
    await deskReady(panel);
    expect(Date.now() - started).toBeLessThan(DELAY_MS);
    expect(await reads(panel)).toBe(0);
    await screenshot(panel, 'desk-compact-top-320');

    // Work on the desk: a status, a save, a half-typed note, a scroll.
    const nightmare = row(panel, 'humanitarian nightmare');
    await chooseOnFlag(nightmare, 'Verified');
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByText('Saved.').waitFor();
    const grave = row(panel, 'grave humanitarian mistake');
    await chooseOnFlag(grave, 'note');
    await grave.getByRole('textbox', { name: 'Note on this flag' }).pressSequentially('Check the tweet from Sept');
    await panel.evaluate(() => window.scrollTo(0, 400));
    const scrolled = await panel.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);

    // The load completes; the panel reads the page again and keeps everything.
    await page.waitForLoadState('load');
    await waitFor(async () => (await reads(panel)) >= 1, 'the second reading after the late load', 10_000);
    expect(await grave.getByRole('textbox', { name: 'Note on this flag' }).inputValue()).toBe(
      'Check the tweet from Sept',
    );
    expect(await nightmare.getAttribute('data-status')).toBe('verified');
    await panel.getByText('Saved.').waitFor({ timeout: 1_000 });
    expect(await panel.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await panel.locator('.page-changed').count()).toBe(0);
    // The reloaded page's marks were drawn again.
    await waitFor(
      async () => ((await pageHighlights(page, session.worker)).quote?.length ?? 0) > 0,
      'marks after load',
    );

    // The compact desk at both panel widths, light and dark: axe-clean, and saved to look at.
    for (const width of [320, 420]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.setViewportSize({ width, height: 700 });
        await panel.emulateMedia({ colorScheme });
        expect(await runAxe(panel)).toEqual([]);
        await screenshot(panel, `desk-compact-${width}-${colorScheme}`);
      }
    }
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.emulateMedia({ colorScheme: 'light' });

    // Set after saving: the clipping follows, and says so.
    await grave.getByRole('textbox', { name: 'Note on this flag' }).pressSequentially('ember 2018 and the archive.');
    await grave.getByRole('button', { name: 'Save', exact: true }).click();
    await chooseOnFlag(grave, 'Disputed');
    await expect.poll(() => panel.locator('.sync').getAttribute('data-sync')).toBe('saved');
    expect(await panel.locator('.sync').innerText()).toContain('up to date');

    // A draft survives the panel being closed and opened again (here: reloaded).
    const eight = row(panel, '800,000');
    await chooseOnFlag(eight, 'note');
    await eight.getByRole('textbox', { name: 'Note on this flag' }).pressSequentially('UNHCR figure?');
    await panel.reload();
    await deskReady(panel);
    expect(await row(panel, '800,000').getByRole('textbox').inputValue()).toBe('UNHCR figure?');

    // The article changes on the server and the page is reloaded: offered, and the work is kept.
    version = 2;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await panel.locator('.page-changed').waitFor({ timeout: DELAY_MS + 10_000 });
    expect(await panel.locator('.page-changed').innerText()).toContain('The page changed: 1 quote added');
    expect(await row(panel, 'humanitarian nightmare').getAttribute('data-status')).toBe('verified');
    expect(await row(panel, '800,000').getByRole('textbox').inputValue()).toBe('UNHCR figure?');
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'late-page-changed');
    await panel.getByRole('button', { name: 'Show the new version' }).click();
    await waitFor(async () => (await row(panel, 'We will not leave our homes').count()) > 0, 'the new version');
    expect(await row(panel, 'humanitarian nightmare').getAttribute('data-status')).toBe('verified');
    expect(await row(panel, 'grave humanitarian mistake').getAttribute('data-status')).toBe('disputed');
    expect(await row(panel, '800,000').getByRole('textbox').inputValue()).toBe('UNHCR figure?');

    // The saved copy is of the earlier text: saving asks, and keeps it as a version apart.
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByRole('button', { name: 'Update saved copy' }).click();
    await panel.getByText('saved as a new version').waitFor();
    await expect.poll(() => panel.locator('.sync').getAttribute('data-sync')).toBe('saved');

    // The Library finds the clipping by the note set after saving, shows the statuses, and its Markdown has them.
    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    await panel.getByRole('searchbox', { name: 'Search clippings' }).fill('archive');
    // Both versions carry the note; the newest is listed first.
    await waitFor(
      async () => (await panel.locator('.clipping-open').count()) === 2,
      'the clippings found by their note',
    );
    await panel.locator('.clipping-open').first().click();
    const saved = panel.locator('.saved-flag', { hasText: 'grave humanitarian mistake' }).first();
    expect(await saved.locator('.status-badge').innerText()).toBe('Disputed');
    expect(await saved.locator('.saved-flag-note').innerText()).toBe(
      'Check the tweet from September 2018 and the archive.',
    );
    await panel.getByRole('button', { name: 'Show Markdown' }).click();
    expect(await panel.locator('pre.markdown').innerText()).toMatch(
      /\*\*disputed\*\* \(quote\) “grave humanitarian mistake[^\n]*— Check the tweet from September 2018 and the archive\./,
    );
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'late-clipping-flags', '.saved-flag[data-status="verified"]');

    await cdp.close();
    await session.close();
  });
});
