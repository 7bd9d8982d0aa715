import { render } from 'preact';
import { expect, test } from 'vitest';
import { CreditItem } from '../../components/CreditItem';
import { FindingLists } from '../../components/FindingLists';
import { Thumbnails } from '../../components/thumbnails';
import { makeCredit } from '../finding-factories';

const picture = makeCredit({
  id: 'credit-3',
  image: 'https://img.harbour.example.test/wall.jpg',
  caption: 'The harbour wall at night',
});

function mount(show: boolean, setShow: (show: boolean) => void = () => {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <Thumbnails.Provider value={{ show, setShow }}>
      <FindingLists findings={[picture]} />
    </Thumbnails.Provider>,
    root,
  );
  return root;
}

test('an uncredited picture shows its thumbnail, its description and its place in the page', () => {
  const root = mount(true);
  expect(root.querySelector('img.thumb')?.getAttribute('src')).toBe('https://img.harbour.example.test/wall.jpg');
  expect(root.textContent).toContain('No credit');
  expect(root.textContent).toContain('The harbour wall at night');
  expect(root.querySelector('.credit-position')?.textContent).toBe('Picture 3 in page order');
});

test('with thumbnails turned off, no picture is loaded from the page’s server', () => {
  const root = mount(false);
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('.thumb.placeholder')).not.toBeNull();
});

test('the toggle at the head of the credit list changes the setting', () => {
  const calls: boolean[] = [];
  const root = mount(true, (show) => calls.push(show));
  const box = root.querySelector<HTMLInputElement>('.credit-tools input[type="checkbox"]');
  expect(box?.checked).toBe(true);
  box?.click();
  expect(calls).toEqual([false]);
});

test('without a provider, thumbnails show (the default)', () => {
  const root = document.createElement('ul');
  render(<CreditItem finding={picture} />, root);
  expect(root.querySelector('img.thumb')).not.toBeNull();
});
