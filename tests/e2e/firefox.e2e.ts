import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, serveFixtures } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const OUTPUT = resolve('.output');
const GECKO_ID = 'copydesk@copydesk.invalid';

let origin: string;
let server: Server;
let browser: Browser;
// A fixed internal UUID lets the test open the extension's own page.
const uuid = randomUUID();

beforeAll(async () => {
  ({ origin, server } = await serveFixtures());
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
});

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
    await panel!.click('#quotes .flag-row .status-button.verified');
    await panel!.waitForFunction(
      (n) => document.querySelector('.progress-label')?.textContent === `1 of ${n} checked`,
      {},
      rows,
    );
    // And the page shows them with CSS highlights, its DOM untouched.
    await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, {
      timeout: 10_000,
    });
    const names = await article.evaluate(() => [
      ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
    ]);
    expect(names).toEqual(expect.arrayContaining(['copydesk-quote', 'copydesk-figure']));
    mkdirSync(ARTIFACTS, { recursive: true });
    await panel!.screenshot({ path: join(ARTIFACTS, 'firefox-panel.png') as `${string}.png`, fullPage: true });
  });
});
