import { conflict } from '../shared/errors.ts';
import { MINUTE } from '../shared/time.ts';

/** Why a person is served on the ground floor, as a code: never a health detail (seed 7.1). */
export const GROUND_FLOOR_REASONS = [
  'mobility',
  'wheelchair',
  'blind',
  'deaf',
  'elderly',
  'pregnant',
  'carer_with_child',
  'other',
] as const;
export type GroundFloorReason = (typeof GROUND_FLOOR_REASONS)[number];

export type GroundFloorStatus = 'registered' | 'accepted' | 'served' | 'cancelled';
export type GroundFloorAction = 'accept' | 'serve' | 'cancel';

/** The default minutes a request waits for a clerk before it escalates to the unit head and the Information Point. */
export const DEFAULT_ESCALATE_MINUTES = 5;

const NEXT: Record<GroundFloorStatus, Partial<Record<GroundFloorAction, GroundFloorStatus>>> = {
  registered: { accept: 'accepted', cancel: 'cancelled' },
  accepted: { serve: 'served', cancel: 'cancelled' },
  served: {},
  cancelled: {},
};

/**
 * The state a ground-floor request moves to: registered → accepted → served, or cancelled before it is served.
 * A refused step is a conflict with a key that says why (already accepted by someone, already closed).
 * @example nextGroundFloorStatus('registered', 'accept') // 'accepted'
 */
export function nextGroundFloorStatus(current: GroundFloorStatus, action: GroundFloorAction): GroundFloorStatus {
  const next = NEXT[current][action];
  if (next) return next;
  if (action === 'accept' && current === 'accepted') throw conflict('groundFloor.refusal.alreadyAccepted');
  if (current === 'registered') throw conflict('groundFloor.refusal.notAccepted');
  throw conflict('groundFloor.refusal.closed');
}

/** The steps a request in this state allows, so a page offers only what will be accepted. */
export function offeredGroundFloorActions(current: GroundFloorStatus): GroundFloorAction[] {
  return Object.keys(NEXT[current]) as GroundFloorAction[];
}

/**
 * True when a request still waiting for a clerk has waited its minutes and was not escalated yet.
 * @example escalationDue({ status: 'registered', registeredAt, escalatedAt: null }, now, 5)
 */
export function escalationDue(
  request: { status: GroundFloorStatus; registeredAt: Date; escalatedAt: Date | null },
  now: Date,
  minutes: number,
): boolean {
  return (
    request.status === 'registered' && request.escalatedAt === null && now.getTime() - request.registeredAt.getTime() >= minutes * MINUTE
  );
}

/** One unit's figures: how many requests, and the mean minutes to acceptance and to service (null without any). */
export interface GroundFloorFigures {
  requests: number;
  accepted: number;
  served: number;
  minutesToAcceptance: number | null;
  minutesToService: number | null;
}

/**
 * A unit's figures from its requests' instants; the means are rounded to a tenth of a minute.
 * @example groundFloorFigures([{ registeredAt, acceptedAt, servedAt }]).minutesToAcceptance // 2.5
 */
export function groundFloorFigures(
  rows: readonly { registeredAt: Date; acceptedAt: Date | null; servedAt: Date | null }[],
): GroundFloorFigures {
  const mean = (values: number[]) =>
    values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length / MINUTE) * 10) / 10;
  const toAcceptance = rows.filter((r) => r.acceptedAt).map((r) => r.acceptedAt!.getTime() - r.registeredAt.getTime());
  const toService = rows.filter((r) => r.servedAt).map((r) => r.servedAt!.getTime() - r.registeredAt.getTime());
  return {
    requests: rows.length,
    accepted: toAcceptance.length,
    served: toService.length,
    minutesToAcceptance: mean(toAcceptance),
    minutesToService: mean(toService),
  };
}
