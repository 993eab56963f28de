import { keepRecent } from '../../domain/shared/kept.ts';

// One count for every instance, so one arrival tick serves all the look-ups of a request.
let tick = 0;

/**
 * The tick of a request's arrival: reads that begin later may answer it (`FreshReads.read`).
 * @example const since = arrived();
 */
export function arrived(): number {
  tick += 1;
  return tick;
}

/**
 * Read-only look-ups that requests asking the same thing at about the same time may share, without any
 * answer getting older than the request: a request gets the answer of a read that began after it arrived
 * (`since`, a tick taken from `arrived()` when it came in), so the answer describes a moment within its
 * own lifetime, as a read of its own would. A burst's refused attempts at one time, released together
 * when the winner commits, so ask the database once instead of one after another.
 * @example const since = arrived(); …; const busy = await lookUps.read(key, since, () => readBusy());
 */
export class FreshReads<V> {
  private readonly latest = new Map<string, { startedAt: number; value: Promise<V> }>();

  constructor(private readonly limit = 1_000) {}

  /** The answer of the latest read of `key` if it began after `since` (finished or not), else of a new read. */
  read(key: string, since: number, load: () => Promise<V>): Promise<V> {
    const kept = this.latest.get(key);
    if (kept && kept.startedAt > since) return kept.value;
    const read = { startedAt: (tick += 1), value: load() };
    keepRecent(this.latest, key, read, this.limit);
    // A failed read is not shared with later requests: they read again.
    read.value.catch(() => {
      if (this.latest.get(key) === read) this.latest.delete(key);
    });
    return read.value;
  }
}
