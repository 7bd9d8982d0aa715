/**
 * Time and peak memory of the engine against page size for each hostile shape
 * (bench/hostile-pages.ts), so growth is visible: double the size, about double
 * the time. Each page runs in its own process with a time limit.
 *
 *   npm run bench:hostile -- [--sizes 250000,500000,1000000,2000000] [--shape NAME] [--timeout 30]
 *
 * Targets: every shape at 2 MB analysed in under 2 s, no crash, memory under
 * 10x the page's size. A table on stderr, JSON lines on stdout.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HOSTILE_SHAPES, type HostileShape } from './hostile-pages';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { sizes: { type: 'string' }, shape: { type: 'string' }, timeout: { type: 'string' } },
});
const sizes = (values.sizes ?? '250000,500000,1000000,2000000').split(',').map(Number);
const shapes = values.shape ? [values.shape as HostileShape] : HOSTILE_SHAPES;
const timeoutMs = Number(values.timeout ?? 30) * 1000;

const MB = 1024 * 1024;
let failed = false;
process.stderr.write('shape            bytes  wall ms   cpu ms   peak MB  x page  result\n');
for (const shape of shapes) {
  for (const bytes of sizes) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'hostile-run.ts'), shape, String(bytes)], {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * MB,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    let row: {
      shape: string;
      bytes: number;
      ms?: number;
      cpuMs?: number;
      peakAbove?: number;
      ok: boolean;
      error?: string;
    };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      const why = child.error
        ? `timeout after ${timeoutMs / 1000} s`
        : `crashed: ${child.stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${child.status}`}`;
      row = { shape, bytes, ok: false, error: why };
    }
    // The target is judged on CPU time: on a shared machine the wall clock also counts other processes.
    const tooSlow = row.cpuMs !== undefined && bytes >= 2_000_000 && row.cpuMs > 2000;
    if (!row.ok || tooSlow) failed = true;
    process.stdout.write(`${JSON.stringify(row)}\n`);
    const peak = row.peakAbove !== undefined ? (row.peakAbove / MB).toFixed(0) : '-';
    const ratio = row.peakAbove !== undefined ? (row.peakAbove / row.bytes).toFixed(1) : '-';
    const result = row.ok ? (tooSlow ? 'SLOW' : 'ok') : `FAILED ${row.error ?? ''}`.slice(0, 80);
    process.stderr.write(
      `${shape.padEnd(16)} ${String(row.bytes).padStart(8)} ${String(row.ms ?? '-').padStart(8)} ${String(row.cpuMs ?? '-').padStart(8)} ${peak.padStart(9)} ${ratio.padStart(7)}  ${result}\n`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
