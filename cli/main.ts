/**
 * `copydesk analyze`: the engine on files, directories or stdin. Inputs are
 * read, analyzed and printed one at a time so output streams and memory stays
 * flat however many pages a directory holds.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { startDeadline } from '../utils/analysis/deadline';
import { analyzeInput } from './analyze-input';
import { HELP, parseCliArgs, USAGE, type AnalyzeCommand, type OutputFormat } from './args';
import { expandInputs, isDirectory, readInput } from './inputs';
import { formatRecord, toRecord } from './output';
import { toMarkdown } from './markdown';

/** Streams the command talks to; tests pass their own. */
export type CliIo = { stdin: Readable; stdout: Writable; stderr: Writable };

/** Exit statuses: all analyzed, some input failed, bad usage. */
export type ExitCode = 0 | 1 | 2;

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Writes with backpressure; false once the reader has gone away (e.g. `| head`). */
async function write(out: Writable, chunk: string): Promise<boolean> {
  if (out.destroyed || out.writableEnded) return false;
  try {
    // once() rejects on 'error' (EPIPE when the reader left): that ends output, not the process.
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  } catch {
    return false;
  }
  return !out.destroyed;
}

async function defaultFormat(cmd: AnalyzeCommand): Promise<OutputFormat> {
  if (cmd.format) return cmd.format;
  if (cmd.inputs.length > 1) return 'jsonl';
  return (await isDirectory(cmd.inputs[0] ?? '-')) ? 'jsonl' : 'json';
}

async function runAnalyze(cmd: AnalyzeCommand, io: CliIo): Promise<ExitCode> {
  const format = await defaultFormat(cmd);
  let failed = false;
  let first = true;
  for await (const item of expandInputs(cmd.inputs, cmd.text)) {
    let chunk: string;
    try {
      if (item.source === 'error') throw new Error(item.reason);
      const content = await readInput(item, io.stdin, !cmd.text, cmd.maxBytes);
      const now = new Date();
      const deadline = startDeadline(cmd.budgetMs, () => performance.now());
      const analysis = analyzeInput(content, { url: cmd.url, text: cmd.text, now, deadline });
      // Never a silent loss: a list cut short or failed is kept in the output and said here, and the input counts as failed.
      for (const shortfall of analysis.shortfalls ?? []) {
        failed = true;
        await write(io.stderr, `copydesk: ${item.input}: ${shortfall.message}\n`);
      }
      if (format === 'md') chunk = (first ? '' : '\n') + (await toMarkdown(analysis, now));
      else chunk = formatRecord(toRecord(item.input, analysis), format);
    } catch (error) {
      failed = true;
      await write(io.stderr, `copydesk: ${item.input}: ${errorMessage(error)}\n`);
      continue;
    }
    first = false;
    if (!(await write(io.stdout, chunk))) break;
  }
  return failed ? 1 : 0;
}

/** Runs the command for `argv` (arguments after the program name) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = {}): Promise<ExitCode> {
  if (argv[0] === 'team') return (await import('./team')).runTeam(argv.slice(1), { ...io, env });
  const args = parseCliArgs(argv);
  if (args.command === 'help') {
    await write(io.stdout, `${HELP}\n`);
    return 0;
  }
  if (args.command === 'usage-error') {
    await write(io.stderr, `copydesk: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  return runAnalyze(args, io);
}

/** Entry point for `tsx cli/main.ts` (cli/bin.mjs calls main() itself). */
export async function run(): Promise<void> {
  // A closed pipe downstream is a normal way for a reader to stop us.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await main(
    process.argv.slice(2),
    { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    process.env,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
