/**
 * CPU profiles for the library benchmark (`--profile exportZip,restore`): the Chrome
 * DevTools protocol's sampling profiler around one in-page step, summarised as the
 * functions with the most self time, so a slow step says where its time goes.
 */
import type { Page } from 'playwright-core';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** Runs `work` under the profiler and prints the top `top` functions by self time to stderr. */
export async function profiled<T>(
  page: Page,
  label: string,
  work: () => Promise<T>,
  top = Number(process.env.PROFILE_TOP ?? 20),
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = frames.get(id);
    const key = f ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}` : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  process.stderr.write(`profile ${label}: ${Math.round(total)} ms sampled\n`);
  for (const [key, msSelf] of rows) process.stderr.write(`  ${String(Math.round(msSelf)).padStart(7)} ms  ${key}\n`);
  return result;
}
