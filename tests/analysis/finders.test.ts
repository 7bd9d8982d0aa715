import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FINDERS } from '../../utils/analysis/finders';

const ENGINE = resolve('utils/analysis');
const TESTS = resolve('tests/analysis');
const FINDER_FILES: Record<string, string> = { quote: 'quotes', figure: 'figures', credit: 'credits' };

// The conventions that keep the engine one finder per file behind one contract.
describe('finder registry', () => {
  test('every finder kind is registered once, in panel order', () => {
    expect(FINDERS.map((f) => f.kind)).toEqual(['quote', 'figure', 'credit']);
  });

  test.each(FINDERS.map((f) => [f.kind, f] as const))('%s has its own file, label and test file', (kind, finder) => {
    const file = FINDER_FILES[kind]!;
    expect(existsSync(join(ENGINE, `${file}.ts`))).toBe(true);
    expect(existsSync(join(TESTS, `${file}.test.ts`))).toBe(true);
    expect(finder.label.length).toBeGreaterThan(0);
  });

  test('no engine file reaches for the browser, the store or the UI', () => {
    const files = readdirSync(ENGINE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const offenders = files.filter((f) =>
      /from ['"](?:wxt|dexie|preact)(?:\/[^'"]*)?['"]|\bbrowser\.|\bchrome\.|\bDate\.now\(/.test(
        readFileSync(join(ENGINE, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
