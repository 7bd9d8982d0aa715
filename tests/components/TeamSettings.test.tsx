import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TeamSettings, type TeamView } from '../../components/TeamSettings';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

const VIEW: TeamView = {
  joined: null,
  status: '',
  needsSignIn: false,
  busy: false,
  error: null,
  notices: [],
  recent: [],
};

function show(view: TeamView, handlers: Partial<Parameters<typeof TeamSettings>[0]> = {}) {
  container = document.createElement('div');
  document.body.append(container);
  render(
    <TeamSettings view={view} onJoin={() => {}} onSignIn={() => {}} onLeave={() => {}} {...handlers} />,
    container,
  );
  return container;
}

function type(root: HTMLElement, name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('TeamSettings', () => {
  test('join: the four fields go to onJoin, and the password field is emptied at once', async () => {
    const onJoin = vi.fn();
    const root = show(VIEW, { onJoin });
    await act(() => {
      type(root, 'team-server', ' http://127.0.0.1:5984 ');
      type(root, 'team-db', 'newsroom');
      type(root, 'team-user', 'sam');
      type(root, 'team-password', 'secret');
    });
    await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onJoin).toHaveBeenCalledWith({
      server: 'http://127.0.0.1:5984',
      db: 'newsroom',
      user: 'sam',
      password: 'secret',
    });
    expect(root.querySelector<HTMLInputElement>('input[name="team-password"]')!.value).toBe('');
  });

  test('joined: the status line, who changed what, sign-in when the session ended, leave', async () => {
    const onLeave = vi.fn();
    const onSignIn = vi.fn();
    const root = show(
      {
        ...VIEW,
        joined: { server: 'http://127.0.0.1:5984', db: 'newsroom', user: 'sam' },
        status: 'sign-in needed',
        needsSignIn: true,
        recent: [{ title: 'Idlib attack', text: 'Disputed by alex, 10:32' }],
      },
      { onLeave, onSignIn },
    );
    expect(root.querySelector('[role="status"]')?.textContent).toBe('sign-in needed');
    expect(root.querySelector('.team-recent')?.textContent).toBe('Disputed by alex, 10:32 — Idlib attack');
    await act(() => type(root, 'team-password', 'again'));
    await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onSignIn).toHaveBeenCalledWith('again');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Leave team')!.click();
    expect(onLeave).toHaveBeenCalled();
  });
});
