import { sql } from 'kysely';
import type { HoursToday } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import { calendarFromRows, hoursTodayOf, type ExceptionRow, type HoursRow } from './service-hours.ts';
import type { WaitingPlace } from './waiting-place.ts';

/** Everything issuing a ticket reads before it writes, as of one instant. */
export interface IssueSetup {
  service: {
    id: number;
    unitId: number;
    letter: string;
    names: Translated;
    active: boolean;
    dailyLimit: number | null;
    stopIssuingMinutes: number;
    /** A clerk can serve it on the ground floor for a resident who cannot go upstairs (seed 7.1). */
    groundFloorPossible: boolean;
  };
  hours: HoursToday;
  priorityReasons: string[];
  where: WaitingPlace;
}

interface SetupRow {
  id: number;
  unit_id: number;
  ticket_letter: string;
  name: Translated;
  active: boolean;
  daily_ticket_limit: number | null;
  stop_issuing_minutes: number;
  ground_floor_possible: boolean;
  building_id: number | null;
  hours: HoursRow[];
  exceptions: ExceptionRow[];
  reasons: string[];
  unit_building: string | null;
  unit_floor: number | null;
  unit_room: string | null;
  desk_place: { building: string; buildingId: number; floor: number; room: string | null } | null;
}

/**
 * Reads, in ONE round trip, what the issuing rules need about a service on a date: the service, its
 * unit's calendar (weekly hours and exceptions), the active priority reasons and where to wait. The
 * kiosk's busiest path pays one query here instead of six; the rules and calendar logic are unchanged
 * (`calendarFromRows`, the same as `unitCalendar`; the place as `placeOfService`).
 * @example await issueSetup(db, 1, 3, '2026-11-24') // { service: { letter: 'A', … }, hours: { open: true, … }, … } or null
 */
export async function issueSetup(db: Db, officeId: number, serviceId: number, date: string): Promise<IssueSetup | null> {
  const result = await sql<SetupRow>`
    SELECT s.id, s.unit_id, s.ticket_letter, ${translatedColumn('s.name')} AS name, s.active, s.daily_ticket_limit, s.stop_issuing_minutes,
           s.ground_floor_possible, u.building_id,
           (SELECT coalesce(json_agg(json_build_object('unit_id', h.unit_id, 'building_id', h.building_id, 'weekday', h.weekday,
                                                       'opens', h.opens, 'closes', h.closes)), '[]'::json)
              FROM opening_hours h WHERE h.office_id = s.office_id AND (h.unit_id = u.id OR h.building_id = u.building_id)) AS hours,
           (SELECT coalesce(json_agg(json_build_object('building_id', e.building_id, 'starts_on', e.starts_on, 'ends_on', e.ends_on,
                                                       'kind', e.kind, 'opens', e.opens, 'closes', e.closes,
                                                       'reason', ${translatedColumn('e.reason')})), '[]'::json)
              FROM calendar_exception e WHERE e.office_id = s.office_id AND (e.building_id IS NULL OR e.building_id = u.building_id)) AS exceptions,
           (SELECT coalesce(json_agg(r.code), '[]'::json) FROM priority_reason r WHERE r.office_id = s.office_id AND r.active) AS reasons,
           ub.name AS unit_building, ur.floor AS unit_floor, ur.number AS unit_room,
           (SELECT json_build_object('building', b.name, 'buildingId', b.id, 'floor', d.floor, 'room', rm.number)
              FROM desk_service ds JOIN desk d ON d.id = ds.desk_id JOIN building b ON b.id = d.building_id LEFT JOIN room rm ON rm.id = d.room_id
              WHERE ds.service_id = s.id AND d.active ORDER BY d.id LIMIT 1) AS desk_place
    FROM service s
    JOIN unit u ON u.id = s.unit_id
    LEFT JOIN building ub ON ub.id = u.building_id
    LEFT JOIN room ur ON ur.id = u.room_id
    WHERE s.id = ${serviceId} AND s.office_id = ${officeId}`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const calendar = calendarFromRows(row.unit_id, row.building_id, row.hours, row.exceptions);
  const where: WaitingPlace =
    row.unit_building && row.unit_room
      ? { building: row.unit_building, floor: row.unit_floor, room: row.unit_room, buildingId: row.building_id }
      : (row.desk_place ?? { building: row.unit_building ?? '', floor: row.unit_floor, room: row.unit_room, buildingId: row.building_id });
  return {
    service: {
      id: row.id,
      unitId: row.unit_id,
      letter: row.ticket_letter,
      names: row.name,
      active: row.active,
      dailyLimit: row.daily_ticket_limit,
      stopIssuingMinutes: row.stop_issuing_minutes,
      groundFloorPossible: row.ground_floor_possible,
    },
    hours: hoursTodayOf(calendar, date),
    priorityReasons: row.reasons,
    where,
  };
}
