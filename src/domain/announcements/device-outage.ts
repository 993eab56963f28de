// A device that reports its own failure (seed: "AWARIA BILETERA!!!"): the problems a kiosk, a board or a
// kiosk's ticket printer can have, which of them put up a banner, when a recovered device's banner goes, and
// the uptime of the last days. Pure: the instant is a parameter.

export const DEVICE_PROBLEMS = ['silent', 'paper_end', 'paper_near_end', 'cover_open', 'printer_error', 'printer_offline'] as const;
export type DeviceProblem = (typeof DEVICE_PROBLEMS)[number];
/** The problems that stop a device serving residents: they put up an outage banner. Paper near its end does not (the printer still prints): it alerts staff only. */
export type OutageProblem = Exclude<DeviceProblem, 'paper_near_end'>;

export function isOutage(problem: DeviceProblem | null): problem is OutageProblem {
  return problem !== null && problem !== 'paper_near_end';
}

/** The kinds of device that send heartbeats, so that their silence is noticed. */
export const BEATING_KINDS = ['kiosk', 'board', 'feedback'] as const;

/**
 * Whether a device's outage is announced to residents. A kiosk or a board serves the people waiting, so its failure
 * puts up a banner with what to do instead; a feedback tablet by the exit serves nobody waiting (a resident may still
 * answer on the follow page or through the mail's link), so its silence shows to the administrators only.
 * @example announcesOutage('feedback') // false
 */
export function announcesOutage(kind: 'kiosk' | 'board' | 'printer' | 'feedback'): boolean {
  return kind !== 'feedback';
}

/** Whether a problem is the kiosk's printer's (the kiosk then shows the number on screen instead of printing). */
export function isPrinterProblem(problem: DeviceProblem | null): boolean {
  return problem !== null && problem !== 'silent' && problem !== 'paper_near_end';
}

/**
 * The problem a heartbeat's failure names (`printer: paper_end`, `printer: offline (refused)`), or null.
 * @example problemOfFailure('printer: offline (timeout)') // 'printer_offline'
 */
export function problemOfFailure(failure: string | null): DeviceProblem | null {
  const match = /^printer: ([a-z_]+)/.exec(failure ?? '');
  if (!match) return null;
  switch (match[1]) {
    case 'paper_end':
      return 'paper_end';
    case 'paper_near_end':
      return 'paper_near_end';
    case 'cover_open':
      return 'cover_open';
    case 'offline':
      return 'printer_offline';
    default:
      return 'printer_error';
  }
}

/** A device's outage as the use case found it: its problem now, since when, and its open banner (if any). */
export interface OutageState {
  problem: DeviceProblem | null;
  problemChangedAt: Date | null;
  /** The problem its open automatic announcement names, or null when none is open. */
  banner: OutageProblem | null;
}

/** What to do with the banner. */
export type BannerStep =
  { kind: 'none' } | { kind: 'raise'; problem: OutageProblem } | { kind: 'change'; problem: OutageProblem } | { kind: 'end' };

/**
 * The banner's step for a device whose problem is now `state.problem`: an outage raises one (or changes its
 * words to the new problem); a device well again keeps its banner until it has been well for `holdMs`, so a
 * flapping device shows one steady banner instead of a new one at every beat.
 * @example bannerStep({ problem: null, problemChangedAt: at('09:00'), banner: 'paper_end' }, at('09:03'), 120_000) // { kind: 'end' }
 */
export function bannerStep(state: OutageState, now: Date, holdMs: number): BannerStep {
  if (isOutage(state.problem)) {
    if (state.banner === null) return { kind: 'raise', problem: state.problem };
    return state.banner === state.problem ? { kind: 'none' } : { kind: 'change', problem: state.problem };
  }
  if (state.banner === null) return { kind: 'none' };
  const since = state.problemChangedAt?.getTime() ?? 0;
  return now.getTime() - since >= holdMs ? { kind: 'end' } : { kind: 'none' };
}

/**
 * Whether a device that beats (a kiosk, a board, a feedback tablet) has been silent too long: seen once, and not since `silentMs`.
 * A device never seen is not yet installed, not failed.
 */
export function isSilent(lastSeenAt: Date | null, now: Date, silentMs: number): boolean {
  return lastSeenAt !== null && now.getTime() - lastSeenAt.getTime() >= silentMs;
}

/**
 * The share of the time from `from` to `to` that a device was without an outage, from its changes in time
 * order (`problem` null: well again) and its problem at `from`. 1 for an empty span.
 * @example uptime(null, [{ at: at('10:00'), problem: 'silent' }, { at: at('11:00'), problem: null }], at('00:00'), at('24:00')) // 23/24
 */
export function uptime(
  problemAtStart: DeviceProblem | null,
  changes: readonly { at: Date; problem: DeviceProblem | null }[],
  from: Date,
  to: Date,
): number {
  const span = to.getTime() - from.getTime();
  if (span <= 0) return 1;
  let down = 0;
  let current = problemAtStart;
  let since = from.getTime();
  for (const change of changes) {
    const at = Math.min(Math.max(change.at.getTime(), from.getTime()), to.getTime());
    if (isOutage(current)) down += at - since;
    current = change.problem;
    since = at;
  }
  if (isOutage(current)) down += to.getTime() - since;
  return 1 - down / span;
}
