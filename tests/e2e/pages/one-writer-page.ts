/**
 * The in-page half of one-writer.e2e.ts: the store's save as the panel makes it (look for
 * the page's clipping, then save), run from two extension pages at an agreed moment.
 */
import { syntheticClipping } from '../../../bench/library-data';
import { findExisting, openLibrary, savePage, versionsOf, type SavedAs } from '../../../utils/store/clippings';

const db = openLibrary();

/** Waits until the wall clock reaches `at` (both pages are given the same moment). */
const until = (at: number) => new Promise((ok) => setTimeout(ok, Math.max(0, at - Date.now())));

async function save(n: number, title: string | null, replaceId: number | null, at: number): Promise<SavedAs> {
  const clipping = { ...syntheticClipping(n), ...(title ? { title } : {}) };
  delete clipping.id;
  // As the panel does: the look for an existing copy happens before either save lands.
  const existing = replaceId === null ? await findExisting(db, clipping.url, clipping.canonicalUrl) : undefined;
  await until(at);
  return savePage(db, clipping, {
    replaceId: replaceId ?? existing?.id,
    whenSaved: 'update',
  });
}

async function versions(id: number): Promise<Array<{ id: number; previousId: number | null }>> {
  const chain = await versionsOf(db, id);
  return Promise.all(
    chain.map(async (v) => ({ id: v.id, previousId: (await db.clippings.get(v.id))?.previousId ?? null })),
  );
}

(globalThis as unknown as { copydeskRace: object }).copydeskRace = {
  save,
  versions,
  count: () => db.clippings.count(),
};
