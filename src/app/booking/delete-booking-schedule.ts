import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Removes a row of a service's booking schedule. Bookings already made stay: they hold their desk time
 * by themselves; only new times stop being offered.
 * @example await deleteBookingSchedule(deps, { serviceId: 4, rowId: 12 });
 */
export async function deleteBookingSchedule(deps: UseCaseDeps, input: { serviceId: number; rowId: number }): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .deleteFrom('booking_schedule')
      .where('id', '=', input.rowId)
      .where('service_id', '=', input.serviceId)
      .where('office_id', '=', deps.actor.officeId)
      .returning(['id', 'desk_id', 'weekday', 'starts_at', 'ends_at'])
      .executeTakeFirst();
    if (!row) throw notFound();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'booking_schedule.delete',
      subjectType: 'booking_schedule',
      subjectId: row.id,
      details: { serviceId: input.serviceId, deskId: row.desk_id, weekday: row.weekday, startsAt: row.starts_at, endsAt: row.ends_at },
    });
  });
}
