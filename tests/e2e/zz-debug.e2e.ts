import { test } from 'vitest';
import { launch, openSidePanel, pageHighlights, serveFixtures, waitFor } from './harness';

test('debug', async () => {
  const { origin, server } = await serveFixtures();
  const session = await launch();
  const page = await session.context.newPage();
  page.on('console', (m) => console.log('PAGE', m.text()));
  await page.goto(`${origin}/wire-story.html`);
  const { panel, cdp } = await openSidePanel(session);
  panel.on('console', (m) => console.log('PANEL', m.text()));
  await page.bringToFront();
  await panel.locator('.page-view[data-desk="ready"]').waitFor();
  await waitFor(async () => !!(await pageHighlights(page))['copydesk-quote'], 'q');
  console.log(Object.keys(await pageHighlights(page)));
  const other = await session.context.newPage();
  await other.goto(`${origin}/cli/harbour.html`);
  await other.bringToFront();
  await panel.waitForTimeout(2000);
  console.log(Object.keys(await pageHighlights(page)));
  await cdp.close();
  await session.close();
  server.close();
});
