import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, serveFixtures } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const OUTPUT = resolve('.output');
const GECKO_ID = 'copydesk@copydesk.invalid';

let origin: string;
let server: Server;
/** Serves the wire story with one picture that arrives late, so the page's load completes late. */
let slowOrigin: string;
let slowServer: Server;
const LATE_MS = 3_000;
let browser: Browser;
// A fixed internal UUID lets the test open the extension's own page.
const uuid = randomUUID();

beforeAll(async () => {
  ({ origin, server } = await serveFixtures());
  const story = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8').replace(
    '</body>',
    '<img src="/slow.png" width="1" height="1" alt=""></body>',
  );
  slowServer = createServer((req, res) => {
    if (req.url?.startsWith('/slow.png')) setTimeout(() => res.writeHead(404).end(), LATE_MS);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story);
  });
  await new Promise<void>((ok) => slowServer.listen(0, '127.0.0.1', ok));
  const address = slowServer.address();
  slowOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // The packaged Firefox build (wxt zip -b firefox), installed into the profile as a user's add-on
  // would be, so the extension exists before the first window opens.
  const xpi = readdirSync(OUTPUT).find((f) => f.endsWith('-firefox.zip'));
  if (!xpi) throw new Error('Package the Firefox build first: npm run zip:firefox');
  const profile = mkdtempSync(join(tmpdir(), 'copydesk-ff-'));
  mkdirSync(join(profile, 'extensions'));
  copyFileSync(join(OUTPUT, xpi), join(profile, 'extensions', `${GECKO_ID}.xpi`));
  browser = await puppeteer.launch({
    userDataDir: profile,
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver may not navigate to an extension page, but Firefox may start on one.
    args: [`moz-extension://${uuid}/sidepanel.html`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Firefox ESR honours these; release builds would demand a signed package.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  await new Promise<void>((ok) => slowServer.close(() => ok()));
});

/** A click as the page sees it: the panel sits in a background tab, where synthetic input can stall. */
/**
 * waitForFunction checks on animation frames by default, and a page in a background tab
 * (the panel page while the article is in front) may draw none: check on a timer instead.
 */
const POLL_MS = 100;

async function press(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 10_000 });
  await page.$eval(selector, (el) => (el as HTMLElement).click());
}

/** Chooses an item (a status, or the note) from the status menu of the flag `row` selects. */
async function choose(page: Page, row: string, item: string): Promise<void> {
  await press(page, `${row} .status-menu-button`);
  await press(page, `${row} [role="menu"] ${item}`);
  await page.waitForFunction(
    (r) => !document.querySelector(`${r} [role="menu"]`),
    { timeout: 10_000, polling: 100 },
    row,
  );
}

async function panelPage(): Promise<Page> {
  const panel = (await browser.pages()).find((p) => p.url().startsWith(`moz-extension://${uuid}/`));
  if (!panel) throw new Error('no panel page');
  return panel;
}

describe('Firefox build', () => {
  test('the sidebar page analyzes a served article and shows the three lists', async () => {
    const pages = await browser.pages();
    const panel = pages.find((p) => p.url().startsWith(`moz-extension://${uuid}/`));
    expect(panel, pages.map((p) => p.url()).join(', ')).toBeDefined();
    await panel!.waitForSelector('.tabs');
    // Opened as a tab, the panel follows the other tabs of its window: open the article beside it.
    const article = await browser.newPage();
    await article.goto(`${origin}/wire-story.html`);
    // The lists come once the page's saved checks are back (the desk is ready).
    await panel!.waitForSelector('.page-view[data-desk="ready"] .lists', { timeout: 20_000 });
    const title = await panel!.$eval('.article-title', (el) => el.textContent);
    expect(title).toBe('UN Secretary General Urges Assad To Call Off Idlib Attack');
    const counts = await panel!.$$eval('.lists .section > summary .count', (els) =>
      els.map((el) => Number(el.getAttribute('data-count'))),
    );
    expect(counts).toHaveLength(3);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    const quotes = await panel!.$$eval('#quotes .finding', (els) => els.map((el) => el.textContent ?? ''));
    expect(quotes.some((q) => q.includes('Antonio Guterres'))).toBe(true);

    // The desk: every flag has its status controls and the progress counts them.
    const rows = await panel!.$$eval('.flag-row', (els) => els.length);
    expect(rows).toBe(counts.reduce((a, b) => a + b, 0));
    expect(await panel!.$eval('.progress-label', (el) => el.textContent)).toBe(`0 of ${rows} checked`);
    // One status control per flag: its menu sets the status.
    await choose(panel!, '#quotes .flag-row:nth-of-type(1)', '.status-item.verified');
    await panel!.waitForFunction(
      (n) => document.querySelector('.progress-label')?.textContent === `1 of ${n} checked`,
      { polling: POLL_MS },
      rows,
    );
    // And the page shows them with CSS highlights, its DOM untouched.
    await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, {
      polling: POLL_MS,
      timeout: 10_000,
    });
    const names = await article.evaluate(() => [
      ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
    ]);
    // Random names the page could not have guessed (one per kind shown: quotes, figures, credits).
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(name).toMatch(/^h[0-9a-f]{24}$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await panel!.screenshot({ path: join(ARTIFACTS, 'firefox-panel.png') as `${string}.png`, fullPage: true });
  });

  test('the core path: a status and a note, save, found in the Library, Markdown; a late load loses nothing', async () => {
    const panel = await panelPage();
    const article = await browser.newPage();
    await article.goto(`${slowOrigin}/story.html`, { waitUntil: 'domcontentloaded' });
    await panel.waitForSelector(`.page-view[data-url="${slowOrigin}/story.html"][data-desk="ready"] .flag-row`, {
      timeout: 20_000,
    });
    // A status, a saved note, then a note still being typed when the late picture arrives.
    const first = '#quotes .flag-row:nth-of-type(1)';
    await choose(panel, first, '.status-item.verified');
    await choose(panel, first, '.note-item');
    await panel.type(`${first} textarea`, 'Matches the Reuters wire');
    await press(panel, `${first} .note-editor button[type="submit"]`);
    await press(panel, '.save-bar button.primary');
    await panel.waitForSelector('.sync[data-sync="saved"]');
    const second = '#quotes .flag-row:nth-of-type(2)';
    await choose(panel, second, '.status-item.disputed');
    await choose(panel, second, '.note-item');
    await panel.type(`${second} textarea`, 'Ask the ministry');
    await article.waitForFunction(() => document.readyState === 'complete', {
      polling: POLL_MS,
      timeout: LATE_MS + 10_000,
    });
    await panel.waitForFunction(() => Number(document.querySelector('.page-view')?.getAttribute('data-reads')) >= 1, {
      polling: POLL_MS,
      timeout: 10_000,
    });
    expect(await panel.$eval(`${second} textarea`, (el) => (el as HTMLTextAreaElement).value)).toBe('Ask the ministry');
    expect(await panel.$eval(first, (el) => el.getAttribute('data-status'))).toBe('verified');
    await panel.type(`${second} textarea`, ' about the quote');
    await press(panel, `${second} .note-editor button[type="submit"]`);
    await panel.waitForSelector('.sync[data-sync="saved"]');

    // The Library finds the clipping by the note set after saving; its view and Markdown carry it.
    await press(panel, '.tabs button:nth-child(2)');
    await panel.type('input[aria-label="Search clippings"]', 'ministry');
    await panel.waitForFunction(() => document.querySelectorAll('.clipping-open').length === 1, {
      polling: POLL_MS,
      timeout: 10_000,
    });
    await press(panel, '.clipping-open');
    await panel.waitForSelector('.saved-flag .status-badge.disputed');
    expect(
      await panel.$eval('.saved-flag .status-badge.disputed', (el) => el.closest('.saved-flag')?.textContent),
    ).toContain('Ask the ministry about the quote');
    await panel.$$eval('button', (buttons) => buttons.find((b) => b.textContent === 'Show Markdown')?.click());
    await panel.waitForSelector('pre.markdown');
    const markdown = await panel.$eval('pre.markdown', (el) => el.textContent ?? '');
    expect(markdown).toMatch(/\*\*verified\*\* \(quote\)[^\n]*— Matches the Reuters wire/);
    expect(markdown).toMatch(/\*\*disputed\*\* \(quote\)[^\n]*— Ask the ministry about the quote/);
    await panel.screenshot({ path: join(ARTIFACTS, 'firefox-clipping.png') as `${string}.png` });
  });
});
