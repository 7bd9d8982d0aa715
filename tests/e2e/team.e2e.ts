/**
 * Two editors in two Chromium profiles share a library through PouchDB Server on
 * 127.0.0.1, each in the real side panel: join, save on one and see it on the other,
 * the server killed mid-sync and started again (nothing lost, nothing duplicated), a
 * non-member refused, a hostile document written straight into the database shown inert, and
 * the same flag edited on both while one is offline, merged once it reconnects.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheticClipping } from '../../bench/library-data';
import type { Clipping } from '../../utils/store/schema';
import { docId } from '../../utils/sync/team-doc';
import { asAdmin, type CouchServer } from '../sync/couch-server';
import { makeTeam, PASSWORDS, startTeamServer } from '../sync/team-fixtures';
import {
  chooseOnFlag,
  deskReady,
  launch,
  openSidePanel,
  screenshot,
  serveFixtures,
  waitFor,
  type Session,
} from './harness';

const TEAM = 'newsroom';
let server: CouchServer;
const sessions: Session[] = [];
const cdps: Browser[] = [];

beforeAll(async () => {
  server = await startTeamServer();
  await makeTeam(server, TEAM, ['sam', 'alex']);
});
afterAll(async () => {
  for (const c of cdps) await c.close().catch(() => undefined);
  for (const s of sessions) await s.close().catch(() => undefined);
  await server?.stop();
});

/** Each editor's browser, by panel. */
const sessionOf = new Map<Page, Session>();

async function editorPanel(): Promise<Page> {
  const session = await launch();
  sessions.push(session);
  const { panel, cdp } = await openSidePanel(session);
  cdps.push(cdp);
  sessionOf.set(panel, session);
  return panel;
}

async function join(panel: Page, user: string, password = PASSWORDS[user]!): Promise<void> {
  await panel.getByRole('button', { name: /^Team/ }).click();
  await panel.locator('input[name=team-server]').fill(server.url);
  await panel.locator('input[name=team-db]').fill(TEAM);
  await panel.locator('input[name=team-user]').fill(user);
  await panel.locator('input[name=team-password]').fill(password);
  await panel.getByRole('button', { name: 'Join team' }).click();
}

const status = (panel: Page) => panel.locator('[data-field=team-status]').innerText();

async function restore(panel: Page, clippings: Clipping[], name: string): Promise<void> {
  const path = joinPath(mkdtempSync(joinPath(tmpdir(), 'copydesk-e2e-team-')), `${name}.json`);
  writeFileSync(path, JSON.stringify({ format: 'copydesk-backup', version: 1, exportedAt: '', clippings, desks: [] }));
  await panel.getByRole('button', { name: 'Library' }).click();
  await panel.getByRole('button', { name: 'Export & backup' }).click();
  await panel.locator('input[type=file]').setInputFiles(path);
  await panel.getByText(`Backup restored: ${clippings.length} added.`).waitFor();
  await panel.getByRole('button', { name: 'Export & backup' }).click();
}

async function libraryTotal(panel: Page): Promise<number> {
  await panel.getByRole('button', { name: 'Library' }).click();
  const text = await panel
    .locator('.lib-bulk')
    .first()
    .innerText()
    .catch(() => '');
  return Number(/([\d,]+) (?:clippings?|selected)/.exec(text)?.[1]?.replace(/,/g, '') ?? 0);
}

async function serverCount(): Promise<number> {
  const all = (await (await asAdmin(server, 'GET', `${TEAM}/_all_docs`)).json()) as { rows: Array<{ id: string }> };
  return all.rows.filter((r) => r.id.startsWith('clipping:')).length;
}

describe('a team of two editors in Chromium', () => {
  let sam: Page;
  let alex: Page;

  test('both join; a clipping saved by one appears in the other’s open panel', async () => {
    sam = await editorPanel();
    alex = await editorPanel();
    await join(sam, 'sam');
    await join(alex, 'alex');
    await waitFor(async () => (await status(sam)) === 'synced', 'sam synced');
    await waitFor(async () => (await status(alex)) === 'synced', 'alex synced');
    await screenshot(sam, 'team-joined');

    await restore(sam, [{ ...syntheticClipping(1), id: 1 }], 'one');
    await alex.getByRole('button', { name: 'Library' }).click();
    const started = Date.now();
    await alex.locator('.virtual-list .clipping-row[data-id]').first().waitFor({ timeout: 15_000 });
    expect(await libraryTotal(alex)).toBe(1);
    // From the restore's end to the colleague's list, through the server and the changes feed.
    console.log(`team e2e: one clipping reached the other panel in ${Date.now() - started} ms`);
    await alex.getByRole('button', { name: /^Team/ }).click();
    // Who and when: the clipping's newest flag, set by sam.
    await alex.locator('.team-recent', { hasText: / by sam, / }).waitFor();
  });

  test('the server killed mid-sync and started again: nothing lost, nothing duplicated', async () => {
    const batch = Array.from({ length: 150 }, (_, i) => ({ ...syntheticClipping(100 + i), id: 100 + i }));
    await restore(sam, batch, 'batch');
    // Killed while sam's panel sends the batch (some of it may already be in).
    await server.kill();
    await sam.getByRole('button', { name: /^Team/ }).click();
    await waitFor(async () => /offline|syncing/.test(await status(sam)), 'sam offline');
    await server.start();
    await waitFor(async () => (await status(sam)) === 'synced', 'sam synced after restart', 60_000);
    await waitFor(async () => (await libraryTotal(alex)) === 151, 'alex has every clipping', 60_000);
    expect(await serverCount()).toBe(151);
    expect(await libraryTotal(sam)).toBe(151);
  });

  test('a hostile document written into CouchDB renders inert in the panel', async () => {
    const all = (await (
      await asAdmin(server, 'GET', `${TEAM}/_all_docs?include_docs=true&limit=1&startkey="clipping:"`)
    ).json()) as {
      rows: Array<{ doc: Record<string, unknown> & { uid: string; clipping: Record<string, unknown> } }>;
    };
    const doc = all.rows[0]!.doc;
    const hostile = {
      ...doc,
      changedBy: 'admin',
      clipping: {
        ...doc.clipping,
        title: 'Hostile <img src=x onerror="window.__pwned=1">',
        html: '<p>Body</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">go</a>',
      },
    };
    const put = await asAdmin(server, 'PUT', `${TEAM}/${docId(doc.uid)}`, hostile);
    expect(put.status).toBe(201);
    await alex.getByRole('button', { name: 'Library' }).click();
    const row = alex.locator('.clipping-row[data-id]', { hasText: 'Hostile' }).first();
    // The list is long: search for it (typed again until the change has arrived).
    await waitFor(async () => {
      await alex.getByLabel('Search clippings').fill('');
      await alex.getByLabel('Search clippings').fill('hostile');
      await row.waitFor({ timeout: 1500 });
      return true;
    }, 'the hostile clipping in alex’s library');
    await row.locator('[data-control=open]').click();
    // The article body is in the view (folded away or not): what it holds is what counts.
    await alex
      .locator('p', { hasText: /^Body$/ })
      .first()
      .waitFor({ state: 'attached' });
    expect(await alex.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await alex.locator('[onerror], script:not([src])').count()).toBe(0);
    expect(await alex.locator('a[href^="javascript:"]').count()).toBe(0);
  });

  test('a non-member is refused with a plain message', async () => {
    const eve = await editorPanel();
    await join(eve, 'eve');
    await eve.locator('[data-field=team-error]').waitFor();
    expect(await eve.locator('[data-field=team-error]').innerText()).toMatch(/No access: eve is not a member/);
    await join(eve, 'sam', 'wrong-password');
    await waitFor(
      async () => /Wrong name or password/.test(await eve.locator('[data-field=team-error]').innerText()),
      'wrong password',
    );
  });
  test('the same flag edited on both while one is offline: once it reconnects both see the merged result', async () => {
    const { origin, server: pages } = await serveFixtures();
    try {
      const url = `${origin}/wire-story.html`;
      const title = 'Idlib';
      const openStory = async (panel: Page) => {
        await panel.getByRole('button', { name: 'Page', exact: true }).click();
        const tab = await sessionOf.get(panel)!.context.newPage();
        await tab.goto(url);
        await tab.bringToFront();
        await deskReady(panel, title, 30_000);
      };
      const upToDate = (panel: Page) => panel.getByText('In the Library, up to date').waitFor({ timeout: 30_000 });
      const setStatus = async (panel: Page, nth: number, label: 'Verified' | 'Disputed' | 'Needs source') => {
        const row = panel.locator('.flag-row').nth(nth);
        await chooseOnFlag(row, label);
        await waitFor(
          async () => (await row.getAttribute('data-status')) === label.toLowerCase().replace(' ', '-'),
          `${label} on flag ${nth}`,
        );
      };
      /** The statuses of the first two flags in the clipping view of the story (read again until `want`). */
      const savedStatuses = async (panel: Page, want: string[], what: string) => {
        // Exact: an open clipping view has a "← Library" button too.
        await panel.getByRole('button', { name: 'Library', exact: true }).click();
        await waitFor(
          async () => {
            if (!(await panel.locator('.clipping-view').count())) {
              await panel.getByLabel('Search clippings').fill('');
              await panel.getByLabel('Search clippings').fill('Idlib Assad');
              const row = panel.locator('.clipping-row[data-id]', { hasText: title }).first();
              await row.waitFor({ timeout: 1500 });
              await row.locator('[data-control=open]').click();
            }
            const flags = panel.locator('.clipping-view .saved-flag');
            const got = [
              await flags.nth(0).getAttribute('data-status'),
              await flags.nth(1).getAttribute('data-status'),
            ];
            if (got.join() === want.join()) return true;
            // Not there yet: back to the list, to open it again.
            await panel.getByRole('button', { name: '← Library' }).click();
            return false;
          },
          what,
          90_000,
        );
      };

      // Sam saves the story; alex has it before opening the same page.
      await openStory(sam);
      await sam.getByRole('button', { name: 'Save clipping' }).click();
      await upToDate(sam);
      await sam.getByRole('button', { name: /^Team/ }).click();
      await waitFor(async () => (await status(sam)) === 'synced', 'sam sent the story', 60_000);
      await savedStatuses(alex, ['unchecked', 'unchecked'], 'the story in alex’s library');
      await openStory(alex);
      await upToDate(alex);

      // Alex goes offline and disputes the first flag, and asks a source for the second.
      await alex.context().setOffline(true);
      await setStatus(alex, 0, 'Disputed');
      await setStatus(alex, 1, 'Needs source');
      await upToDate(alex);
      await alex.getByRole('button', { name: /^Team/ }).click();
      await waitFor(async () => /offline/.test(await status(alex)), 'alex offline', 60_000);

      // Sam verifies the same first flag, later, and it reaches the server.
      await sam.getByRole('button', { name: 'Page', exact: true }).click();
      await setStatus(sam, 0, 'Verified');
      await upToDate(sam);
      await sam.getByRole('button', { name: /^Team/ }).click();
      await waitFor(async () => /^(synced|syncing)/.test(await status(sam)), 'sam syncing');

      // Alex reconnects: the later change wins the first flag; alex's second flag is kept.
      await alex.context().setOffline(false);
      await waitFor(async () => (await status(alex)) === 'synced', 'alex synced again', 90_000);
      await savedStatuses(alex, ['verified', 'needs-source'], 'the merged flags in alex’s library');
      await savedStatuses(sam, ['verified', 'needs-source'], 'the merged flags in sam’s library');
      // Each flag says who set it: sam's status, alex's.
      const byLine = (panel: Page, nth: number) =>
        panel
          .locator('.clipping-view .saved-flag')
          .nth(nth)
          .locator('.flag-by')
          .innerText()
          .catch(() => '');
      for (const panel of [sam, alex]) {
        await waitFor(async () => /^Verified by sam, /.test(await byLine(panel, 0)), 'who verified the first flag');
        await waitFor(async () => /^Needs source by alex, /.test(await byLine(panel, 1)), 'who asked a source');
      }
      await screenshot(sam, 'team-merged-flags');
    } finally {
      await new Promise<void>((ok) => pages.close(() => ok()));
    }
    // Two editors, an offline spell and a retry pause: generous on a loaded machine.
  }, 300_000);
});
