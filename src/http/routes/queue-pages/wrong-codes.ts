/**
 * Counts wrong booking codes per kiosk over a sliding window, so a kiosk cannot be used to try codes one
 * after another (enumeration). Only codes that were looked up and not found count: a code that exists
 * gives a ticket or a refusal, and a mistyped shape is refused before any lookup. Kept in memory: it
 * guards a device in front of a person, and a restart resets no more than a few minutes of counting.
 * With 31^8 possible codes, 10 guesses in 10 minutes is 1 440 a day per kiosk: hopeless by design.
 * @example const limiter = new WrongCodeLimiter(10, 600_000); if (limiter.retryAfter('kiosk:5', now) > 0) refuse();
 */
export class WrongCodeLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: Date): number[] {
    const since = now.getTime() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Whole seconds until the key may try again; 0 when it may try now. */
  retryAfter(key: string, now: Date): number {
    const recent = this.recent(key, now);
    if (recent.length < this.max) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.max]! + this.windowMs - now.getTime()) / 1000));
  }

  /** Records one wrong code. */
  record(key: string, now: Date): void {
    this.failures.set(key, [...this.recent(key, now), now.getTime()]);
  }
}
