import { readFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseOnFlag, deskReady, launch, openSidePanel, pageHighlights, runAxe, screenshot, waitFor } from './harness';

const story = readFileSync(resolve('tests/fixtures/wire-story.html'), 'utf8');
const harbour = readFileSync(resolve('tests/fixtures/cli/harbour.html'), 'utf8');
const EDITED_FROM = 'Rebels say the result of an attack will be bloodshed.';
const EDITED_TO = 'Rebels say the outcome of an attack would be bloodshed.';
const GONE = 'Idlib is the last remaining rebel-held part of Syria';

/** The story as first published, then edited slightly: one sentence reworded, one paragraph cut. */
const versions = {
  1: story,
  2: story.replace(EDITED_FROM, EDITED_TO).replace(/<p>Idlib is the last remaining[^]*?<\/p>\n/, ''),
};
let version: 1 | 2 = 1;

/** A single-page site: one click changes the address at once and the article a moment later, without a load. */
const spa = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes | Coast Courier</title></head>
<body><main id="app"><article><h1>Ferry timetable changes from Monday</h1>
${'<p>The island ferry will leave at 7.15am instead of 7am from Monday, the operator said. “We listened to commuters,” said Ann Lee, its manager, adding that 1,200 people use the early boat.</p>'.repeat(4)}
</article></main><button id="next" type="button">Next story</button>
<script>document.getElementById('next').addEventListener('click', () => {
  history.pushState({}, '', '/spa/second');
  setTimeout(() => {
  document.title = 'Lighthouse keeper retires | Coast Courier';
  document.getElementById('app').innerHTML = '<article><h1>Lighthouse keeper retires after 40 years</h1>' +
    '<p>The last keeper of the Point Lamb lighthouse retired on Friday after 40 years, the trust said. “It was a good life,” said Tom Reyes, 67.</p>'.repeat(4) + '</article>';
  }, 400);
});</script></body></html>`;

let origin: string;
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body =
      path === '/story.html'
        ? versions[version]
        : path === '/harbour.html'
          ? harbour
          : path.startsWith('/spa')
            ? spa
            : null;
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

type ChromeApi = {
  tabs: { query: (q: object) => Promise<{ id: number }[]> };
  runtime: { sendMessage: (m: object) => Promise<unknown> };
};

async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
  });
}

/** What the background sends the panel for the context menu item and the shortcuts. */
async function relay(worker: Worker, command: 'annotate' | 'save', tabId: number): Promise<void> {
  await worker.evaluate(
    ([c, id]) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'desk/command',
        command: c,
        tabId: id,
      }),
    [command, tabId] as const,
  );
}

function row(panel: Page, text: string) {
  return panel.locator('.flag-row', { hasText: text }).first();
}

describe('the desk in real Chromium', () => {
  test('locate, statuses and notes across a restart, keyboard, axe, screenshots', async () => {
    version = 1;
    const profile = mkdtempSync(join(tmpdir(), 'copydesk-desk-'));
    let session = await launch(profile);
    const page = await session.context.newPage();
    await page.goto(`${origin}/story.html`);
    let { panel, cdp } = await openSidePanel(session);
    await panel.setViewportSize({ width: 320, height: 760 });
    await page.bringToFront();
    await deskReady(panel, 'Idlib');

    // Every flag kind is drawn on the page, each under its own name, and the DOM is untouched.
    const before = await page.evaluate(() => document.body.innerHTML);
    await waitFor(
      async () => ((await pageHighlights(page, session.worker)).quote?.length ?? 0) > 0,
      'quote highlights',
    );
    const drawn = await pageHighlights(page, session.worker);
    expect(drawn.quote!.some((t) => t.includes('humanitarian nightmare'))).toBe(true);
    expect(drawn.figure!.some((t) => t.includes('800,000'))).toBe(true);

    // Click-to-locate: the focus highlight covers exactly that quote's words.
    const nightmare = row(panel, 'humanitarian nightmare');
    await nightmare.locator('.flag-finding').click();
    await waitFor(async () => !!(await pageHighlights(page, session.worker)).focus, 'focus highlight');
    const [focused] = (await pageHighlights(page, session.worker)).focus!;
    expect(focused).toContain('unleash a humanitarian nightmare');
    await screenshot(page, 'desk-page-highlights');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

    // Hiding a kind removes its highlight; showing it brings it back.
    await panel.getByRole('checkbox', { name: 'Figures' }).uncheck();
    await waitFor(async () => !(await pageHighlights(page, session.worker)).figure, 'figures hidden');
    await panel.getByRole('checkbox', { name: 'Figures' }).check();
    await waitFor(async () => !!(await pageHighlights(page, session.worker)).figure, 'figures shown');

    // Status by click, a note, then by keys on the next flag.
    const total = await panel.locator('.flag-row').count();
    await chooseOnFlag(nightmare, 'Verified');
    await chooseOnFlag(nightmare, 'note');
    await nightmare.getByRole('textbox', { name: 'Note on this flag' }).fill('Checked against the Reuters wire.');
    await nightmare.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.locator('.progress-label').innerText()).toBe(`1 of ${total} checked`);
    await nightmare.focus();
    await panel.keyboard.press('j');
    const next = panel.locator('.flag-row.current');
    await expect.poll(() => next.getAttribute('data-nav')).not.toBe(await nightmare.getAttribute('data-nav'));
    await panel.keyboard.press('d');
    await expect.poll(() => next.getAttribute('data-status')).toBe('disputed');
    await panel.keyboard.press('u');
    await expect.poll(() => next.getAttribute('data-status')).toBe('unchecked');
    await panel.keyboard.press('n');
    await expect.poll(() => panel.locator('.progress-label').innerText()).toBe(`2 of ${total} checked`);
    expect(await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

    // Left to check: the checked flags go once the editor moves on.
    await panel.getByRole('button', { name: /Left to check/ }).click();
    await panel.keyboard.press('j');
    await expect.poll(() => panel.locator('.flag-row').count()).toBe(total - 2);
    await panel.getByRole('button', { name: /Left to check/ }).click();

    // Axe in light and dark, and the screenshots to look at.
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'desk-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'desk-dark');
    await panel.emulateMedia({ colorScheme: 'light' });

    // The status menu open: keyboard-opened on the current status, axe-clean in light and dark, Escape closes it.
    const menuButton = nightmare.locator('.status-menu-button');
    await menuButton.focus();
    await panel.keyboard.press('Enter');
    const menu = nightmare.getByRole('menu');
    await menu.waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-checked'))).toBe('true');
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'desk-status-menu-light', '.status-menu-list');
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'desk-status-menu-dark', '.status-menu-list');
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await nightmare.getAttribute('data-status')).toBe('verified');

    // The save shortcut (relayed by the background like the menu and keys) keeps the desk with the clipping.
    const commands = await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll: () => Promise<{ name: string }[]> } } }).chrome.commands
        .getAll()
        .then((all) => all.map((c) => c.name)),
    );
    expect(commands).toEqual(expect.arrayContaining(['annotate-selection', 'save-clipping']));
    const tabId = await activeTabId(session.worker);
    await relay(session.worker, 'save', tabId);
    await panel.getByText('Saved.').waitFor();

    await cdp.close();
    await session.close();

    // A restart on the same profile: the page comes back with its statuses and note.
    session = await launch(profile);
    const again = await session.context.newPage();
    await again.goto(`${origin}/story.html`);
    ({ panel, cdp } = await openSidePanel(session));
    await again.bringToFront();
    await deskReady(panel, 'Idlib');
    const restored = row(panel, 'humanitarian nightmare');
    await expect.poll(() => restored.getAttribute('data-status')).toBe('verified');
    expect(await restored.locator('.flag-note').innerText()).toBe('Checked against the Reuters wire.');
    expect(await panel.locator('.progress-label').innerText()).toBe(`2 of ${total} checked`);
    // The saved clipping's Markdown carries the statuses and the note.
    await panel.getByRole('button', { name: 'Library' }).click();
    await panel.locator('.clipping-open').first().click();
    await panel.getByRole('button', { name: 'Show Markdown' }).click();
    const markdown = await panel.locator('pre.markdown').innerText();
    expect(markdown).toContain('## Annotations');
    expect(markdown).toMatch(
      /- \*\*verified\*\* \(quote\) “unleash a humanitarian nightmare[^\n]*— Checked against the Reuters wire\./,
    );
    await cdp.close();
    await session.close();
  });

  test('annotations from a real selection, re-anchored after an edit, orphans, tabs and a single-page site', async () => {
    version = 1;
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/story.html`);
    const { panel, cdp } = await openSidePanel(session);
    await panel.setViewportSize({ width: 320, height: 760 });
    await page.bringToFront();
    await deskReady(panel, 'Idlib');

    // A triple click selects a paragraph, as an editor would; the panel button annotates it.
    await page.getByText(EDITED_FROM).click({ clickCount: 3 });
    await panel.getByRole('button', { name: 'Annotate selection' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill('Who are the rebels quoted here?');
    await panel.getByRole('textbox', { name: /Tags/ }).fill('sourcing, follow-up');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.locator('#annotations .annotation').first().waitFor();

    // The second through the background's relay, as the context menu and the shortcut send it.
    await page.getByText(GONE).click({ clickCount: 3 });
    await relay(session.worker, 'annotate', await activeTabId(session.worker));
    await panel.getByRole('textbox', { name: 'Note' }).fill('Still true?');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.locator('#annotations .annotation').count()).toBe(2);
    await waitFor(
      async () => (await pageHighlights(page, session.worker)).annotation?.length === 2,
      'two annotation marks',
    );
    expect((await pageHighlights(page, session.worker)).annotation!.some((t) => t.includes(EDITED_FROM))).toBe(true);
    expect(await panel.locator('#annotations .tag').allInnerTexts()).toEqual(['sourcing', 'follow-up']);
    await screenshot(panel, 'desk-annotations', '#annotations');

    // The story is edited: one annotation follows the reworded sentence, the other is orphaned, with its text.
    version = 2;
    await page.reload();
    // The panel offers the edited story and keeps the work on screen until the editor takes it.
    await panel.getByRole('button', { name: 'Show the new version' }).click();
    await waitFor(async () => (await panel.locator('#orphans .annotation').count()) === 1, 'orphan shown');
    expect(await panel.locator('#orphans .annotation-text').first().innerText()).toContain(GONE);
    expect(await panel.locator('#annotations .annotation-text').first().innerText()).toContain('outcome of an attack');
    await waitFor(
      async () => (await pageHighlights(page, session.worker)).annotation?.length === 1,
      're-anchored mark',
    );
    expect((await pageHighlights(page, session.worker)).annotation![0]).toContain('outcome of an attack would be');
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'desk-orphans', '#orphans');
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'desk-orphans-dark', '#orphans');
    await panel.emulateMedia({ colorScheme: 'light' });

    // Delete offers undo; edit changes the note.
    const kept = panel.locator('#annotations .annotation').first();
    await kept.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => panel.locator('#annotations .annotation').count()).toBe(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.locator('#annotations .annotation').count()).toBe(1);
    await kept.getByRole('button', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill('Rebel commander, FSA: named below.');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await kept.locator('.annotation-note').innerText()).toBe('Rebel commander, FSA: named below.');

    // Another tab: its own article and no annotations; the story's marks leave the story's page.
    const other = await session.context.newPage();
    await other.goto(`${origin}/harbour.html`);
    await other.bringToFront();
    await deskReady(panel, 'Harbour');
    expect(await panel.locator('#annotations .annotation').count()).toBe(0);
    expect(await panel.locator('#orphans').count()).toBe(0);
    await waitFor(
      async () => Object.keys(await pageHighlights(page, session.worker)).length === 0,
      'story marks cleared',
    );
    // Back: that tab's desk again, with its edited note.
    await page.bringToFront();
    await deskReady(panel, 'Idlib');
    await expect
      .poll(() => panel.locator('#annotations .annotation-note').first().innerText())
      .toBe('Rebel commander, FSA: named below.');
    await waitFor(async () => !!(await pageHighlights(page, session.worker)).annotation, 'story marks back');

    // A single-page site swaps its article and address without a load: no stale article.
    await other.goto(`${origin}/spa/first`);
    await other.bringToFront();
    await deskReady(panel, 'Ferry timetable');
    await other.click('#next');
    await deskReady(panel, 'Lighthouse keeper');
    expect(await panel.locator('.page-view').getAttribute('data-url')).toBe(`${origin}/spa/second`);
    expect(await panel.locator('.page-view').innerText()).not.toContain('Ferry');
    await screenshot(panel, 'desk-spa');

    await cdp.close();
    await session.close();
  });
});
