import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { CliRecord } from '../../cli/output';
import { runCli } from './run-cli';

const HARBOUR = 'tests/fixtures/cli/harbour.html';
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'copydesk-limits-'));
const records = (stdout: string): CliRecord[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CliRecord);

describe.concurrent('copydesk analyze limits', () => {
  test('an input past --max-bytes is refused in one line, the others still analysed', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.html');
    writeFileSync(big, `<p>${'word '.repeat(50_000)}</p>`);
    const run = await runCli(['analyze', '--max-bytes', '100000', big, HARBOUR]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`copydesk: ${big}: larger than 100,000 bytes; not read (--max-bytes to change)\n`);
    expect(records(run.stdout).map((r) => r.input)).toEqual([HARBOUR]);
  });

  // Regression: a 0.6 MB gzip that inflated to 400 MB ran out of memory and dumped a native stack.
  test('a gzip file that inflates past the limit is refused', async () => {
    const bomb = join(tempDir(), 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(20_000_000, 0x20)));
    const run = await runCli(['analyze', '--max-bytes', '1000000', bomb]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bomb\.html\.gz: larger than 1,000,000 bytes; not read/);
    expect(run.stdout).toBe('');
  });

  // Regression: `analyze /dev/zero` and an endless stdin grew past 4.8 GB.
  test('/dev/zero and a long stdin stop at the limit', async () => {
    const zero = await runCli(['analyze', '--max-bytes', '1000000', '/dev/zero']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/^copydesk: \/dev\/zero: larger than 1,000,000 bytes/);
    const stdin = await runCli(['analyze', '--max-bytes', '1000000', '-'], { stdin: 'x'.repeat(3_000_000) });
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toMatch(/^copydesk: -: larger than 1,000,000 bytes/);
  });

  // Regression: a symlink loop read the same file 41 times.
  test('a directory is read once per file, through symlink loops, regular files only', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    copyFileSync(HARBOUR, join(dir, 'a', 'harbour.html'));
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync(join(dir, 'a', 'harbour.html'), join(dir, 'a', 'same.html'));
    symlinkSync('/dev/zero', join(dir, 'zero.html'));
    const run = await runCli(['analyze', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(records(run.stdout).map((r) => r.input)).toEqual([join(dir, 'a', 'harbour.html')]);
  });

  // Never a silent loss: a list cut short keeps the record but tells stderr and fails the input.
  test('a list cut short by the time budget is said on stderr and exits 1', async () => {
    const run = await runCli(['analyze', '--budget', '0.000001', HARBOUR]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/harbour\.html: Quotes: not read; the 0 ms time budget ran out\./);
    const record = JSON.parse(run.stdout) as CliRecord;
    expect(record.warnings.join(' ')).toMatch(/time budget ran out/);
  });

  test('bad limits are usage errors', async () => {
    expect((await runCli(['analyze', '--max-bytes', 'lots', HARBOUR])).code).toBe(2);
    expect((await runCli(['analyze', '--budget', '0', HARBOUR])).code).toBe(2);
  });
});
