import { describe, expect, test } from 'vitest';
import { followedPage, FOLLOWED_START, type FollowedAction, type FollowedState } from '../../utils/panel/followed-page';
import type { PageState } from '../../utils/page-state';
import { findingAt, STORY } from '../desk/fixtures';
import { makeAnalysis } from '../store/fixtures';

const URL_A = 'http://127.0.0.1/story.html';
const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
const ready = (text = STORY, url = URL_A, findings = [quote]): PageState => ({
  status: 'ready',
  url,
  analysis: makeAnalysis({ text, url }, findings),
});

function run(actions: FollowedAction[], from: FollowedState = FOLLOWED_START): FollowedState {
  return actions.reduce(followedPage, from);
}

/** Tab 1 on show with the story, after its first reading. */
const shown = run([
  { type: 'read', tabId: 1, url: URL_A },
  { type: 'answer', ticket: 1, tabId: 1, page: ready() },
]);

describe('followedPage', () => {
  test('a first reading shows "loading", then the answer', () => {
    const loading = run([{ type: 'read', tabId: 1, url: URL_A }]);
    expect(loading.page.status).toBe('loading');
    expect(shown.page.status).toBe('ready');
  });

  // Regression: a picture that finished loading 8 s late made the panel read the page again
  // and rebuild itself, throwing away a half-typed note, the scroll and "Saved.".
  test('a late second reading of the same article keeps the very page on show (nothing re-renders)', () => {
    const reading = followedPage(shown, { type: 'read', tabId: 1, url: `${URL_A}#comments` });
    expect(reading.page).toBe(shown.page);
    const after = followedPage(reading, { type: 'answer', ticket: reading.ticket, tabId: 1, page: ready() });
    expect(after.page).toBe(shown.page);
    expect(after.newer).toBeNull();
    expect(after.reads).toBe(shown.reads + 1);
  });

  test('a changed article is offered, with what changed, and the old one stays until taken', () => {
    const text = `${STORY}\n\n“We stay,” one said.`;
    const fresh = ready(text, URL_A, [quote, findingAt(text, 'quote', 'We stay')]);
    const reading = followedPage(shown, { type: 'read', tabId: 1, url: URL_A });
    const offered = followedPage(reading, { type: 'answer', ticket: reading.ticket, tabId: 1, page: fresh });
    expect(offered.page).toBe(shown.page);
    expect(offered.newer?.summary).toBe('1 quote added');
    const taken = followedPage(offered, { type: 'take-newer' });
    expect(taken.page).toBe(fresh);
    expect(taken.newer).toBeNull();
  });

  test('a failed second reading (the page mid-reload) leaves the article on show', () => {
    const reading = followedPage(shown, { type: 'read', tabId: 1, url: URL_A });
    const error: PageState = { status: 'error', url: URL_A, message: 'The page did not answer.' };
    expect(followedPage(reading, { type: 'answer', ticket: reading.ticket, tabId: 1, page: error }).page).toBe(
      shown.page,
    );
  });

  test('an answer overtaken by a later reading is dropped', () => {
    const first = followedPage(FOLLOWED_START, { type: 'read', tabId: 1, url: URL_A });
    const second = followedPage(first, { type: 'read', tabId: 2, url: 'http://127.0.0.1/other.html' });
    expect(followedPage(second, { type: 'answer', ticket: first.ticket, tabId: 1, page: ready() })).toBe(second);
  });

  test('switching back to a tab shows its last page and any newer version still waiting', () => {
    const text = `${STORY}\n\n“We stay,” one said.`;
    const reading = followedPage(shown, { type: 'read', tabId: 1, url: URL_A });
    const offered = followedPage(reading, {
      type: 'answer',
      ticket: reading.ticket,
      tabId: 1,
      page: ready(text, URL_A, [quote, findingAt(text, 'quote', 'We stay')]),
    });
    const away = run(
      [
        { type: 'read', tabId: 2, url: 'http://127.0.0.1/other.html' },
        { type: 'answer', ticket: offered.ticket + 1, tabId: 2, page: ready(STORY, 'http://127.0.0.1/other.html') },
      ],
      offered,
    );
    const back = followedPage(away, { type: 'read', tabId: 1, url: URL_A, reuse: true });
    expect(back.page).toBe(shown.page);
    expect(back.newer?.summary).toBe('1 quote added');
    // A tab that navigated in the background is read afresh.
    const navigated = followedPage(away, { type: 'forget', tabId: 1 });
    expect(followedPage(navigated, { type: 'read', tabId: 1, url: URL_A, reuse: true }).page.status).toBe('loading');
  });
});

describe('progress of a reading', () => {
  const progress = { kind: 'quote' as const, label: 'Quotes', done: 1, total: 4, finder: 1, finders: 3 };

  test('a first reading shows its progress', () => {
    const state = run([
      { type: 'read', tabId: 1, url: URL_A },
      { type: 'progress', ticket: 1, tabId: 1, progress },
    ]);
    expect(state.page).toEqual({ status: 'loading', url: URL_A, progress });
  });

  test('progress of an older reading, or of a re-reading behind the page on show, changes nothing', () => {
    const older = run([
      { type: 'read', tabId: 1, url: URL_A },
      { type: 'read', tabId: 2, url: URL_A },
    ]);
    expect(followedPage(older, { type: 'progress', ticket: 1, tabId: 1, progress })).toBe(older);
    const reread = run([{ type: 'read', tabId: 1, url: URL_A }], shown);
    expect(followedPage(reread, { type: 'progress', ticket: reread.ticket, tabId: 1, progress })).toBe(reread);
  });
});

describe('a single-page site moves to a new address with the same story', () => {
  test('the page stays on show, and reading the new address is a second reading of it', () => {
    const moved = followedPage(shown, { type: 'moved', tabId: 1, url: `${URL_A}?p=2` });
    expect(moved.page).toBe(shown.page);
    expect(moved.url).toBe(`${URL_A}?p=2`);
    const again = followedPage(moved, { type: 'read', tabId: 1, url: `${URL_A}?p=2` });
    expect(again.page).toBe(shown.page);
  });

  test('a move of another tab, or while nothing is on show, changes nothing', () => {
    expect(followedPage(shown, { type: 'moved', tabId: 2, url: URL_A })).toBe(shown);
    const loading = run([{ type: 'read', tabId: 1, url: URL_A }]);
    expect(followedPage(loading, { type: 'moved', tabId: 1, url: `${URL_A}?p=2` })).toBe(loading);
  });
});
