/**
 * Runs `batch` (one transaction of at most `size` rows each) until one does fewer than `size`; answers the rows
 * done in all. For the retention jobs, which erase in bounded transactions rather than one long one.
 * @example const count = await inBatches(500, () => db.transaction().execute(async (tx) => eraseSome(tx, 500)));
 */
export async function inBatches(size: number, batch: () => Promise<number>): Promise<number> {
  let count = 0;
  for (;;) {
    const done = await batch();
    count += done;
    if (done < size) return count;
  }
}
