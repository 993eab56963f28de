/**
 * Runs tasks of one key one after another, in arrival order; tasks of different keys run freely. It decides
 * nothing (the database's constraints do): it keeps requests bound to collide from each holding a database
 * connection in a transaction while they wait for one another.
 * @example await sameTime.run('1:3:1764576000000', () => book(input));
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` once the key's earlier tasks have ended. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key);
    const result = before ? before.then(task) : task();
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
