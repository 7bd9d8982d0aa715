// Saving sanitizes the article with DOMPurify, which refuses happy-dom; jsdom runs it as a browser does.
// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageDesk } from '../../entrypoints/sidepanel/PageDesk';
import { useDesk, type Desk } from '../../entrypoints/sidepanel/use-desk';
import type { Analysis } from '../../utils/analysis/types';
import { loadDesk, saveDesk } from '../../utils/store/desk';
import { openLibrary } from '../../utils/store/clippings';
import { queryLibrary } from '../../utils/store/query';
import { annotationOn, findingAt, STORY } from './fixtures';

const URL_A = 'https://news.example.test/a';
const URL_B = 'https://news.example.test/b';

function analysisOf(url: string): Analysis {
  return {
    schema: 1,
    analyzedAt: '2024-01-01T00:00:00.000Z',
    article: {
      title: `Story at ${url}`,
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      url,
      canonicalUrl: null,
      excerpt: null,
      html: '<p>Story</p>',
      text: STORY,
      wordCount: 30,
      readingMinutes: 1,
      leadImage: null,
    },
    findings: [findingAt(STORY, 'quote', 'unleash a humanitarian nightmare'), findingAt(STORY, 'figure', '800,000')],
    warnings: [],
  } as unknown as Analysis;
}

let container: HTMLElement | null = null;
let dbCount = 0;
const library = () => Promise.resolve(openLibrary(`use-desk-test-${++dbCount}`));

function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // Note drafts live in the panel's storage: each test starts with none.
  localStorage.clear();
});

function probe(analysis: Analysis, tabId: number | null, db: ReturnType<typeof library>) {
  const seen: { desk: Desk | null } = { desk: null };
  function Probe() {
    seen.desk = useDesk(analysis, analysis.article.url!, tabId, db);
    return null;
  }
  mount(<Probe />);
  return seen;
}

describe('useDesk', () => {
  // Regression: the ref the actions build on caught up only at the next render, so a
  // second change before it (two quick clicks) built on the old desk and lost the first.
  test('two status changes before the next render are both kept, on screen and in the store', async () => {
    const analysis = analysisOf(URL_A);
    const db = library();
    const seen = probe(analysis, null, db);
    await vi.waitFor(() => expect(seen.desk?.loaded).toBe(true));
    const desk = seen.desk!;
    const [quote, figure] = analysis.findings;
    const now = new Date();
    desk.dispatch({ type: 'status', finding: quote!, status: 'verified', now });
    desk.dispatch({ type: 'status', finding: figure!, status: 'disputed', now });
    desk.dispatch({ type: 'note', finding: quote!, note: 'checked with the UN', now });
    await vi.waitFor(() => expect(seen.desk?.desk.flags).toHaveLength(2));
    const byId = (flags: { findingId: string; status: string; note: string }[]) =>
      Object.fromEntries(flags.map((f) => [f.findingId, [f.status, f.note]]));
    const expected = { [quote!.id]: ['verified', 'checked with the UN'], [figure!.id]: ['disputed', ''] };
    expect(byId(seen.desk!.desk.flags)).toEqual(expected);
    await vi.waitFor(async () => expect(byId((await loadDesk(await db, URL_A))?.flags ?? [])).toEqual(expected));
  });

  // Regression: the page navigated between the ping and the question; annotate() rejected
  // and nobody caught it, so the editor saw nothing at all.
  test('annotate when the page stops answering after the ping: a notice, no annotation, no rejection', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
      const type = (message as { type: string }).type;
      if (type === 'highlighter/selection') throw new Error('Could not establish connection.');
      return type === 'highlighter/ping' ? { ready: true } : { missing: [] };
    });
    const seen = probe(analysisOf(URL_A), 7, library());
    await vi.waitFor(() => expect(seen.desk?.loaded).toBe(true));
    await expect(seen.desk!.annotate()).resolves.toBeNull();
    await vi.waitFor(() => expect(seen.desk?.notice).toMatch(/did not answer/));
    expect(seen.desk!.desk.annotations).toEqual([]);
  });
});

describe('PageDesk', () => {
  // Regression: save state lived in the App, so a save that finished after a tab switch
  // showed tab A's "Saved." on tab B.
  test('a save that finishes after switching to another tab does not show on that tab', async () => {
    const db = library();
    const page = (tabId: number, url: string) => (
      <PageDesk
        key={`${tabId}:${url}`}
        url={url}
        analysis={analysisOf(url)}
        newer={null}
        reads={0}
        onTakeNewer={() => undefined}
        tabId={null}
        library={db}
        onOpenClipping={() => undefined}
        command={null}
        onCommandDone={() => undefined}
      />
    );
    const root = mount(page(1, URL_A));
    await vi.waitFor(() => expect(root.querySelector('[data-desk="ready"]')).not.toBeNull());
    const saveButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save clipping')!;
    saveButton.click();
    render(page(2, URL_B), root);
    // Tab A's clipping lands in the store...
    await vi.waitFor(async () => expect(await (await db).clippings.count()).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    // ...and tab B still offers its own save.
    expect(root.querySelector('.page-view')?.getAttribute('data-url')).toBe(URL_B);
    expect(root.textContent).not.toContain('Saved.');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Save clipping')).toBe(true);
  });
});

/** Opens a flag's status menu and chooses the item (a status, or the note). */
async function chooseFromMenu(row: HTMLElement, item: string): Promise<void> {
  row.querySelector<HTMLButtonElement>('.status-menu-button')!.click();
  await vi.waitFor(() => expect(row.querySelector(item)).not.toBeNull());
  row.querySelector<HTMLButtonElement>(item)!.click();
  await vi.waitFor(() => expect(row.querySelector('[role="menu"]')).toBeNull());
}

describe('one truth for a saved page', () => {
  // Regression: a status and note set after saving stayed on the desk; the Library search,
  // its Markdown and its clipping view never saw them.
  test('a status and a note set after saving reach the clipping, its list row and its search words', async () => {
    const db = library();
    const root = mount(
      <PageDesk
        url={URL_A}
        analysis={analysisOf(URL_A)}
        newer={null}
        reads={0}
        onTakeNewer={() => undefined}
        tabId={null}
        library={db}
        onOpenClipping={() => undefined}
        command={null}
        onCommandDone={() => undefined}
      />,
    );
    const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
    await vi.waitFor(() => expect(root.querySelector('[data-desk="ready"]')).not.toBeNull());
    button('Save clipping').click();
    await vi.waitFor(() => expect(root.querySelector('.sync')?.getAttribute('data-sync')).toBe('saved'));
    const row = root.querySelector<HTMLElement>('.flag-row')!;
    await chooseFromMenu(row, '.status-item.disputed');
    await chooseFromMenu(row, '.note-item');
    await vi.waitFor(() => expect(row.querySelector('textarea')).not.toBeNull());
    const area = row.querySelector('textarea')!;
    area.value = 'Ministry denies the wording';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(row.querySelector('textarea')?.value).toBe('Ministry denies the wording'));
    row.querySelector<HTMLButtonElement>('.note-editor button[type="submit"]')!.click();
    await vi.waitFor(async () => {
      const [clipping] = await (await db).clippings.toArray();
      expect(clipping?.flags.map((f) => [f.status, f.note])).toEqual([['disputed', 'Ministry denies the wording']]);
    });
    await vi.waitFor(() => expect(root.querySelector('.sync')?.getAttribute('data-sync')).toBe('saved'));
    const { ids } = await queryLibrary(await db, { text: 'ministry denies' });
    expect(ids).toHaveLength(1);
    expect((await queryLibrary(await db, { status: 'disputed' })).ids).toEqual(ids);
  });

  test('a draft typed on one mount of the desk is there on the next (a panel closed and opened again)', async () => {
    const db = library();
    const desk = () => (
      <PageDesk
        url={URL_B}
        analysis={analysisOf(URL_B)}
        newer={null}
        reads={0}
        onTakeNewer={() => undefined}
        tabId={null}
        library={db}
        onOpenClipping={() => undefined}
        command={null}
        onCommandDone={() => undefined}
      />
    );
    let root = mount(desk());
    await vi.waitFor(() => expect(root.querySelector('[data-desk="ready"]')).not.toBeNull());
    await chooseFromMenu(root.querySelector<HTMLElement>('.flag-row')!, '.note-item');
    await vi.waitFor(() => expect(root.querySelector('.flag-row textarea')).not.toBeNull());
    const area = root.querySelector('textarea')!;
    area.value = 'Half a thought';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    render(null, root);
    root.remove();
    root = mount(desk());
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLTextAreaElement>('.flag-row textarea')?.value).toBe('Half a thought'),
    );
  });
});

describe('annotation drafts', () => {
  // Regression: an annotation's note and tags lived in the editor component only, so closing
  // the panel (or a tab switch) while writing one lost every word.
  test('a note and tags typed on an annotation come back on the next mount, and go when saved', async () => {
    const db = library();
    const annotation = annotationOn(STORY, 'Rebels say the result', 'a1');
    await saveDesk(await db, URL_B, { flags: [], annotations: [annotation] }, new Date());
    const desk = () => (
      <PageDesk
        url={URL_B}
        analysis={analysisOf(URL_B)}
        newer={null}
        reads={0}
        onTakeNewer={() => undefined}
        tabId={null}
        library={db}
        onOpenClipping={() => undefined}
        command={null}
        onCommandDone={() => undefined}
      />
    );
    const type = (field: HTMLInputElement | HTMLTextAreaElement, text: string) => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    let root = mount(desk());
    await vi.waitFor(() => expect(root.querySelector('[data-annotation="a1"]')).not.toBeNull());
    [...root.querySelectorAll<HTMLButtonElement>('[data-annotation="a1"] button')]
      .find((b) => b.textContent === 'Edit')!
      .click();
    await vi.waitFor(() => expect(root.querySelector('[data-annotation="a1"] textarea')).not.toBeNull());
    type(root.querySelector('[data-annotation="a1"] textarea')!, 'Ask the Beirut desk');
    type(root.querySelector('[data-annotation="a1"] input[type=text]')!, 't, syria');
    render(null, root);
    root.remove();

    root = mount(desk());
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLTextAreaElement>('[data-annotation="a1"] textarea')?.value).toBe(
        'Ask the Beirut desk',
      ),
    );
    expect(root.querySelector<HTMLInputElement>('[data-annotation="a1"] input[type=text]')!.value).toBe('t, syria');
    root.querySelector<HTMLButtonElement>('[data-annotation="a1"] button[type=submit]')!.click();
    await vi.waitFor(async () =>
      expect((await loadDesk(await db, URL_B))?.annotations[0]).toMatchObject({
        note: 'Ask the Beirut desk',
        tags: ['t', 'syria'],
      }),
    );
    expect(root.querySelector('[data-annotation="a1"] textarea')).toBeNull();
    expect(localStorage.getItem(`copydesk:annotation-drafts:${URL_B}`)).toBeNull();
  });
});

describe('feedback where the eye is', () => {
  // Regression: "Not found on the page" appeared at the top of the panel, off-screen while
  // the editor was down among the credits.
  test('a flag that cannot be shown on the page says so on the flag itself', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
      const type = (message as { type: string }).type;
      if (type === 'highlighter/locate') return { found: false };
      return type === 'highlighter/ping' ? { ready: true } : { missing: [] };
    });
    const analysis = analysisOf(URL_A);
    const root = mount(
      <PageDesk
        url={URL_A}
        analysis={analysis}
        newer={null}
        reads={0}
        onTakeNewer={() => undefined}
        tabId={7}
        library={library()}
        onOpenClipping={() => undefined}
        command={null}
        onCommandDone={() => undefined}
      />,
    );
    await vi.waitFor(() => expect(root.querySelector('[data-desk="ready"]')).not.toBeNull());
    const figureRow = root.querySelector<HTMLElement>(`.flag-row[data-nav="${analysis.findings[1]!.id}"]`)!;
    figureRow.querySelector<HTMLElement>('.flag-finding')!.click();
    await vi.waitFor(() =>
      expect(figureRow.querySelector('.flag-notice')?.textContent).toBe('Not found on the page as it is now.'),
    );
    expect(root.querySelectorAll('.flag-notice')).toHaveLength(1);
    expect(root.querySelector('.page-view > .notice')).toBeNull();
  });
});
