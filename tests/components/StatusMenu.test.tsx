import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FlagRow } from '../../components/FlagRow';
import { STATUS_CHOICES } from '../../components/status';
import { deskKey } from '../../utils/desk/keys';
import type { FlagState, FlagStatus } from '../../utils/desk/model';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const stateOf = (status: FlagStatus, note = ''): FlagState => ({
  findingId: 'q1',
  kind: 'quote',
  status,
  note,
  selectors: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** One flag row with its status and draft kept as the desk keeps them, and every call recorded. */
function mountRow(initial: FlagStatus = 'unchecked', note = '') {
  const calls = { status: vi.fn<(s: FlagStatus) => void>(), openNote: vi.fn(), locate: vi.fn() };
  function Harness() {
    const [status, setStatus] = useState(initial);
    const [draft, setDraft] = useState<string | null>(null);
    return (
      <ul>
        <FlagRow
          id="q1"
          state={stateOf(status, note)}
          current={false}
          full={false}
          tabbable
          draft={draft}
          notice={null}
          onLocate={calls.locate}
          onStatus={(s) => {
            calls.status(s);
            setStatus(s);
          }}
          onOpenNote={() => {
            calls.openNote();
            setDraft(note);
          }}
          onDraft={setDraft}
          onSaveNote={() => setDraft(null)}
          onCancelNote={() => setDraft(null)}
          onFocus={() => undefined}
        >
          <li class="finding quote">“We will stay,” said Ann Lee.</li>
        </FlagRow>
      </ul>
    );
  }
  root = document.createElement('div');
  document.body.append(root);
  render(<Harness />, root);
  return calls;
}

const button = () => root.querySelector<HTMLButtonElement>('.status-menu-button')!;
const items = () => [...root.querySelectorAll<HTMLButtonElement>('[role="menu"] [role^="menuitem"]')];
const item = (name: string) => items().find((b) => b.textContent?.includes(name))!;
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('a flag’s one status control', () => {
  test('one button per flag shows the current status; no row of status buttons', async () => {
    mountRow('disputed');
    expect(root.querySelectorAll('.flag-row button')).toHaveLength(1);
    expect(button().getAttribute('aria-label')).toBe('Status: Disputed');
    expect(button().getAttribute('aria-haspopup')).toBe('menu');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(button().dataset.status).toBe('disputed');
  });

  test('the menu lists the four statuses and the note, opens on the current status, and sets the chosen one', async () => {
    const calls = mountRow('verified');
    button().click();
    await vi.waitFor(() => expect(items()).toHaveLength(5));
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(items().map((b) => b.querySelector('.status-item-label')?.textContent)).toEqual([
      'Verified',
      'Disputed',
      'Needs source',
      'Unchecked',
      'Add note',
    ]);
    expect(items().map((b) => b.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false', 'false', null]);
    await vi.waitFor(() => expect(document.activeElement).toBe(item('Verified')));
    item('Needs source').click();
    expect(calls.status).toHaveBeenCalledWith('needs-source');
    await vi.waitFor(() => expect(items()).toHaveLength(0));
    expect(button().getAttribute('aria-label')).toBe('Status: Needs source');
    expect(document.activeElement).toBe(button());
  });

  test('in the open menu the arrows move, Escape closes, and v/d/n/u choose at once without reaching the desk', async () => {
    const calls = mountRow('unchecked');
    const desk = vi.fn();
    root.addEventListener('keydown', desk);
    button().click();
    await vi.waitFor(() => expect(document.activeElement).toBe(item('Unchecked')));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(item('Add note'));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(item('Verified'));
    key(document.activeElement!, 'j');
    key(document.activeElement!, 'Escape');
    await vi.waitFor(() => expect(items()).toHaveLength(0));
    expect(document.activeElement).toBe(button());
    expect(calls.status).not.toHaveBeenCalled();

    button().click();
    await vi.waitFor(() => expect(items()).toHaveLength(5));
    key(items()[0]!, 'd');
    expect(calls.status).toHaveBeenCalledWith('disputed');
    await vi.waitFor(() => expect(button().getAttribute('aria-label')).toBe('Status: Disputed'));
    // Keys pressed inside the menu never reached the desk (j would have moved it to the next flag).
    expect(desk).not.toHaveBeenCalled();
  });

  test('choosing the status a flag already has changes nothing; Unchecked resets it', async () => {
    const calls = mountRow('verified');
    button().click();
    await vi.waitFor(() => expect(items()).toHaveLength(5));
    item('Verified').click();
    await vi.waitFor(() => expect(items()).toHaveLength(0));
    expect(calls.status).not.toHaveBeenCalled();
    button().click();
    await vi.waitFor(() => expect(items()).toHaveLength(5));
    item('Unchecked').click();
    expect(calls.status).toHaveBeenCalledWith('unchecked');
  });

  test('the note opens on demand from the menu, and says "Edit note" when there is one', async () => {
    const calls = mountRow('unchecked', 'Call the ministry');
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.querySelector('.flag-note')?.textContent).toBe('Call the ministry');
    button().click();
    await vi.waitFor(() => expect(items()).toHaveLength(5));
    item('Edit note').click();
    expect(calls.openNote).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(root.querySelector('textarea')?.value).toBe('Call the ministry'));
    expect(items()).toHaveLength(0);
  });

  test('the desk’s status keys are the menu’s', () => {
    for (const c of STATUS_CHOICES) expect(deskKey({ key: c.key })).toEqual({ type: 'status', status: c.status });
  });
});
