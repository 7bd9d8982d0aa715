import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { FlagRow } from '../../components/FlagRow';
import { SavedFlag } from '../../components/SavedFlag';
import type { FlagState } from '../../utils/desk/model';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('ul');
  document.body.append(container);
  render(node, container);
  return container;
}

const state: FlagState = {
  findingId: 'q-1',
  kind: 'quote',
  status: 'disputed',
  note: '',
  selectors: [],
  updatedAt: '2024-01-06T10:32:00.000Z',
};
const noop = () => undefined;

describe('a flag says who set it, in a team', () => {
  test('the clipping view’s flag shows the line; without a team, or unset, it shows none', () => {
    const root = mount(
      <SavedFlag state={state} by="Disputed by sam, 10:32">
        <li>quote</li>
      </SavedFlag>,
    );
    expect(root.querySelector('.flag-by')?.textContent).toBe('Disputed by sam, 10:32');
    render(
      <SavedFlag state={state}>
        <li>quote</li>
      </SavedFlag>,
      root,
    );
    expect(root.querySelector('.flag-by')).toBeNull();
    render(
      <SavedFlag state={undefined} by="Disputed by sam, 10:32">
        <li>quote</li>
      </SavedFlag>,
      root,
    );
    expect(root.querySelector('.flag-by')).toBeNull();
  });

  test('the page view’s flag shows the line under its controls', () => {
    const root = mount(
      <FlagRow
        id="q-1"
        state={state}
        current={false}
        full={false}
        tabbable
        draft={null}
        notice={null}
        by="Disputed by sam, 10:32"
        onLocate={noop}
        onStatus={noop}
        onOpenNote={noop}
        onDraft={noop}
        onSaveNote={noop}
        onCancelNote={noop}
        onFocus={noop}
      >
        <li>quote</li>
      </FlagRow>,
    );
    expect(root.querySelector('.flag-row .flag-by')?.textContent).toBe('Disputed by sam, 10:32');
  });
});
