import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseOnFlag, deskReady, launch, openSidePanel, waitFor } from './harness';

const PARAGRAPH =
  '<p>The island ferry will leave at 7.15am instead of 7am from Monday, the operator said. “We listened to commuters,” said Ann Lee, its manager, adding that 1,200 people use the early boat.</p>';

/**
 * A single-page site that changes its address on a timer (as some do on scroll) without
 * changing its story, then moves to another story.
 */
const spa = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes | Coast Courier</title></head>
<body><main id="app"><article><h1>Ferry timetable changes from Monday</h1>${PARAGRAPH.repeat(4)}</article></main>
<script>
window.__storm = (n, ms) => new Promise((done) => {
  let i = 0;
  const timer = setInterval(() => {
    history.pushState({}, '', '/spa/ferry?p=' + ++i);
    if (i === n) { clearInterval(timer); done(i); }
  }, ms);
});
window.__nextStory = () => {
  document.title = 'Lighthouse keeper retires | Coast Courier';
  document.getElementById('app').innerHTML = '<article><h1>Lighthouse keeper retires after 40 years</h1>' +
    '<p>The last keeper of the Point Lamb lighthouse retired on Friday after 40 years, the trust said. “It was a good life,” said Tom Reyes, 67.</p>'.repeat(4) + '</article>';
  history.pushState({}, '', '/spa/lighthouse');
};
</script></body></html>`;

let origin: string;
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/spa')) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(spa);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('a single-page site', () => {
  // Regression: a page calling history.pushState every second had the panel read the whole page every second.
  test('new addresses with the same story keep the desk as it is; a new story is read once it settles', async () => {
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/spa/ferry`);
    const { panel, cdp } = await openSidePanel(session);
    await page.bringToFront();
    await deskReady(panel, 'Ferry timetable');

    // A note being typed, and a mark on the page view: both must outlive the address changes.
    await chooseOnFlag(panel.locator('.flag-row').first(), 'note');
    await panel.getByRole('textbox', { name: 'Note on this flag' }).fill('Ask the operator');
    await panel.evaluate(() => {
      const view = document.querySelector('.page-view') as HTMLElement & { __kept?: boolean };
      view.__kept = true;
      const seen = new Set<string>();
      const note = () => {
        for (const el of document.querySelectorAll('.page-view')) seen.add(el.getAttribute('data-url') ?? '');
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
      (window as unknown as { __seen: Set<string> }).__seen = seen;
    });

    await page.evaluate(() =>
      (window as unknown as { __storm: (n: number, ms: number) => Promise<number> }).__storm(12, 250),
    );
    // Time for a panel that reads on every change to show one of the new addresses (the settle time is 1 s).
    await page.waitForTimeout(3000);
    const kept = await panel.evaluate(() => {
      const view = document.querySelector('.page-view') as (HTMLElement & { __kept?: boolean }) | null;
      return {
        same: view?.__kept === true,
        url: view?.getAttribute('data-url'),
        note: (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value,
      };
    });
    expect(kept).toEqual({ same: true, url: `${origin}/spa/ferry`, note: 'Ask the operator' });

    await page.evaluate(() => (window as unknown as { __nextStory: () => void }).__nextStory());
    await deskReady(panel, 'Lighthouse keeper');
    await waitFor(
      async () => (await panel.locator('.page-view').getAttribute('data-url')) === `${origin}/spa/lighthouse`,
      'the new story at its address',
    );
    const seen = await panel.evaluate(() => [...(window as unknown as { __seen: Set<string> }).__seen].sort());
    expect(seen).toEqual([`${origin}/spa/ferry`, `${origin}/spa/lighthouse`]);
    await cdp.close();
    await session.close();
  });
});
