import { sql } from 'kysely';
import { officeDate } from '../../domain/organisation/index.ts';
import { decideIssue, MAX_TICKET_NUMBER, type IssueRefusal, type WaitEstimate } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { kioskBuildings, type KioskBuilding } from './kiosk-buildings.ts';
import { serviceHoursOn } from './service-hours.ts';
import { estimateFor, serviceFigures } from './wait-figures.ts';
import type { WaitingPlace } from './waiting-place.ts';

export interface KioskService {
  serviceId: number;
  letter: string;
  name: Translated;
  waiting: number;
  /** Desks serving it that are open now. */
  openDesks: number;
  estimate: WaitEstimate;
  /** Whether a regular ticket can be taken now: hours, cutoff, daily limit and the day's last number. */
  issuingNow: boolean;
  /**
   * Why a regular ticket cannot be taken now, or null. A priority ticket is refused for the same reasons
   * except the daily limit (seed 7.1).
   */
  refusal: Exclude<IssueRefusal, { code: 'unknown_priority_reason' }> | null;
  /** Tickets taken today: the kiosk puts the most used services on its first screen. */
  issuedToday: number;
  /** A clerk can serve it on the ground floor (seed 7.1). */
  groundFloorPossible: boolean;
  /** Where its residents wait. */
  where: WaitingPlace;
}

export interface KioskUnit {
  unitId: number;
  code: string;
  name: Translated;
  /** The unit's building, or null when it has none set. */
  buildingId: number | null;
  services: KioskService[];
}

/** A reason for a priority ticket (seed 7.1) the office offers. */
export interface PriorityReason {
  code: string;
  name: Translated;
}

export interface KioskChoices {
  units: KioskUnit[];
  /** The services most taken today (taken at least once and issuing now), most taken first: the one-touch row. */
  mostUsed: KioskService[];
  priorityReasons: PriorityReason[];
  /** The office's buildings with their addresses, and the one the kiosk stands in. */
  buildings: KioskBuilding[];
  kioskBuildingId: number | null;
}

// The first screen's one-touch row.
const MOST_USED = 4;

/**
 * The kiosk's menu for the acting device's office: active services grouped by unit, each with its waiting
 * count, wait estimate, where it is served and why tickets are not issued now; the most used ones; the
 * priority reasons; the buildings, so that the kiosk can say which are elsewhere.
 * @example const { units, mostUsed, priorityReasons } = await kioskChoices(deps);
 */
export async function kioskChoices(deps: UseCaseDeps): Promise<KioskChoices> {
  const [units, priorityReasons, site] = await Promise.all([kioskUnits(deps), activePriorityReasons(deps), kioskBuildings(deps)]);
  const mostUsed = units
    .flatMap((u) => u.services)
    .filter((s) => s.issuedToday > 0 && s.issuingNow)
    .sort((a, b) => b.issuedToday - a.issuedToday)
    .slice(0, MOST_USED);
  return { units, mostUsed, priorityReasons, buildings: site.buildings, kioskBuildingId: site.kioskBuildingId };
}

/**
 * The priority reasons the office offers now, in its order.
 * @example await activePriorityReasons(deps) // [{ code: 'pregnancy', name: { pl: 'Ciąża', … } }, …]
 */
export async function activePriorityReasons(deps: UseCaseDeps): Promise<PriorityReason[]> {
  return deps.db
    .selectFrom('priority_reason')
    .select(['code', translatedColumn('name').as('name')])
    .where('office_id', '=', deps.actor.officeId)
    .where('active', '=', true)
    .orderBy('position')
    .execute();
}

interface ServiceRow {
  id: number;
  ticket_letter: string;
  name: Translated;
  stop_issuing_minutes: number;
  daily_ticket_limit: number | null;
  ground_floor_possible: boolean;
  unitId: number;
  code: string;
  unitName: Translated;
  unitBuildingId: number | null;
  place: WaitingPlace;
}

async function kioskUnits(deps: UseCaseDeps): Promise<KioskUnit[]> {
  const { db } = deps;
  const officeId = deps.actor.officeId;
  const at = deps.clock.now();
  const day = officeDate(at);
  const [services, figures, issued, counters] = await Promise.all([
    // The waiting place as placeOfService finds it: the unit's room, else the first active desk serving it.
    sql<ServiceRow>`
      SELECT s.id, s.ticket_letter, ${translatedColumn('s.name')} AS name, s.stop_issuing_minutes, s.daily_ticket_limit,
             s.ground_floor_possible, u.id AS "unitId", u.code, ${translatedColumn('u.name')} AS "unitName", u.building_id AS "unitBuildingId",
             CASE WHEN ub.id IS NOT NULL AND ur.id IS NOT NULL
                  THEN json_build_object('building', ub.name, 'buildingId', ub.id, 'floor', ur.floor, 'room', ur.number)
                  ELSE coalesce(
                    (SELECT json_build_object('building', b.name, 'buildingId', b.id, 'floor', d.floor, 'room', rm.number)
                       FROM desk_service ds JOIN desk d ON d.id = ds.desk_id JOIN building b ON b.id = d.building_id
                       LEFT JOIN room rm ON rm.id = d.room_id
                      WHERE ds.service_id = s.id AND d.active ORDER BY d.id LIMIT 1),
                    json_build_object('building', coalesce(ub.name, ''), 'buildingId', ub.id, 'floor', ur.floor, 'room', ur.number))
             END AS place
      FROM service s
      JOIN unit u ON u.id = s.unit_id
      LEFT JOIN building ub ON ub.id = u.building_id
      LEFT JOIN room ur ON ur.id = u.room_id
      WHERE s.office_id = ${officeId} AND s.active
      ORDER BY u.code, s.ticket_letter`.execute(db),
    serviceFigures(db, officeId, at),
    db
      .selectFrom('ticket')
      .select(['service_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('office_id', '=', officeId)
      .where('office_day', '=', day)
      .groupBy('service_id')
      .execute(),
    db
      .selectFrom('ticket_counter')
      .select(['letter', 'last_number', 'regular_issued'])
      .where('office_id', '=', officeId)
      .where('office_day', '=', day)
      .execute(),
  ]);
  const issuedBy = new Map(issued.map((r) => [r.service_id, Number(r.n)]));
  const counterOf = new Map(counters.map((c) => [c.letter, c]));
  const units = new Map<number, KioskUnit>();
  const hoursOfUnit = new Map<number, Awaited<ReturnType<typeof serviceHoursOn>>>();
  for (const s of services.rows) {
    if (!hoursOfUnit.has(s.unitId)) hoursOfUnit.set(s.unitId, await serviceHoursOn(db, officeId, s.unitId, day));
    const counter = counterOf.get(s.ticket_letter);
    const decision = decideIssue(
      { active: true, dailyLimit: s.daily_ticket_limit, stopIssuingMinutesBeforeClosing: s.stop_issuing_minutes, priorityReasons: [] },
      hoursOfUnit.get(s.unitId)!,
      { at, issuedToday: counter?.regular_issued ?? 0, ticket: { priorityReason: null, booked: false } },
    );
    const usedUp = (counter?.last_number ?? 0) >= MAX_TICKET_NUMBER;
    const refusal: KioskService['refusal'] = usedUp
      ? { code: 'numbers_used_up', letter: s.ticket_letter }
      : decision.ok || decision.refusal.code === 'unknown_priority_reason'
        ? null
        : decision.refusal;
    let unit = units.get(s.unitId);
    if (!unit) {
      unit = { unitId: s.unitId, code: s.code, name: s.unitName, buildingId: s.unitBuildingId, services: [] };
      units.set(s.unitId, unit);
    }
    const f = figures.get(s.id);
    unit.services.push({
      serviceId: s.id,
      letter: s.ticket_letter,
      name: s.name,
      waiting: f?.waiting ?? 0,
      openDesks: f?.openDesks ?? 0,
      estimate: estimateFor(f, f?.waiting ?? 0),
      issuingNow: refusal === null,
      refusal,
      issuedToday: issuedBy.get(s.id) ?? 0,
      groundFloorPossible: s.ground_floor_possible,
      where: s.place,
    });
  }
  return [...units.values()];
}
