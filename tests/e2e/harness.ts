import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

/** The production Chrome build, exactly what a user loads (a bench may compare another build). */
export const EXTENSION_DIR = resolve(process.env.COPYDESK_EXTENSION ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve('tests/e2e/.artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/** Serves tests/fixtures on 127.0.0.1 and a random port. Images get a tiny placeholder so pages render. */
export async function serveFixtures(root = resolve('tests/fixtures')): Promise<{ origin: string; server: Server }> {
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
    'base64',
  );
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path);
    if (file.startsWith(root) && existsSync(file) && extname(file) === '.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(readFileSync(file));
    } else if (/\.(jpe?g|png)$/.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(pixel);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

export type Session = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close: () => Promise<void>;
};

/** Chromium with the built extension loaded, on a profile folder that can be reused to test a restart. */
export async function launch(profile = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'))): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--remote-debugging-port=0',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profile, close: () => context.close() };
}

/**
 * Opens the REAL side panel: sidePanel.open needs a user gesture, so a button in an
 * extension page calls it and Playwright clicks it. The panel is then reached through
 * a second CDP client, where it is an ordinary page.
 */
export async function openSidePanel(session: Session): Promise<{ panel: Page; cdp: Browser }> {
  const opener = await session.context.newPage();
  await opener.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await opener.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const win = await api.windows.getCurrent();
    const button = document.createElement('button');
    button.id = 'e2e-open-panel';
    button.textContent = 'Open side panel';
    // No await before open(): the user gesture must still be active.
    button.addEventListener('click', () => void api.sidePanel.open({ windowId: win.id }));
    document.body.prepend(button);
  });
  await opener.click('#e2e-open-panel');
  await waitFor(async () => {
    const contexts = await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
      return (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
    });
    return contexts > 0;
  }, 'side panel context');
  await opener.close();

  const port = (await readFile(join(session.profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  let panel: Page | undefined;
  await waitFor(async () => {
    panel = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(`chrome-extension://${session.extensionId}/sidepanel.html`));
    return !!panel;
  }, 'side panel page over CDP');
  return { panel: panel!, cdp };
}

type ChromeLike = {
  windows: { getCurrent: () => Promise<{ id: number }> };
  sidePanel: { open: (o: { windowId: number }) => Promise<void> };
  runtime: { getContexts: (f: { contextTypes: string[] }) => Promise<unknown[]> };
};

/** Polls until `check` is true, failing with `what` after `ms`. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the panel's desk is ready on a page whose title contains `title`. */
export async function deskReady(panel: Page, title: string, ms = 60_000): Promise<void> {
  await waitFor(
    async () =>
      (
        await panel
          .locator('.page-view[data-desk="ready"] .article-title')
          .innerText()
          .catch(() => '')
      ).includes(title),
    `desk for "${title}"`,
    ms,
  );
}

/**
 * Saves what the panel shows (its viewport, optionally scrolled to `scrollTo`) under the
 * git-ignored artifacts folder. Full-page capture tiles the viewport in a side panel.
 */
export async function screenshot(page: Page, name: string, scrollTo?: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
  await page.screenshot({ path });
  return path;
}

/**
 * The desk's marks in the page's CSS.highlights (main world: the registry belongs to the
 * document), as text by kind. The names are random per page, so the highlighter is asked
 * for them from the service worker, as the panel asks; a name of the page's own is listed
 * under `page:<name>`.
 */
export async function pageHighlights(page: Page, worker: Worker): Promise<Record<string, string[]>> {
  const names = await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: TabsLike }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return {};
    try {
      const reply = await api.tabs.sendMessage(tab.id, { type: 'highlighter/ping' });
      return (reply as { names?: Record<string, string> }).names ?? {};
    } catch {
      return {};
    }
  }, page.url());
  const kindOf = new Map(Object.entries(names).map(([kind, name]) => [name, kind]));
  const byName = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    registry.forEach((highlight, name) => {
      out[name] = [...highlight].map((r) => r.toString());
    });
    return out;
  });
  return Object.fromEntries(Object.entries(byName).map(([name, texts]) => [kindOf.get(name) ?? `page:${name}`, texts]));
}

type TabsLike = {
  tabs: {
    query: (q: object) => Promise<Array<{ id?: number; url?: string }>>;
    sendMessage: (id: number, m: object) => Promise<unknown>;
  };
};

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

/** Runs axe-core in a page (evaluated over CDP, so the extension's CSP does not stand in the way). */
export async function runAxe(page: Page): Promise<AxeResult['violations']> {
  const source = await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => ({ target: n.target })),
  }));
}

/**
 * Chooses from a flag's status menu: a status by name ('Verified', 'Disputed', 'Needs source',
 * 'Unchecked') or 'note' to open its note. Waits for the menu to close, its end state.
 */
export async function chooseOnFlag(
  row: Locator,
  choice: 'Verified' | 'Disputed' | 'Needs source' | 'Unchecked' | 'note',
) {
  await row.locator('.status-menu-button').click();
  const item =
    choice === 'note'
      ? row.getByRole('menuitem', { name: /note$/ })
      : row.getByRole('menuitemradio', { name: choice, exact: true });
  await item.click();
  await row.getByRole('menu').waitFor({ state: 'detached', timeout: 15_000 });
}
