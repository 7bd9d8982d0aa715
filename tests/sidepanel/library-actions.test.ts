import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { exportClippings } from '../../entrypoints/sidepanel/library-actions';
import { openLibrary, saveClipping, type Clipping, type CopydeskDb } from '../../utils/store/clippings';
import { richClipping } from '../store/library-fixtures';

let db: CopydeskDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const noop = () => undefined;

describe('exports of a library holding a damaged record', () => {
  // Regression: one restored credit with agencies "AP" made the Markdown zip of the whole library fail.
  test.each(['markdown-zip', 'csl-json', 'bibtex'] as const)(
    '%s: the others export, the damaged one is named',
    async (kind) => {
      db = openLibrary(`library-actions-${kind}`);
      await saveClipping(db, richClipping({ day: 1, url: 'https://news.test/1', title: 'First' }));
      await saveClipping(db, richClipping({ day: 2, url: 'https://news.test/2', title: 'Second' }));
      const good = richClipping({ day: 3, url: 'https://news.test/3', title: 'Damaged' });
      const findings = good.findings.map((f) => (f.kind === 'credit' ? { ...f, agencies: 'AP' } : f));
      // Written as a crafted backup could before restores were checked: straight into the table.
      await db.clippings.put({ ...good, byline: {}, findings, id: 3 } as unknown as Clipping);

      const file = await exportClippings(db, kind, undefined, noop, new Date('2024-02-01T00:00:00Z'));
      expect(file.count).toBe(2);
      expect(file.skipped).toEqual(['“Damaged”: byline must be text or null']);
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      if (kind === 'markdown-zip') {
        const files = Object.keys(unzipSync(bytes));
        expect(files).toHaveLength(2);
      } else {
        expect(strFromU8(bytes)).toContain('First');
        expect(strFromU8(bytes)).not.toContain('Damaged');
      }
    },
  );
});
