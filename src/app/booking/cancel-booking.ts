import { appendAudit } from '../../storage/audit-repository.ts';
import { queueMail, skipPendingMail } from '../../storage/mail-outbox.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { assertChangeable, managedBooking, manageGrant } from './managed-booking.ts';

export interface CancelledBooking {
  bookingId: number;
  code: string;
  serviceId: number;
  startsAt: Date;
  version: number;
}

/**
 * Cancels a booking through its manage link: its desk time is free at once (the exclusion constraint
 * only counts booked and checked-in rows), the version goes up so the link stops working, a pending
 * reminder is dropped and the cancellation mailed. A booking already cancelled, checked in, a no-show,
 * or whose time has come answers 409 with the reason.
 * @example await cancelBooking(deps, { code: 'K7QX-3M9P', token });
 */
export async function cancelBooking(deps: UseCaseDeps, link: { code: string; token: string }): Promise<CancelledBooking> {
  const grant = await manageGrant(deps, link);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const booking = await managedBooking(tx, deps.actor.officeId, grant, { forUpdate: true });
    assertChangeable(booking, now);
    const version = booking.version + 1;
    await tx.updateTable('booking').set({ status: 'cancelled', cancelled_at: now, version }).where('id', '=', booking.id).execute();
    await skipPendingMail(tx, booking.id, ['booking_confirmed', 'booking_moved', 'booking_reminder']);
    if (booking.email !== null) {
      await queueMail(tx, {
        officeId: booking.office_id,
        bookingId: booking.id,
        bookingVersion: version,
        kind: 'booking_cancelled',
        at: now,
      });
    }
    await appendAudit(tx, deps.actor, now, {
      action: 'booking.cancel',
      subjectType: 'booking',
      subjectId: booking.id,
      details: { serviceId: booking.service_id, deskId: booking.desk_id },
    });
    return { bookingId: booking.id, code: booking.code, serviceId: booking.service_id, startsAt: booking.starts_at, version };
  });
}
