import { describe, expect, test } from 'vitest';
import { DEFAULT_BUDGET_SECONDS, DEFAULT_MAX_BYTES, parseCliArgs } from '../../cli/args';
import { runCli } from './run-cli';

const LIMITS = { budgetMs: DEFAULT_BUDGET_SECONDS * 1000, maxBytes: DEFAULT_MAX_BYTES };

describe('parseCliArgs', () => {
  test.each([
    [
      ['analyze', 'a.html'],
      { command: 'analyze', url: null, text: false, format: null, ...LIMITS, inputs: ['a.html'] },
    ],
    [
      ['analyze', '--url', 'https://x.test/a', '--text', '--format', 'md', 'a.txt', '-'],
      { command: 'analyze', url: 'https://x.test/a', text: true, format: 'md', ...LIMITS, inputs: ['a.txt', '-'] },
    ],
    [
      ['analyze', '--format=jsonl', 'dir'],
      { command: 'analyze', url: null, text: false, format: 'jsonl', ...LIMITS, inputs: ['dir'] },
    ],
    [
      ['analyze', '--budget', '2.5', '--max-bytes', '1000', 'a.html'],
      { command: 'analyze', url: null, text: false, format: null, budgetMs: 2500, maxBytes: 1000, inputs: ['a.html'] },
    ],
    [['--help'], { command: 'help' }],
    [['analyze', 'x', '-h'], { command: 'help' }],
  ])('accepts %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  test.each([
    [[], 'no command given'],
    [['analyze'], 'no inputs given'],
    [['frob', 'a.html'], 'unknown command: frob'],
    [['analyze', '--format', 'xml', 'a.html'], 'unknown format: xml'],
    [['analyze', '--nope', 'a.html'], 'unknown option: --nope'],
    [['analyze', 'a.html', '--url'], "'--url"],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.command).toBe('usage-error');
    expect(parsed.command === 'usage-error' && parsed.message).toContain(message);
  });
});

describe('copydesk bad usage', () => {
  test.concurrent.each([
    [[]],
    [['analyze']],
    [['frob', 'tests/fixtures/cli/harbour.html']],
    [['analyze', '--format', 'xml', 'tests/fixtures/cli/harbour.html']],
    [['analyze', '--nope', 'tests/fixtures/cli/harbour.html']],
  ])('exits 2 with a usage line for %j', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^usage: copydesk analyze/m);
    expect(run.stdout).toBe('');
  });

  test('--help prints usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: copydesk analyze \[--url URL\] \[--text\] \[--format json\|jsonl\|md\]/);
  });
});
