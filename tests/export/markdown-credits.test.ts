import { describe, expect, test } from 'vitest';
import type { CreditFinding } from '../../utils/analysis/types';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { makeCredit } from '../finding-factories';
import { makeClipping } from './markdown-fixtures';

const credit = (
  caption: string | null,
  holder: string | null,
  image: string | null,
  agencies: string[] = [],
): CreditFinding =>
  makeCredit({ id: `c${caption}`, caption, credit: holder, image, source: holder ? 'figcaption' : 'none', agencies });

describe('credits section', () => {
  test('image credits list the credit, or flag a missing one, with the image link', () => {
    const md = clippingToMarkdown(
      makeClipping([
        credit('Idlib 2018', 'PA', 'https://news.example.test/img/idlib (1).jpg', ['PA Media']),
        credit(null, null, 'https://news.example.test/img/tamanah.jpg'),
        credit('Unsafe', 'X', 'javascript:alert(1)'),
      ]),
    );
    expect(md).toContain(
      [
        '- _No caption_ — **No credit** ([image](https://news.example.test/img/tamanah.jpg))',
        '- Idlib 2018 — PA (agency: PA Media) ([image](https://news.example.test/img/idlib%20%281%29.jpg))',
        '- Unsafe — X\n',
      ].join('\n'),
    );
    expect(md).not.toContain('javascript:');
  });

  test.each([
    [['AFP', 'Getty Images'], 'A market — AFP via Getty Images (agency: AFP, Getty Images)'],
    [[], 'A market — AFP via Getty Images ('],
  ])('agencies %j are named after the credit', (agencies, expected) => {
    const md = clippingToMarkdown(
      makeClipping([credit('A market', 'AFP via Getty Images', 'https://x.example.test/a.jpg', agencies)]),
    );
    expect(md).toContain(expected);
    if (!agencies.length) expect(md).not.toContain('agency:');
  });

  // Regression: clippings stored before the agencies field existed must still export.
  test('a stored credit without agencies exports without them', () => {
    const old = { ...credit('Old', 'Reuters', null) } as Partial<CreditFinding>;
    delete old.agencies;
    const md = clippingToMarkdown(makeClipping([old as CreditFinding]));
    expect(md).toContain('- Old — Reuters');
  });
});
