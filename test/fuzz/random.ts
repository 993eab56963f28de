/**
 * A small seeded generator (mulberry32): the same seed gives the same run of choices, so a failure the
 * fuzzer prints can be met again with its seed.
 * @example const random = new Random(42); random.pick(['a', 'b']);
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, below). */
  below(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.below(items.length)]!;
  }

  /** Some of the items (each kept with the probability), in their order. */
  some<T>(items: readonly T[], probability: number): T[] {
    return items.filter(() => this.chance(probability));
  }
}

/** A seed from the environment or the clock, printed by the caller so the run can be repeated. */
export function seedFrom(text: string | undefined): number {
  const parsed = Number(text);
  return text !== undefined && text !== '' && Number.isInteger(parsed) ? parsed >>> 0 : Date.now() % 2_147_483_647;
}
