/**
 * One measurement for bench/hostile.ts, in its own process so a crash or a
 * runaway page cannot take the benchmark down and peak memory is this page's:
 *
 *   node --import tsx bench/hostile-run.ts <shape> <bytes>
 *
 * Prints one JSON line: wall and CPU time to parse and analyze (the CLI's path), peak
 * memory above what the process held before parsing, and the warnings.
 */
import { analyzeInput } from '../cli/analyze-input';
import { HOSTILE_SHAPES, hostilePage, type HostileShape } from './hostile-pages';

const [shape, bytesArg] = process.argv.slice(2);
if (!HOSTILE_SHAPES.includes(shape as HostileShape)) throw new Error(`unknown shape: ${shape}`);
const html = hostilePage(shape as HostileShape, Number(bytesArg));
const before = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
let outcome: { ok: true; findings: number; warnings: string[] } | { ok: false; error: string };
try {
  const analysis = analyzeInput(html, { url: 'https://example.com/news/bridge', text: false, now: new Date() });
  outcome = { ok: true, findings: analysis.findings.length, warnings: analysis.warnings };
} catch (error) {
  outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
}
const ms = performance.now() - started;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
// maxRSS is in kilobytes.
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ shape, bytes: html.length, ms: Math.round(ms), cpuMs, peakAbove: Math.max(0, peak - before), ...outcome })}\n`,
);
