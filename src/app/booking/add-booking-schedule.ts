import '../../storage/booking-settings-repository.ts';
import { readBookingScheduleForm } from '../../domain/booking/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Adds a row to a service's booking schedule: a desk takes the service's bookings on a weekday between
 * two times. The database refuses a desk that does not serve the service (foreign key to desk_service)
 * and the same row twice; both come back as field errors. Overlapping rows are allowed: the slot grid
 * never offers a desk twice at once.
 * @example const id = await addBookingSchedule(deps, 4, { desk_id: '7', weekday: '1', starts_at: '08:00', ends_at: '12:00' });
 */
export async function addBookingSchedule(deps: UseCaseDeps, serviceId: number, form: FormValues): Promise<number> {
  const input = readBookingScheduleForm(form);
  return deps.db.transaction().execute(async (tx) => {
    // FOR SHARE: the service stays the office's while the row referring to it is written.
    const service = await tx
      .selectFrom('service')
      .select('id')
      .where('id', '=', serviceId)
      .where('office_id', '=', deps.actor.officeId)
      .forShare()
      .executeTakeFirst();
    if (!service) throw notFound();
    const row = await tx
      .insertInto('booking_schedule')
      .values({
        office_id: deps.actor.officeId,
        desk_id: input.deskId,
        service_id: serviceId,
        weekday: input.weekday,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'booking_schedule.create',
      subjectType: 'booking_schedule',
      subjectId: row.id,
      details: { serviceId, deskId: input.deskId, weekday: input.weekday, startsAt: input.startsAt, endsAt: input.endsAt },
    });
    return row.id;
  });
}
