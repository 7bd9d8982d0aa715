/** Reading many clippings without holding the whole library in memory at once. */
import { guarded } from './errors';
import type { Clipping, CopydeskDb, DeskRecord } from './schema';

/** @default 200 clippings a batch: a few MB, and a progress step the eye can follow. */
export const BATCH = 200;

/**
 * Clippings in batches: the given ids in that order, or the whole library by id.
 * Ids no longer in the library are skipped.
 */
export async function* clippingBatches(
  db: CopydeskDb,
  ids?: readonly number[],
  size = BATCH,
): AsyncGenerator<Array<Clipping & { id: number }>> {
  const saved = (list: Array<Clipping | undefined>) =>
    list.filter((c): c is Clipping & { id: number } => c?.id !== undefined);
  if (ids) {
    for (let i = 0; i < ids.length; i += size) {
      const batch = saved(await guarded(() => db.clippings.bulkGet(ids.slice(i, i + size))));
      if (batch.length) yield batch;
    }
    return;
  }
  let last = 0;
  for (;;) {
    const batch = saved(await guarded(() => db.clippings.where(':id').above(last).limit(size).toArray()));
    if (!batch.length) return;
    yield batch;
    last = batch[batch.length - 1]!.id;
  }
}

/** The desk work kept for unsaved pages, for the backup. */
export async function allDesks(db: CopydeskDb): Promise<DeskRecord[]> {
  return guarded(() => db.desks.toArray());
}
