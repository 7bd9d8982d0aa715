import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { launch, openSidePanel, screenshot, serveFixtures, waitFor, type Session } from './harness';

let origin: string;
let server: Server;
const profile = mkdtempSync(join(tmpdir(), 'copydesk-e2e-profile-'));
const downloads = mkdtempSync(join(tmpdir(), 'copydesk-e2e-downloads-'));

beforeAll(async () => {
  ({ origin, server } = await serveFixtures());
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

async function section(panel: Page, id: string) {
  const count = Number(await panel.locator(`#${id} > summary .count`).getAttribute('data-count'));
  const items = await panel.locator(`#${id} .finding`).allInnerTexts();
  return { count, items };
}

describe('side panel in real Chromium', () => {
  test('analyzes, follows tabs, saves, survives a restart and exports Markdown', async () => {
    let session: Session = await launch(profile);
    const article = await session.context.newPage();
    await article.goto(`${origin}/wire-story.html`);
    const { panel, cdp } = await openSidePanel(session);

    // The panel follows the active tab of its window.
    await article.bringToFront();
    await panel.locator('.page-view .article-title').waitFor();
    expect(await panel.locator('.article-title').innerText()).toBe(
      'UN Secretary General Urges Assad To Call Off Idlib Attack',
    );
    expect(await panel.locator('[data-field="byline"]').innerText()).toBe('Sam Writer');
    expect(await panel.locator('[data-field="site"]').innerText()).toBe('The Wire Desk');
    expect(await panel.locator('[data-field="published"]').innerText()).toMatch(/2018/);
    expect(await panel.locator('[data-field="length"]').innerText()).toMatch(/\d+ words · \d+ min read/);

    const quotes = await section(panel, 'quotes');
    expect(quotes.count).toBe(quotes.items.length);
    expect(quotes.items.some((q) => q.includes('humanitarian nightmare') && q.includes('Antonio Guterres'))).toBe(true);
    expect(quotes.items.some((q) => q.includes('befall us') && q.includes('Mustafa Sejari'))).toBe(true);
    const figures = await section(panel, 'figures');
    expect(figures.items.some((f) => f.includes('800,000'))).toBe(true);
    const credits = await section(panel, 'credits');
    await screenshot(panel, 'panel-wire-story');
    await screenshot(panel, 'panel-wire-story-figures', '#figures');
    await screenshot(panel, 'panel-wire-story-credits', '#credits');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'panel-wire-story-dark', '#quotes');
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(credits.count).toBe(2);
    expect(credits.items.every((c) => c.includes('PA'))).toBe(true);

    // A page that is not an article says so, and can still be analyzed.
    const home = await session.context.newPage();
    await home.goto(`${origin}/not-article.html`);
    await home.bringToFront();
    await panel.getByText('This page does not look like an article').waitFor();
    expect(await panel.locator('.page-view').count()).toBe(0);
    await screenshot(panel, 'panel-not-article');
    await panel.getByRole('button', { name: 'Analyze anyway' }).click();
    await panel.locator('.page-view .article-title').waitFor();
    expect(await panel.locator('.article-title').innerText()).not.toContain('Idlib');

    // Back to the story: its own analysis, nothing left from the other page.
    await article.bringToFront();
    await waitFor(
      async () => (await panel.locator('.article-title').innerText()).includes('Idlib'),
      'wire story again',
    );
    expect(await panel.locator('.page-view').getAttribute('data-url')).toBe(`${origin}/wire-story.html`);

    // Browser pages are refused with a reason.
    const internal = await session.context.newPage();
    await internal.goto('chrome://version').catch(() => undefined);
    await internal.bringToFront();
    await panel.getByText('Copydesk can’t read this page').waitFor();
    expect(await panel.locator('[data-problem]').getAttribute('data-problem')).toBe('browser-page');
    await internal.close();
    await article.bringToFront();
    await panel.locator('.page-view .article-title').waitFor();

    // Saved once, the page's clipping is kept up to date: no second save, so no silent duplicate.
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByText('Saved.').waitFor();
    expect(await panel.locator('.sync').innerText()).toContain('In the Library, up to date');
    expect(await panel.getByRole('button', { name: 'Save clipping' }).count()).toBe(0);
    await screenshot(panel, 'panel-saved');

    await cdp.close();
    await session.close();

    // Same profile after a restart: the clipping is still in the library.
    session = await launch(profile);
    const again = await openSidePanel(session);
    const p2 = again.panel;
    await p2.getByRole('button', { name: 'Library' }).click();
    await p2.locator('.clipping-row').first().waitFor();
    expect(await p2.locator('.clipping-row').count()).toBe(1);
    expect(await p2.locator('.clipping-title').first().innerText()).toContain('Idlib');
    await screenshot(p2, 'library');

    await p2.locator('.clipping-open').first().click();
    await p2.locator('.clipping-view').waitFor();
    const cdpSession = await again.cdp.newBrowserCDPSession();
    await cdpSession.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await p2.getByRole('button', { name: 'Export Markdown' }).click();
    await waitFor(() => readdirSync(downloads).some((f) => f.endsWith('.md')), 'Markdown download');
    const file = readdirSync(downloads).find((f) => f.endsWith('.md'))!;
    const markdown = readFileSync(join(downloads, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
    expect(front).not.toBeNull();
    const meta = YAML.parse(front![1]!) as Record<string, unknown>;
    expect(meta.title).toBe('UN Secretary General Urges Assad To Call Off Idlib Attack');
    expect(String(meta.source)).toBe(`${origin}/wire-story.html`);
    expect(markdown).toContain('## Quotes');
    expect(markdown).toContain('Antonio Guterres');
    expect(markdown).toContain('800,000');
    await p2.getByRole('button', { name: 'Show Markdown' }).click();
    expect(await p2.locator('pre.markdown').innerText()).toContain('## Quotes');
    await screenshot(p2, 'clipping');

    // Delete offers undo, and undo brings it back.
    await p2.getByRole('button', { name: 'Delete', exact: true }).click();
    await p2.getByText('No clippings yet').waitFor();
    await p2.getByRole('button', { name: 'Undo' }).click();
    await p2.locator('.clipping-row').first().waitFor();
    expect(await p2.locator('.clipping-row').count()).toBe(1);

    await again.cdp.close();
    await session.close();
  });
});
