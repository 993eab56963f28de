import '../../storage/booking-settings-repository.ts';
import { readServiceBookingForm } from '../../domain/booking/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from '../organisation/changes.ts';

/**
 * Sets what booking one service takes: the length of a visit (empty: the service's typical time), a cap
 * of bookings a day, and which of the person's details the booking asks for. Whether the service can
 * be booked online at all stays on the service's own form.
 * @example await updateServiceBooking(deps, 4, { booking_minutes: '20', booking_daily_cap: '', booking_needs_name: 'on', booking_contact: 'email_or_phone' });
 */
export async function updateServiceBooking(deps: UseCaseDeps, serviceId: number, form: FormValues): Promise<void> {
  const input = readServiceBookingForm(form);
  const values = {
    booking_minutes: input.bookingMinutes,
    booking_daily_cap: input.dailyCap,
    booking_needs_name: input.needsName,
    booking_contact: input.contact,
  };
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('service')
      .select(['booking_minutes', 'booking_daily_cap', 'booking_needs_name', 'booking_contact'])
      .where('id', '=', serviceId)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await tx.updateTable('service').set(values).where('id', '=', serviceId).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'service.booking_update',
      subjectType: 'service',
      subjectId: serviceId,
      details: { fields: changedFields(before, values) },
    });
  });
}
