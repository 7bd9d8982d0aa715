import { expect } from 'vitest';
import { parse } from 'yaml';
import type { Finding } from '../../utils/analysis/types';
import { clippingFromAnalysis, type Clipping } from '../../utils/store/clippings';
import { makeAnalysis } from '../store/fixtures';

export function makeClipping(findings: Finding[] = [], title?: string): Clipping {
  const analysis = makeAnalysis(title === undefined ? {} : { title }, findings);
  const html = '<h2>Background</h2><p>Idlib is the <em>last</em> rebel-held area.</p><ul><li>one</li><li>two</li></ul>';
  return clippingFromAnalysis(analysis, { html, now: new Date('2024-01-05T12:00:00Z'), tags: ['syria'] });
}

export /** The YAML between the opening and closing `---`. */
function frontMatterOf(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match).not.toBeNull();
  return parse(match![1]!);
}

export /** GFM splits a row on pipes not preceded by a backslash. */
function cellsOf(row: string): string[] {
  return row
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}
