import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RenderGuard } from '../../components/RenderGuard';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

function Broken(): never {
  throw new TypeError('credit.agencies.map is not a function');
}

describe('RenderGuard', () => {
  test('a child that throws while rendering is replaced by the fallback, with the error', async () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <RenderGuard fallback={(message) => <p class="fallback">Cannot show: {message}</p>}>
        <Broken />
      </RenderGuard>,
      container,
    );
    // The boundary re-renders on Preact's next tick.
    await vi.waitFor(() =>
      expect(container?.querySelector('.fallback')?.textContent).toBe(
        'Cannot show: credit.agencies.map is not a function',
      ),
    );
  });

  test('children that render are shown as they are', () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <RenderGuard fallback={() => <p>fallback</p>}>
        <p class="ok">fine</p>
      </RenderGuard>,
      container,
    );
    expect(container.textContent).toBe('fine');
  });
});
