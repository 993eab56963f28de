import { sql } from 'kysely';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { HomeVisitMailFacts } from '../mail/mail-ports.ts';

/**
 * What the mail of a home visit says, read when the mail is sent: null when there is nothing to say any more (no
 * e-mail address, the request anonymised, or the visit moved again or already done, so a newer mail or none
 * applies).
 * @example await homeVisitForMail(db, 12) // { decision: 'scheduled', visitOn: '2026-12-10', visitTime: '10:00', … }
 */
export async function homeVisitForMail(db: Db, visitId: number): Promise<HomeVisitMailFacts | null> {
  const row = await db
    .selectFrom('home_visit as v')
    .innerJoin('home_visit_request as r', 'r.id', 'v.request_id')
    .innerJoin('office as o', 'o.id', 'r.office_id')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .innerJoin('staff as s', 's.id', 'v.employee_id')
    .innerJoin('home_visit_authorisation as a', 'a.id', 'v.authorisation_id')
    .leftJoin('service as sv', 'sv.id', 'r.service_id')
    .select([
      'v.id',
      'v.request_id',
      'v.status',
      sql<string>`to_char(v.visit_on, 'YYYY-MM-DD')`.as('visitOn'),
      sql<string>`to_char(v.visit_time, 'HH24:MI')`.as('visitTime'),
      'r.email',
      'r.locale',
      'r.anonymised_at',
      'o.name as officeName',
      'o.phone as officePhone',
      translatedColumn('u.name').as('unitName'),
      'u.phone as unitPhone',
      'sv.id as serviceId',
      translatedColumn('sv.name').as('serviceName'),
      's.full_name as employeeName',
      'a.number as authorisationNumber',
    ])
    .where('v.id', '=', visitId)
    .executeTakeFirst();
  if (!row || row.email === '' || row.anonymised_at !== null) return null;
  if (row.status !== 'scheduled' && row.status !== 'cancelled') return null;
  const moved =
    row.status === 'scheduled'
      ? await db
          .selectFrom('home_visit')
          .select([sql<string>`to_char(visit_on, 'YYYY-MM-DD')`.as('visitOn'), sql<string>`to_char(visit_time, 'HH24:MI')`.as('visitTime')])
          .where('request_id', '=', row.request_id)
          .where('status', '=', 'moved')
          .where('id', '<', row.id)
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst()
      : undefined;
  return {
    locale: row.locale,
    email: row.email,
    officeName: row.officeName,
    officePhone: row.officePhone,
    decision: row.status,
    visitOn: row.visitOn,
    visitTime: row.visitTime,
    movedFrom: moved ?? null,
    employeeName: row.employeeName,
    authorisationNumber: row.authorisationNumber ?? '',
    unitName: row.unitName,
    unitPhone: row.unitPhone,
    serviceName: row.serviceId === null ? null : row.serviceName,
  };
}
