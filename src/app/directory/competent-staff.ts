import { sql } from 'kysely';
import { officeDate } from '../../domain/organisation/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** A member of staff who handles a matter, as the phone directory shows them. */
export interface CompetentPerson {
  staffId: number;
  fullName: string;
  position: string;
  unitId: number;
  unitCode: string;
  unitName: Translated;
  room: string | null;
  extension: string;
  /** On the unit head's absence list today. */
  away: boolean;
}

/**
 * Who handles each of these services: the active staff who list the service among their matters, and those
 * who list none but belong to the service's unit; with today's absences marked (seed 5.4: transfer to the
 * competent person present). Present people first, then by name.
 * @example const people = await competentStaff(db, 1, [4], now); people.get(4)?.filter((p) => !p.away)
 */
export async function competentStaff(
  db: Db,
  officeId: number,
  serviceIds: readonly number[],
  now: Date,
): Promise<Map<number, CompetentPerson[]>> {
  const result = new Map<number, CompetentPerson[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return result;
  const today = officeDate(now);
  const rows = await db
    .selectFrom('service')
    .innerJoin('staff', (join) =>
      join.on((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('staff_service')
              .select(sql.lit(1).as('one'))
              .whereRef('staff_service.staff_id', '=', 'staff.id')
              .whereRef('staff_service.service_id', '=', 'service.id'),
          ),
          eb.and([
            eb('staff.unit_id', '=', eb.ref('service.unit_id')),
            eb.not(
              eb.exists(eb.selectFrom('staff_service').select(sql.lit(1).as('one')).whereRef('staff_service.staff_id', '=', 'staff.id')),
            ),
          ]),
        ]),
      ),
    )
    .innerJoin('unit', 'unit.id', 'staff.unit_id')
    .leftJoin('room', 'room.id', 'staff.room_id')
    .select((eb) => [
      'service.id as serviceId',
      'staff.id as staffId',
      'staff.full_name as fullName',
      'staff.position',
      'unit.id as unitId',
      'unit.code as unitCode',
      translatedColumn('unit.name').as('unitName'),
      'room.number as room',
      'staff.phone_extension as extension',
      eb
        .exists(
          eb
            .selectFrom('staff_absence')
            .select(sql.lit(1).as('one'))
            .whereRef('staff_absence.staff_id', '=', 'staff.id')
            .where('staff_absence.starts_on', '<=', today)
            .where('staff_absence.ends_on', '>=', today),
        )
        .as('away'),
    ])
    .where('service.office_id', '=', officeId)
    .where('service.id', 'in', [...serviceIds])
    .where('staff.office_id', '=', officeId)
    .where('staff.active', '=', true)
    .orderBy('staff.full_name')
    .execute();
  for (const { serviceId, away, ...person } of rows) result.get(serviceId)?.push({ ...person, away: Boolean(away) });
  for (const people of result.values()) people.sort((a, b) => Number(a.away) - Number(b.away));
  return result;
}
