import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { findPicture } from '../../../utils/analysis/credits/find-picture';

const page = parseHTML(`<html><body>
  <img id="lazy" src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example.test/img/harbour-wall.jpg" alt="" />
  <img id="sized" src="https://cdn.example.test/img/quay-640x360.jpg" srcset="https://cdn.example.test/img/quay-640x360.jpg 640w, https://cdn.example.test/img/quay-1280x720.jpg 1280w" alt="" />
  <img id="plain" src="https://cdn.example.test/img/cranes.jpg" alt="" />
</body></html>`).document;
const images = () => Array.from(page.querySelectorAll('img'));

test.each([
  // Regression: clicking an uncredited row said "Not found on the page" when the engine read a lazy loader's address.
  ['a lazy picture by its data-src', 'https://cdn.example.test/img/harbour-wall.jpg', 'lazy'],
  ['another size of the same file', 'https://cdn.example.test/img/quay-1280x720.jpg?w=1200', 'sized'],
  ['the exact address', 'https://cdn.example.test/img/cranes.jpg', 'plain'],
])('finds %s', (_what, url, id) => {
  expect(findPicture(images(), url)?.getAttribute('id')).toBe(id);
});

test('finds nothing for a picture the page does not show', () => {
  expect(findPicture(images(), 'https://cdn.example.test/img/other-story.jpg')).toBeNull();
});
