import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { imageKey, imageKeys } from '../../../utils/analysis/credits/urls';

describe('imageKey', () => {
  test.each([
    // Regression: every picture of a Hearst gallery keyed "gallery_medium", so three of four were dropped as copies.
    ['https://s.hdnux.com/photos/01/07/05/76/18636689/15/gallery_medium.jpg', '76/18636689/15'],
    ['https://s.hdnux.com/photos/01/07/05/76/18636689/15/rawImage.jpg', '76/18636689/15'],
    // Regression: AP's hosted pages name every picture ".../items/<id>/preview/preview.jpg".
    ['https://mapi.example.test/v1/items/21cd7f97/preview/preview.jpg?s=150x', 'v1/items/21cd7f97'],
    ['https://i.example.test/img/media/df84b519/0_507_4039_2693/master/4039.jpg?width=300', 'media/df84b519'],
    // Numbered pictures at a size stay apart: "1-300x300" is picture 1.
    ['http://blog.example.test/wp-content/uploads/2017/11/1-300x300.jpg', '1'],
    ['http://blog.example.test/wp-content/uploads/2017/11/2-300x200.jpg', '2'],
    ['http://blog.example.test/wp-content/uploads/2017/11/photo-2.jpg', 'photo-2'],
    // Regression: six pictures named "<timestamp>_<n>.jpg" read as sizes and shared the date folder's key (Entermedia).
    ['http://news.example.test/photo/2018/09/28/1538123681_2.jpg', '1538123681_2'],
  ])('%s -> %s', (url, key) => {
    expect(imageKey(url)).toBe(key);
  });
});

test('two crops of one Guardian picture share a key: the page shows one, og:image names the other', () => {
  expect(imageKey('https://i.example.test/img/media/df84b519/0_507_4039_2693/master/4039.jpg?width=300')).toBe(
    imageKey('https://i.example.test/img/media/df84b519/0_320_4800_2880/master/4800.jpg?width=1200'),
  );
});

describe('imageKeys', () => {
  test('names every size a <picture> offers: the lead may be a different file per size (RT)', () => {
    const { document } = parseHTML(
      '<picture><source srcset="https://cdn.example.test/a/5dd4fbb.JPG 980w, https://cdn.example.test/xxl/5dd4fc1.JPG 1240w">' +
        '<img src="data:image/png;base64,AAAA" data-src="https://cdn.example.test/xxs/5dd4fbd.JPG"></picture>',
    );
    const keys = imageKeys(document.querySelector('img') as unknown as Element);
    expect([...keys].sort()).toEqual(['5dd4fbb', '5dd4fbd', '5dd4fc1']);
  });
});
