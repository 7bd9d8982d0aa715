import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, openSidePanel, pageHighlights, screenshot, serveFixtures, waitFor } from './harness';

let origin: string;
let server: Server;

beforeAll(async () => {
  ({ origin, server } = await serveFixtures());
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('hostile page content', () => {
  test('script, event-handler and javascript: payloads run nowhere in the panel or the library', async () => {
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/hostile.html`);
    const { panel, cdp } = await openSidePanel(session);
    const refused: string[] = [];
    panel.on('console', (m) => {
      // The extension CSP would refuse a handler that slipped through; there must be none to refuse.
      if (/Refused to (execute|load|run)/i.test(m.text())) refused.push(m.text());
    });
    await page.bringToFront();
    await panel.locator('.page-view .article-title').waitFor();
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByText('Saved.').waitFor();
    await panel.getByRole('button', { name: 'Open in Library' }).click();
    await panel.locator('.clipping-view').waitFor();
    await panel.locator('.section.body summary').click();
    await panel.locator('.article-body p').first().waitFor();
    await panel.getByRole('button', { name: 'Show Markdown' }).click();
    await panel.waitForTimeout(500);

    const report = await panel.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        pwned: (window as unknown as { __copydeskPwned?: unknown }).__copydeskPwned ?? null,
        pageScript: (window as unknown as { __pageScriptRan?: unknown }).__pageScriptRan ?? null,
        title: document.title,
        handlers: all.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => /^on/i.test(a.name))
            .map((a) => `${el.tagName}[${a.name}]`),
        ),
        scripts: document.querySelectorAll('.app script, .app iframe, .app object, .app embed').length,
        badLinks: Array.from(document.querySelectorAll('a[href]'))
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
        bodyText: document.querySelector('.article-body')?.textContent ?? '',
      };
    });
    await screenshot(panel, 'hostile-clipping');
    await screenshot(panel, 'hostile-credits', '#credits');
    expect(report.pwned).toBeNull();
    expect(report.pageScript).toBeNull();
    expect(report.title).toBe('Copydesk');
    expect(report.handlers).toEqual([]);
    expect(report.scripts).toBe(0);
    expect(report.badLinks).toEqual([]);
    // The article itself survived sanitizing, with escaped text shown as text.
    expect(report.bodyText).toContain('harbour plan');
    expect(report.bodyText).toContain('<script>alert("text payload")</script>');
    expect(refused).toEqual([]);
    await cdp.close();
    await session.close();
  });
  // Regression: a page naming another site's saved article as its canonical was offered
  // "Update saved copy" over it, and a javascript: canonical was stored and exported.
  test('a canonical link to another site neither claims the saved article nor is kept', async () => {
    const session = await launch();
    const port = new URL(origin).port;
    const original = await session.context.newPage();
    await original.goto(`http://localhost:${port}/wire-story.html`);
    const { panel, cdp } = await openSidePanel(session);
    await original.bringToFront();
    await panel.locator('.page-view .article-title').waitFor();
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByText('Saved.').waitFor();

    const claim = await session.context.newPage();
    await claim.goto(`${origin}/canonical-claim.html`);
    await claim.bringToFront();
    await panel.locator(`.page-view[data-url="${origin}/canonical-claim.html"] .article-title`).waitFor();
    await panel.getByText(/Ignored the page's canonical link .*on another site/).waitFor();
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByText('Saved.').waitFor();
    expect(await panel.getByText('You saved this page on').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Update saved copy' }).count()).toBe(0);
    await cdp.close();
    await session.close();
  });
  // Regression: CSS.highlights is the page's too; a page that registered `copydesk-quote`
  // itself replaced the desk's quote marks, and could read every mark by its fixed name.
  test('the page can neither claim the names of the desk marks nor wipe them for good', async () => {
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/highlight-thief.html`);
    const { panel, cdp } = await openSidePanel(session);
    await page.bringToFront();
    await panel.locator('.page-view[data-desk="ready"] .flag-row').first().waitFor();
    const marked = async () => (await pageHighlights(page, session.worker)).quote?.length ?? 0;
    await waitFor(async () => (await marked()) > 0, 'quote marks despite the page claiming copydesk-quote');
    const drawn = await pageHighlights(page, session.worker);
    expect(drawn.quote!.some((t) => t.includes('humanitarian nightmare'))).toBe(true);
    // The page's own claims are left as they were (empty), and none of ours is guessable.
    expect(drawn['page:copydesk-quote']).toEqual([]);
    const ours = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter(
        (n) => !n.startsWith('copydesk-'),
      ),
    );
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const name of ours) expect(name).toMatch(/^h[0-9a-f]{24}$/);

    // The page replaces every mark it can see with an empty one, then clears the registry: both come back.
    // Counted in the same task as the wipe: the desk may put its marks back before a later read.
    const wipe = await page.evaluate(() =>
      (window as unknown as { __wipeMarks: () => { wiped: number; left: number } }).__wipeMarks(),
    );
    expect(wipe.wiped).toBeGreaterThan(0);
    expect(wipe.left).toBe(0);
    await waitFor(async () => (await marked()) > 0, 'marks put back after the page replaced them', 3000);
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
    await waitFor(async () => (await marked()) > 0, 'marks put back after the page cleared them', 3000);
    await cdp.close();
    await session.close();
  });
});
