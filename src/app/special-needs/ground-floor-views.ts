import { sql } from 'kysely';
import {
  groundFloorFigures,
  type GroundFloorFigures,
  type GroundFloorReason,
  type GroundFloorStatus,
} from '../../domain/special-needs/index.ts';
import { instantOf, officeDate } from '../../domain/organisation/office-time.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A ground-floor request as the Information Point, the unit head and a desk panel see it: no person, a reason code. */
export interface GroundFloorRequestView {
  id: number;
  status: GroundFloorStatus;
  reason: GroundFloorReason;
  service: { id: number; letter: string; name: Translated };
  unit: { id: number; code: string; name: Translated };
  room: { number: string; name: string; building: string };
  ticketNumber: string | null;
  registeredAt: Date;
  acceptedAt: Date | null;
  /** Who said "Schodzę": a member of staff, never a resident. */
  acceptedBy: string | null;
  acceptedByMe: boolean;
  acceptedDesk: string | null;
  servedAt: Date | null;
  escalated: boolean;
}

type Scope = { kind: 'office' } | { kind: 'unit'; unitId: number } | { kind: 'services'; serviceIds: number[] };

/** Open requests of the scope (oldest first), then those closed since the start of the office day (newest first). */
async function requestsOf(deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>, scope: Scope, options: { closedToday: boolean }) {
  const dayStart = instantOf(officeDate(deps.clock.now()), '00:00');
  let query = deps.db
    .selectFrom('ground_floor_request as r')
    .innerJoin('service', 'service.id', 'r.service_id')
    .innerJoin('unit', 'unit.id', 'r.unit_id')
    .innerJoin('room', 'room.id', 'r.room_id')
    .innerJoin('building', 'building.id', 'room.building_id')
    .leftJoin('ticket', 'ticket.id', 'r.ticket_id')
    .leftJoin('staff', 'staff.id', 'r.accepted_by')
    .leftJoin('desk', 'desk.id', 'r.accepted_desk_id')
    .select([
      'r.id',
      'r.status',
      'r.reason',
      'r.registered_at',
      'r.accepted_at',
      'r.accepted_by',
      'r.served_at',
      'r.escalated_at',
      'service.id as serviceId',
      'service.ticket_letter as letter',
      translatedColumn('service.name').as('serviceName'),
      'unit.id as unitId',
      'unit.code as unitCode',
      translatedColumn('unit.name').as('unitName'),
      'room.number as roomNumber',
      'room.name as roomName',
      'building.name as buildingName',
      'ticket.letter as ticketLetter',
      'ticket.number as ticketNo',
      'staff.full_name as acceptedByName',
      'desk.number as deskNumber',
    ])
    .where('r.office_id', '=', deps.actor.officeId)
    .where((eb) =>
      eb.or([eb('r.status', 'in', ['registered', 'accepted']), ...(options.closedToday ? [eb('r.registered_at', '>=', dayStart)] : [])]),
    );
  if (scope.kind === 'unit') query = query.where('r.unit_id', '=', scope.unitId);
  if (scope.kind === 'services') query = query.where('r.service_id', 'in', scope.serviceIds.length > 0 ? scope.serviceIds : [-1]);
  const rows = await query
    .orderBy(sql`r.status IN ('registered', 'accepted')`, 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
  return rows.map((r): GroundFloorRequestView => ({
    id: r.id,
    status: r.status,
    reason: r.reason,
    service: { id: r.serviceId, letter: r.letter, name: r.serviceName },
    unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
    room: { number: r.roomNumber, name: r.roomName, building: r.buildingName },
    ticketNumber: r.ticketLetter && r.ticketNo !== null ? `${r.ticketLetter}${String(r.ticketNo).padStart(3, '0')}` : null,
    registeredAt: r.registered_at,
    acceptedAt: r.accepted_at,
    acceptedBy: r.acceptedByName,
    acceptedByMe: r.accepted_by !== null && r.accepted_by === deps.actor.id && deps.actor.kind === 'staff',
    acceptedDesk: r.deskNumber,
    servedAt: r.served_at,
    escalated: r.escalated_at !== null,
  }));
}

/**
 * The Information Point's list: every open request of the office and today's closed ones, with who accepted.
 * @example (await officeGroundFloorRequests(deps))[0].acceptedBy // 'Tomasz Wiśniewski'
 */
export async function officeGroundFloorRequests(deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>): Promise<GroundFloorRequestView[]> {
  return requestsOf(deps, { kind: 'office' }, { closedToday: true });
}

/**
 * The unit head's list: the open requests of their unit and today's closed ones; empty for a head without a unit.
 * @example await unitGroundFloorRequests(deps)
 */
export async function unitGroundFloorRequests(
  deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>,
): Promise<{ unit: { id: number; name: Translated } | null; requests: GroundFloorRequestView[] }> {
  const unit = await deps.db
    .selectFrom('staff')
    .innerJoin('unit', 'unit.id', 'staff.unit_id')
    .select(['unit.id', translatedColumn('unit.name').as('name')])
    .where('staff.id', '=', deps.actor.id ?? -1)
    .executeTakeFirst();
  if (!unit) return { unit: null, requests: [] };
  return { unit, requests: await requestsOf(deps, { kind: 'unit', unitId: unit.id }, { closedToday: true }) };
}

/**
 * A desk panel's alerts: the requests nobody accepted yet for a service the clerk's open desk serves, and those
 * this clerk accepted and has not marked served. Empty without an open desk.
 * @example (await deskGroundFloorAlerts(deps)).map((r) => r.status) // ['registered', 'accepted']
 */
export async function deskGroundFloorAlerts(deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>): Promise<GroundFloorRequestView[]> {
  const session = await deps.db
    .selectFrom('desk_session')
    .select(sql<number[] | null>`(SELECT array_agg(service_id) FROM desk_service WHERE desk_id = desk_session.desk_id)`.as('serviceIds'))
    .where('staff_id', '=', deps.actor.id ?? -1)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
  if (!session) return [];
  const rows = await requestsOf(deps, { kind: 'services', serviceIds: session.serviceIds ?? [] }, { closedToday: false });
  return rows.filter((r) => r.status === 'registered' || r.acceptedByMe);
}

/** One unit's figures over a period. */
export interface UnitGroundFloorFigures extends GroundFloorFigures {
  unit: { id: number; code: string; name: Translated };
}

/**
 * Figures per unit over the last `days` office days (today included): requests, mean minutes to acceptance and
 * to service; only units that had requests, cancelled requests counted as requests.
 * @example (await groundFloorFiguresByUnit(deps, { days: 30 }))[0].minutesToAcceptance // 2.5
 */
export async function groundFloorFiguresByUnit(
  deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>,
  input: { days: number; unitId?: number },
): Promise<UnitGroundFloorFigures[]> {
  const today = officeDate(deps.clock.now());
  const from = instantOf(today, '00:00').getTime() - (input.days - 1) * 86_400_000;
  let query = deps.db
    .selectFrom('ground_floor_request as r')
    .innerJoin('unit', 'unit.id', 'r.unit_id')
    .select(['unit.id', 'unit.code', translatedColumn('unit.name').as('name'), 'r.registered_at', 'r.accepted_at', 'r.served_at'])
    .where('r.office_id', '=', deps.actor.officeId)
    .where('r.registered_at', '>=', new Date(from));
  if (input.unitId !== undefined) query = query.where('r.unit_id', '=', input.unitId);
  const rows = await query.orderBy('unit.code').execute();
  const byUnit = new Map<
    number,
    { unit: UnitGroundFloorFigures['unit']; rows: { registeredAt: Date; acceptedAt: Date | null; servedAt: Date | null }[] }
  >();
  for (const r of rows) {
    const entry = byUnit.get(r.id) ?? { unit: { id: r.id, code: r.code, name: r.name }, rows: [] };
    entry.rows.push({ registeredAt: r.registered_at, acceptedAt: r.accepted_at, servedAt: r.served_at });
    byUnit.set(r.id, entry);
  }
  return [...byUnit.values()].map((e) => ({ unit: e.unit, ...groundFloorFigures(e.rows) }));
}

/** What the registration form offers: the office's active services (with their unit) and its ground-floor rooms. */
export interface GroundFloorChoices {
  services: { id: number; letter: string; name: Translated; unit: Translated }[];
  rooms: { id: number; number: string; name: string; building: string }[];
}

/**
 * The registration form's choices.
 * @example (await groundFloorChoices(deps)).rooms[0] // { id: 3, number: 'A.0.1', name: 'Punkt Informacyjny', building: 'Budynek A' }
 */
export async function groundFloorChoices(deps: Pick<UseCaseDeps, 'db' | 'actor'>): Promise<GroundFloorChoices> {
  const officeId = deps.actor.officeId;
  const [services, rooms] = await Promise.all([
    deps.db
      .selectFrom('service')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .select([
        'service.id',
        'service.ticket_letter as letter',
        translatedColumn('service.name').as('name'),
        translatedColumn('unit.name').as('unit'),
      ])
      .where('service.office_id', '=', officeId)
      .where('service.active', '=', true)
      .orderBy('service.ticket_letter')
      .execute(),
    deps.db
      .selectFrom('room')
      .innerJoin('building', 'building.id', 'room.building_id')
      .select(['room.id', 'room.number', 'room.name', 'building.name as building'])
      .where('building.office_id', '=', officeId)
      .where('room.floor', '=', 0)
      .orderBy('building.name')
      .orderBy('room.number')
      .execute(),
  ]);
  return { services, rooms };
}
