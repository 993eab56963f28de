/** How the estimate reads history; the defaults suit a desk serving a few dozen residents a day. */
export interface EstimatePolicy {
  /** How many of the most recent service times to use. */
  sampleSize: number;
  /** Fewer finished services than this and the service's typical minutes are used instead. */
  minimumSamples: number;
  /** The share dropped at each end before averaging, so one long or aborted visit does not swing the estimate. */
  trimShare: number;
}

export const DEFAULT_ESTIMATE_POLICY: EstimatePolicy = { sampleSize: 20, minimumSamples: 3, trimShare: 0.2 };

/** The minutes one resident takes at a desk, and whether that comes from history or the service's settings. */
export interface ServiceTime {
  minutes: number;
  basis: 'history' | 'typical';
}

/**
 * The expected minutes per resident: a trimmed mean of the most recent service times (most recent
 * first), or the service's typical minutes when there are too few. Times that are not positive numbers
 * are ignored (a clock step or a record without a start).
 * @example serviceTime([8, 12, 10, 60, 9], 15) // { minutes: 10.33…, basis: 'history' } (the shortest and the longest dropped)
 */
export function serviceTime(
  recentMinutes: readonly number[],
  typicalMinutes: number,
  policy: EstimatePolicy = DEFAULT_ESTIMATE_POLICY,
): ServiceTime {
  const samples = recentMinutes.filter((m) => Number.isFinite(m) && m > 0).slice(0, policy.sampleSize);
  if (samples.length < Math.max(1, policy.minimumSamples)) return { minutes: typicalMinutes, basis: 'typical' };
  const sorted = [...samples].sort((a, b) => a - b);
  const drop = Math.floor(sorted.length * policy.trimShare);
  const kept = sorted.slice(drop, sorted.length - drop);
  return { minutes: kept.reduce((sum, m) => sum + m, 0) / kept.length, basis: 'history' };
}

/**
 * A wait as residents are told it: a range in whole five minutes ("ok. 10–15 min"); `next` when nobody is
 * ahead; `unknown` when no open desk serves the service (nobody can say when one opens).
 */
export type WaitEstimate =
  { kind: 'unknown' } | { kind: 'next' } | { kind: 'range'; fromMinutes: number; toMinutes: number; basis: ServiceTime['basis'] };

const STEP = 5;
// ±15% around the expected wait: honest about the uncertainty without a range too wide to plan by.
const SPREAD = 0.15;

/**
 * Estimates a resident's wait: the people ahead, each taking the expected service time, shared among
 * the open desks that serve the service.
 * @example
 * estimateWait({ recentMinutes: [10, 12, 11, 9], typicalMinutes: 15, peopleAhead: 3, openDesks: 2 })
 * // { kind: 'range', fromMinutes: 10, toMinutes: 20, basis: 'history' }
 */
export function estimateWait(
  input: { recentMinutes: readonly number[]; typicalMinutes: number; peopleAhead: number; openDesks: number },
  policy: EstimatePolicy = DEFAULT_ESTIMATE_POLICY,
): WaitEstimate {
  if (input.openDesks <= 0) return { kind: 'unknown' };
  if (input.peopleAhead <= 0) return { kind: 'next' };
  const perPerson = serviceTime(input.recentMinutes, input.typicalMinutes, policy);
  const expected = (input.peopleAhead * perPerson.minutes) / input.openDesks;
  const fromMinutes = Math.floor((expected * (1 - SPREAD)) / STEP) * STEP;
  const toMinutes = Math.max(fromMinutes + STEP, Math.ceil((expected * (1 + SPREAD)) / STEP) * STEP);
  return { kind: 'range', fromMinutes, toMinutes, basis: perPerson.basis };
}
