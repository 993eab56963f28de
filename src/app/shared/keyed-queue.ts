/**
 * Runs tasks of one key one after another, in arrival order; tasks of different keys run freely. Nothing
 * here is needed for correctness (the database's constraints decide): it only keeps requests that are
 * bound to collide from each holding a database connection while they wait for one another.
 * @example await slots.run('s3-d5-20261124T0800Z', (waited) => book(waited));
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` once the key's earlier tasks have ended; it is told whether it had to wait for any. */
  run<T>(key: string, task: (waited: boolean) => Promise<T>): Promise<T> {
    const before = this.tails.get(key);
    const result = before ? before.then(() => task(true)) : task(false);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
