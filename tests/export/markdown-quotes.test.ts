import { describe, expect, test } from 'vitest';
import type { QuoteFinding } from '../../utils/analysis/types';
import { clippingToMarkdown } from '../../utils/export/markdown';
import { base, makeClipping } from './markdown-fixtures';

const quote = (text: string, speaker: string | null, cue: string | null, partial = false): QuoteFinding => ({
  ...base,
  id: `q${text.length}`,
  kind: 'quote',
  text,
  speaker,
  cue,
  partial,
});

describe('quotes section', () => {
  test.each([
    [
      quote('a humanitarian nightmare', 'Antonio Guterres', 'said'),
      '> a humanitarian nightmare\n\n— Antonio Guterres (said)',
    ],
    [quote('terrorists must be purged', 'Zarif', null, true), '> terrorists must be purged\n\n— Zarif (partial)'],
    [quote('we will stay', null, null), '> we will stay\n\n— Unattributed'],
    [quote('# not a heading\n- nor *a list*', null, null), '> \\# not a heading - nor \\*a list\\*\n\n— Unattributed'],
  ])('quote %#', (finding, expected) => {
    expect(clippingToMarkdown(makeClipping([finding]))).toContain(`## Quotes\n\n${expected}\n`);
  });
});
