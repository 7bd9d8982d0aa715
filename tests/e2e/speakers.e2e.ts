import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, openSidePanel, runAxe, screenshot, waitFor } from './harness';

/** A story where "he" could be either of two men: the panel must not guess. */
const story = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Senate vote | Capitol Wire</title></head>
<body><article><h1>Senate vote on the harbour bill is close</h1>
<p>The harbour bill goes to the Senate floor on Thursday after months of talks between the two parties and the port.</p>
<p>“We have the votes to pass this bill and we will use them,” John Smith said after the committee hearing.</p>
<p>The plan was first drafted by David Jones last year, when the port asked for money to deepen the channel.</p>
<p>“It will not pass the Senate in its current form, whatever anyone says,” he said on Wednesday evening.</p>
<p>A final vote is expected before the end of the month, according to the Senate calendar published this week.</p>
</article></body></html>`;

let origin: string;
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/vote.html') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(story);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const unclear = (panel: Page) => panel.locator('.flag-row', { hasText: 'It will not pass the Senate' }).first();

describe('an unclear speaker in real Chromium', () => {
  test('the panel offers the candidates, keeps the editor’s choice across a panel reload, and exports it', async () => {
    const session = await launch();
    const page = await session.context.newPage();
    await page.goto(`${origin}/vote.html`);
    const { panel, cdp } = await openSidePanel(session);
    await panel.setViewportSize({ width: 360, height: 700 });
    await page.bringToFront();
    await waitFor(async () => (await unclear(panel).count()) > 0, 'the unclear quote');

    const choice = unclear(panel).getByRole('group', { name: 'Who said it?' });
    expect(await choice.innerText()).toContain('Speaker unclear');
    const options = choice.getByRole('button');
    expect(await options.allInnerTexts()).toEqual(['John Smith', 'David Jones']);
    // The clear quote offers nothing to choose.
    const clear = panel.locator('.flag-row', { hasText: 'We have the votes' }).first();
    expect(await clear.getByRole('group', { name: 'Who said it?' }).count()).toBe(0);

    await choice.getByRole('button', { name: 'David Jones' }).click();
    await expect
      .poll(() => choice.getByRole('button', { name: 'David Jones' }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await choice.innerText()).toContain('your choice');
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'speaker-choice-360');

    // Kept with the desk: the panel reloads and the choice is still there.
    await panel.reload();
    await waitFor(async () => (await unclear(panel).count()) > 0, 'the unclear quote after a reload');
    await expect
      .poll(() =>
        unclear(panel)
          .getByRole('group', { name: 'Who said it?' })
          .getByRole('button', { name: 'David Jones' })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');

    // Saved, then found in the Library: the clipping view and its Markdown name the editor's choice.
    await panel.getByRole('button', { name: 'Save clipping' }).click();
    await panel.getByText('Saved.').waitFor();
    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    await waitFor(async () => (await panel.locator('.clipping-open').count()) === 1, 'the saved clipping');
    await panel.locator('.clipping-open').first().click();
    const saved = panel.locator('.saved-flag', { hasText: 'It will not pass the Senate' }).first();
    expect(await saved.locator('.saved-flag-speaker').innerText()).toContain('David Jones');
    await panel.getByRole('button', { name: 'Show Markdown' }).click();
    expect(await panel.locator('pre.markdown').innerText()).toContain(
      '— David Jones (chosen by the editor; the page leaves the speaker unclear)',
    );
    expect(await runAxe(panel)).toEqual([]);
    await cdp.close();
    await session.close();
  });
});
