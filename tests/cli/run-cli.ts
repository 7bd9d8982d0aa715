/** Runs the real `copydesk` bin in a child process, the way a user or a script would. */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths from strings: under happy-dom the global URL is not Node's and fileURLToPath rejects it.
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = resolve(REPO, 'cli/bin.mjs');

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** `node cli/bin.mjs ...args` from `cwd` (the repo root by default), with `stdin` piped in. */
export function runCli(
  args: readonly string[],
  options: { stdin?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, COPYDESK_PASSWORD: '', ...options.env };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    // A command that stops reading stdin at its size limit closes the pipe: not an error of the test.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
