import { describe, expect, test } from 'vitest';
import type { CreditFinding } from '../../utils/analysis/types';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { base, makeClipping } from './markdown-fixtures';

const credit = (caption: string | null, holder: string | null, image: string | null): CreditFinding => ({
  ...base,
  id: `c${caption}`,
  kind: 'credit',
  caption,
  credit: holder,
  image,
  source: holder ? 'figcaption' : 'none',
});

describe('credits section', () => {
  test('image credits list the credit, or flag a missing one, with the image link', () => {
    const md = clippingToMarkdown(
      makeClipping([
        credit('Idlib 2018', 'PA', 'https://news.example.test/img/idlib (1).jpg'),
        credit(null, null, 'https://news.example.test/img/tamanah.jpg'),
        credit('Unsafe', 'X', 'javascript:alert(1)'),
      ]),
    );
    expect(md).toContain(
      [
        '- Idlib 2018 — PA ([image](https://news.example.test/img/idlib%20%281%29.jpg))',
        '- _No caption_ — **No credit** ([image](https://news.example.test/img/tamanah.jpg))',
        '- Unsafe — X\n',
      ].join('\n'),
    );
    expect(md).not.toContain('javascript:');
  });
});
