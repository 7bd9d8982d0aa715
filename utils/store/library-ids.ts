/**
 * Clipping ids are the library's to give. IndexedDB's key generator moves past every
 * number key written by hand and stops for good at 2^53: one restored id of 2^53 - 1
 * would leave the library unable to save anything again, even after that clipping is
 * deleted. So an id from outside is kept only when it is free and at most MAX_KEPT_ID;
 * every other record gets the next free id above the ones in range.
 */

/** Ids above this are renumbered: the generator then has 2^53 - 2^31 saves left. @default 2^31 - 1 */
export const MAX_KEPT_ID = 2 ** 31 - 1;

/** Whether `id` may be kept as a stored clipping's id. */
export function isKeepableId(id: unknown): id is number {
  return typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= MAX_KEPT_ID;
}

/** The ids in use in a library (plus those claimed while planning a restore), handing out free ones. */
export class LibraryIds {
  private readonly used: Set<number>;
  private cursor: number;

  /** `taken`: the ids the library holds now (any size: a library restored before this rule may hold larger ones). */
  constructor(taken: Iterable<number>) {
    this.used = new Set(taken);
    this.cursor = 1;
    for (const id of this.used) if (isKeepableId(id) && id >= this.cursor) this.cursor = id + 1;
  }

  /** Claims `id` when it may be kept and nobody holds it; false otherwise. */
  claim(id: number): boolean {
    if (!isKeepableId(id) || this.used.has(id)) return false;
    this.used.add(id);
    if (id >= this.cursor) this.cursor = id + 1;
    return true;
  }

  /** A free id above every kept one. Never reused within one plan. */
  next(): number {
    while (this.used.has(this.cursor)) this.cursor++;
    const id = this.cursor++;
    this.used.add(id);
    return id;
  }
}
