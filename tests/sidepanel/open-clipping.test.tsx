// The clipping view sanitizes with DOMPurify, which refuses happy-dom; jsdom runs it as a browser does.
// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OpenClipping } from '../../entrypoints/sidepanel/OpenClipping';
import { openLibrary, type Clipping, type CopydeskDb } from '../../utils/store/clippings';
import { richClipping } from '../store/library-fixtures';

let container: HTMLElement | null = null;
let db: CopydeskDb | null = null;
let counter = 0;
afterEach(async () => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  await db?.delete();
  db = null;
});

async function show(record: Clipping & { id: number }): Promise<HTMLElement> {
  db = openLibrary(`open-clipping-${++counter}`);
  // Written as an older release (or a crafted backup before checks) could have: straight into the table.
  await db.clippings.put(record);
  container = document.createElement('div');
  document.body.append(container);
  const noop = () => undefined;
  render(
    <OpenClipping
      db={db}
      id={record.id}
      revision={0}
      busy={false}
      onBack={noop}
      onOpen={noop}
      onDelete={noop}
      onChanged={noop}
      onError={noop}
    />,
    container,
  );
  return container;
}

describe('the clipping view on a damaged record', () => {
  // Regression: a credit whose agencies were one string left the view on "Opening the clipping…" for good.
  test('a credit with agencies "AP" is shown as damaged, naming the field', async () => {
    const good = richClipping();
    const findings = good.findings.map((f) => (f.kind === 'credit' ? { ...f, agencies: 'AP' } : f));
    const root = await show({ ...good, id: 4, findings } as unknown as Clipping & { id: number });
    await vi.waitFor(() => expect(root.querySelector('.broken-clipping')).not.toBeNull());
    expect(root.textContent).toContain('This clipping is damaged and cannot be shown');
    expect(root.textContent).toContain('credit 1: agencies must be a list of names');
    expect(root.textContent).not.toContain('Opening the clipping');
  });

  test('a sound record opens with its Markdown', async () => {
    const root = await show({ ...richClipping(), id: 5 });
    await vi.waitFor(() => expect(root.querySelector('.clipping-view')).not.toBeNull());
    expect(root.querySelector('.broken-clipping')).toBeNull();
  });
});
