import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { CliRecord } from '../../cli/output';
import { BIN, REPO, runCli } from './run-cli';

const HARBOUR = 'tests/fixtures/cli/harbour.html';
const FERRY = 'tests/fixtures/cli/ferry.htm';
const STORY = 'tests/fixtures/cli/story.txt';
const WIRE = 'tests/fixtures/cli/wire-captions.txt';
const SITE = 'tests/fixtures/cli/site';

const lines = (stdout: string): CliRecord[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CliRecord);

describe.concurrent('copydesk analyze', () => {
  test('prints one JSON object for one input', async () => {
    const run = await runCli(['analyze', HARBOUR]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as CliRecord;
    expect(record.input).toBe(HARBOUR);
    expect(record.article).toMatchObject({
      title: 'Harbour Bridge Reopens After Repairs',
      canonicalUrl: 'https://courier.example.test/local/harbour-bridge',
      siteName: 'Coast Courier',
      url: null,
    });
    expect(record.article.text).toContain('eight months of repairs');
    expect(record).toHaveProperty('quotes');
    expect(record).toHaveProperty('figures');
    expect(record).toHaveProperty('credits');
    expect(record.warnings).toEqual([]);
  });

  test('--url sets the article url', async () => {
    const run = await runCli(['analyze', '--url', 'https://courier.example.test/x', HARBOUR]);
    expect((JSON.parse(run.stdout) as CliRecord).article.url).toBe('https://courier.example.test/x');
  });

  test('prints jsonl in input order for several inputs', async () => {
    const run = await runCli(['analyze', FERRY, HARBOUR, FERRY]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((r) => r.input)).toEqual([FERRY, HARBOUR, FERRY]);
  });

  test('walks a directory recursively, sorted, HTML files only, as jsonl', async () => {
    const run = await runCli(['analyze', SITE]);
    expect(run.code).toBe(0);
    const inputs = lines(run.stdout).map((r) => r.input);
    expect(inputs).toEqual([`${SITE}/a.html`, `${SITE}/b/c.htm`, `${SITE}/z.html`]);
  });

  test('reads .html.gz', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    const gz = join(dir, 'harbour.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(REPO, HARBOUR))));
    const run = await runCli(['analyze', gz]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CliRecord).article.title).toBe('Harbour Bridge Reopens After Repairs');
  });

  test('reads stdin for -', async () => {
    const run = await runCli(['analyze', '-'], { stdin: readFileSync(join(REPO, FERRY), 'utf8') });
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as CliRecord;
    expect(record.input).toBe('-');
    expect(record.article.title).toBe('Ferry Timetable Changes From June');
  });

  test('works from another directory with the bin path', async () => {
    const run = await runCli(['analyze', join(REPO, HARBOUR)], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CliRecord).article.title).toBe('Harbour Bridge Reopens After Repairs');
    expect(BIN.startsWith(REPO)).toBe(true);
  });

  test('--text keeps the text exactly and offsets point into it', async () => {
    const run = await runCli(['analyze', '--text', STORY]);
    expect(run.code).toBe(0);
    const { article, quotes, figures } = JSON.parse(run.stdout) as CliRecord;
    expect(article.text).toBe(readFileSync(join(REPO, STORY), 'utf8'));
    expect(figures.length + quotes.length).toBeGreaterThan(0);
    for (const f of [...figures, ...quotes]) {
      expect(f.start).not.toBeNull();
      expect(article.text.slice(f.start ?? 0, f.end ?? 0)).toContain(f.text);
    }
  });

  test.each([
    ['tests/fixtures/cli/missing.html', 'no such file or directory'],
    ['tests/fixtures/cli/empty.html', 'no text found in the page'],
  ])('exits 1 naming %s and still prints the others', async (bad, reason) => {
    const run = await runCli(['analyze', HARBOUR, bad, FERRY]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`copydesk: ${bad}: ${reason}`]);
    expect(lines(run.stdout).map((r) => r.input)).toEqual([HARBOUR, FERRY]);
  });

  test('--format md prints the Markdown export with front matter', async () => {
    const run = await runCli(['analyze', '--format', 'md', HARBOUR]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\n[\s\S]*title:[\s\S]*\n---\n/);
    expect(run.stdout).toContain('eight months of repairs');
  });

  // Regression: a wire story pasted as text gave "Image credits: None found" and its caption line as the title.
  test('--text reads credits from caption lines and takes the headline, not a caption, as the title', async () => {
    const run = await runCli(['analyze', '--text', WIRE]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as CliRecord;
    expect(record.article.title).toBe('Storm Closes Harbour As Ferries Stay In Port');
    expect(record.credits.map((c) => [c.caption, c.credit, c.image])).toEqual([
      ['Ferry crossing 2024', 'PA', null],
      ['A ferry waits at the harbour wall in Dover, in 2024', 'Jane Doe/Reuters', null],
    ]);
  });
});
