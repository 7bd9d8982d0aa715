import { describe, expect, test } from 'vitest';
import { bibtex, cslJson } from '../../utils/export/citation';
import { clippingToMarkdown, createTurndown } from '../../utils/export/markdown';
import { parseBackup } from '../../utils/export/backup';
import { openLibrary, saveClipping, type Clipping } from '../../utils/store/clippings';
import { readClipping } from '../../utils/store/record-schema';
import { restoreBackup } from '../../utils/store/restore';
import { richClipping } from './library-fixtures';

/** mulberry32: the same broken backups on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values a crafted or damaged file might hold anywhere. */
const JUNK: unknown[] = [
  undefined, // the field is dropped
  null,
  0,
  -1,
  1.5,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  1e300,
  '',
  '1',
  'AP',
  'javascript:alert(1)',
  'https://a.test/x\n<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '\u202Egnp.exe',
  {},
  [],
  ['x'],
  [1],
  true,
];

/** Every path to a value inside `value` (objects and arrays included). */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...at, i]))
    : Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]));
  return at.length ? [at, ...inner] : inner;
}

function setAt(root: unknown, path: Array<string | number>, junk: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (junk === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = junk;
}

/** A copy of `clipping` with one to three values somewhere inside it replaced by junk. */
function broken(clipping: Clipping, rand: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(clipping)) as Clipping;
  const all = paths(copy);
  const times = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < times; i++) {
    const path = all[Math.floor(rand() * all.length)]!;
    try {
      setAt(copy, path, JUNK[Math.floor(rand() * JUNK.length)]);
    } catch {
      // An earlier change removed what this path went through.
    }
  }
  return copy;
}

/**
 * A copy of `clipping` that still passes the checks but is as hostile as valid data gets:
 * ids anywhere in range or beyond, version links to anything, addresses with tabs and
 * newlines, canonicals of other sites, or the very same save as another record.
 */
function hostile(clipping: Clipping, rand: () => number, twin: Clipping): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const ids = [undefined, 1, 2, 3, 2 ** 31 - 1, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER];
  const copy: Record<string, unknown> = JSON.parse(
    JSON.stringify(rand() < 0.2 ? { ...twin, id: clipping.id } : clipping),
  );
  copy.previousId = pick([undefined, null, 1, 2, 2 ** 53, Number.MAX_SAFE_INTEGER]);
  if (copy.previousId === undefined) delete copy.previousId;
  const id = pick(ids);
  if (id === undefined) delete copy.id;
  else copy.id = id;
  copy.url = pick([copy.url, `${String(copy.url)}\n?x=<b>`, `\t${String(copy.url)}/a\tb`, '']);
  copy.canonicalUrl = pick([null, copy.canonicalUrl, 'javascript:alert(1)', 'https://bank.example.com/statement']);
  copy.findings = (copy.findings as Array<Record<string, unknown>>).map((f) =>
    f.kind === 'credit'
      ? { ...f, image: pick([f.image, 'https://img.test/a\n.jpg', 'data:image/png;base64,AA', null]) }
      : f,
  );
  return copy;
}

const BACKUPS = 2000;
const PER_LIBRARY = 250;

describe('a library survives thousands of randomly broken backups', () => {
  test(`${BACKUPS} broken backups restored: every later save works, every clipping opens and exports`, async () => {
    const rand = random(16);
    let accepted = 0;
    let refused = 0;
    for (let round = 0; round < BACKUPS / PER_LIBRARY; round++) {
      const db = openLibrary(`copydesk-fuzz-${round}`);
      for (let i = 0; i < PER_LIBRARY; i++) {
        const n = round * PER_LIBRARY + i;
        const ids = [undefined, 1, 2, n + 1, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER];
        // A save already in this library, so some records are the same save again.
        const twin = richClipping({
          day: 1 + ((n + 26) % 27),
          url: `https://news.test/${n - 1}/0`,
          title: `Story ${n - 1}.0`,
        });
        const clippings = [0, 1].map((k) => {
          const base = richClipping({
            day: 1 + (n % 27),
            url: `https://news.test/${n}/${k}`,
            title: `Story ${n}.${k}`,
          });
          const id = ids[Math.floor(rand() * ids.length)];
          const record = id === undefined ? { ...base, id: undefined } : { ...base, id };
          return rand() < 0.3 ? broken(record, rand) : hostile(record, rand, twin);
        });
        const parsed = parseBackup(JSON.stringify({ format: 'copydesk-backup', version: 1, clippings, desks: [] }));
        if (!parsed.ok) {
          refused++;
          expect(parsed.problem).toMatch(
            /^This backup is damaged, so nothing was restored\. (clipping \d|two clippings share)/,
          );
          continue;
        }
        accepted++;
        const before = await db.clippings.count();
        const report = await restoreBackup(db, parsed.backup.clippings, [], (html) => html);
        // The count reported is the count written.
        expect(await db.clippings.count()).toBe(before + report.added);
      }
      // Saving still works after all of it.
      const id = await saveClipping(db, richClipping({ day: 28, url: `https://news.test/after-${round}` }));
      // The key generator is nowhere near its end (2^53): ids past 2^31 - 1 come only from saves.
      expect(id).toBeLessThan(2 ** 32);
      // Every clipping opens (reads through the schema) and exports.
      const stored = await db.clippings.toArray();
      const turndown = createTurndown();
      for (const c of stored) {
        const read = readClipping(c);
        expect(read.ok, read.ok ? '' : read.problem).toBe(true);
        if (read.ok) expect(clippingToMarkdown(read.value, { turndown })).toContain('## Quotes');
      }
      expect(() => cslJson(stored)).not.toThrow();
      expect(() => bibtex(stored)).not.toThrow();
      await db.delete();
    }
    // Both kinds of backup were tried.
    expect(accepted).toBeGreaterThan(BACKUPS / 10);
    expect(refused).toBeGreaterThan(BACKUPS / 10);
  }, 240_000);
});
