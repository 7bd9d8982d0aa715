import { render } from 'preact';
import { useContext } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { Thumbnails } from '../../components/thumbnails';
import { ThumbnailsProvider } from '../../entrypoints/sidepanel/ThumbnailsProvider';

function Probe() {
  const { show, setShow } = useContext(Thumbnails);
  return (
    <button type="button" data-show={String(show)} onClick={() => setShow(!show)}>
      toggle
    </button>
  );
}

function mount(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <ThumbnailsProvider>
      <Probe />
    </ThumbnailsProvider>,
    root,
  );
  return root;
}

afterEach(() => localStorage.clear());

test('thumbnails are on by default, and turning them off is remembered by the next panel', async () => {
  const first = mount();
  expect(first.querySelector('button')?.dataset.show).toBe('true');
  await act(() => first.querySelector('button')?.click());
  expect(first.querySelector('button')?.dataset.show).toBe('false');
  expect(mount().querySelector('button')?.dataset.show).toBe('false');
});
