import type { Place, Severity } from './announcement-input.ts';

const RANK: Record<Severity, number> = { outage: 0, warning: 1, info: 2 };

/** What visibility needs of an announcement. */
export interface Scheduled {
  severity: Severity;
  places: readonly string[];
  shownFrom: Date;
  shownUntil: Date | null;
  withdrawnAt: Date | null;
}

/**
 * Whether an announcement shows at an instant: from its start, before its end, not withdrawn.
 * @example isShown({ shownFrom: at('09:00'), shownUntil: at('17:00'), withdrawnAt: null, ... }, at('12:00')) // true
 */
export function isShown(a: Scheduled, now: Date): boolean {
  return (
    a.withdrawnAt === null && a.shownFrom.getTime() <= now.getTime() && (a.shownUntil === null || a.shownUntil.getTime() > now.getTime())
  );
}

/** Whether it is still to come or showing (a screen keeps these to show each at its time). */
export function isCurrentOrComing(a: Scheduled, now: Date): boolean {
  return a.withdrawnAt === null && (a.shownUntil === null || a.shownUntil.getTime() > now.getTime());
}

/** The state shown on the staff list: coming, shown, ended or withdrawn. */
export function stateOf(a: Scheduled, now: Date): 'coming' | 'shown' | 'ended' | 'withdrawn' {
  if (a.withdrawnAt !== null) return 'withdrawn';
  if (isShown(a, now)) return 'shown';
  return a.shownFrom.getTime() > now.getTime() ? 'coming' : 'ended';
}

/**
 * Most severe first (outage, warning, info), then the newest start first.
 * @example [info, outage].sort(bySeverity) // [outage, info]
 */
export function bySeverity(a: { severity: Severity; shownFrom: Date }, b: { severity: Severity; shownFrom: Date }): number {
  return RANK[a.severity] - RANK[b.severity] || b.shownFrom.getTime() - a.shownFrom.getTime();
}

/** Whether it shows on a kind of screen. */
export function showsOn(a: { places: readonly string[] }, place: Place): boolean {
  return a.places.includes(place);
}
