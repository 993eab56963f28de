import { sql } from 'kysely';
import { bookingRefusalError, checkBooking } from '../../domain/booking/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { countServiceDay, lockServiceDay } from '../../storage/booking-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { skipPendingMail } from '../../storage/mail-outbox.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import type { BookedVisit } from './book-visit.ts';
import { queueVisitMail } from './booking-mail.ts';
import { assertChangeable, managedBooking, manageGrant } from './managed-booking.ts';
import { manageLinkExpiry, signManageToken } from './manage-token.ts';
import { readSlotContext } from './slot-context.ts';
import { MINUTE } from '../../domain/shared/time.ts';

function isDeskTimeTaken(error: unknown): boolean {
  const pg = error as { code?: string; constraint?: string };
  return pg.code === '23P01' && pg.constraint === 'booking_desk_time_free';
}

/** Moves the row to a desk's new time, or answers false (and leaves the row as it was) when that desk's time is taken. */
async function moveTo(
  tx: Tx,
  bookingId: number,
  change: { deskId: number; startsAt: Date; endsAt: Date; version: number },
): Promise<boolean> {
  // A failed UPDATE aborts the transaction; the savepoint keeps it alive to try the next desk.
  await sql`SAVEPOINT booking_move`.execute(tx);
  try {
    await tx
      .updateTable('booking')
      .set({
        desk_id: change.deskId,
        starts_at: change.startsAt,
        ends_at: change.endsAt,
        office_day: officeDate(change.startsAt),
        version: change.version,
      })
      .where('id', '=', bookingId)
      .execute();
    await sql`RELEASE SAVEPOINT booking_move`.execute(tx);
    return true;
  } catch (error) {
    if (!isDeskTimeTaken(error)) throw error;
    await sql`ROLLBACK TO SAVEPOINT booking_move`.execute(tx);
    return false;
  }
}

/**
 * Moves a booking to another time through its manage link, in ONE transaction: the row is updated in
 * place, so the new time is taken and the old one freed together, and the exclusion constraint guards
 * the update against a racing booking. If the new time is gone nothing changes and the answer is
 * `booking.refusal.slotTaken` (the page then offers `nearestFreeTimes` with `movingBookingId`). The
 * version goes up: the old link stops working and the new token is returned; the old reminder is
 * dropped, the move mailed and a new reminder queued.
 * @example const moved = await moveBooking(deps, { code: 'K7QX-3M9P', token, startsAt: new Date('2026-11-26T09:00:00Z') });
 */
export async function moveBooking(deps: UseCaseDeps, input: { code: string; token: string; startsAt: Date }): Promise<BookedVisit> {
  const grant = await manageGrant(deps, input);
  const now = deps.clock.now();
  if (Number.isNaN(input.startsAt.getTime())) throw invalid({ time: { key: 'booking.refusal.slotNotOffered' } });
  const day = officeDate(input.startsAt);
  const moved = await deps.db.transaction().execute(async (tx) => {
    const booking = await managedBooking(tx, deps.actor.officeId, grant, { forUpdate: true });
    assertChangeable(booking, now);
    const { service, policy, query } = await readSlotContext(
      tx,
      { officeId: booking.office_id, serviceId: booking.service_id, from: day, to: day },
      now,
    );
    // The person's other bookings need not be read: the unique indexes already allow them no other booked
    // visit of this service, and a move does not count against the e-mail's daily cap.
    const decision = checkBooking(
      { serviceId: service.id, startsAt: input.startsAt, email: null, phone: null, movingBookingId: booking.id },
      { slots: query, personBookings: [], emailDailyCap: policy.emailDailyCap, arrival: policy.arrival },
    );
    if (!decision.ok) throw bookingRefusalError(decision.refusal);
    const version = booking.version + 1;
    let deskId: number | undefined;
    for (const candidate of decision.deskIds) {
      if (await moveTo(tx, booking.id, { deskId: candidate, startsAt: input.startsAt, endsAt: decision.endsAt, version })) {
        deskId = candidate;
        break;
      }
    }
    if (deskId === undefined) throw bookingRefusalError({ kind: 'slot_taken' });
    if (service.dailyCap !== null && day !== booking.office_day) {
      await lockServiceDay(tx, service.id, day);
      if ((await countServiceDay(tx, service.id, day, new Date(now.getTime() - policy.arrival.minutesAfter * MINUTE))) > service.dailyCap)
        throw bookingRefusalError({ kind: 'day_full' });
    }
    await skipPendingMail(tx, booking.id, ['booking_confirmed', 'booking_moved', 'booking_reminder']);
    if (booking.email !== null) {
      await queueVisitMail(tx, {
        officeId: booking.office_id,
        bookingId: booking.id,
        version,
        kind: 'booking_moved',
        now,
        startsAt: input.startsAt,
        reminderHoursBefore: policy.reminderHoursBefore,
      });
    }
    await appendAudit(tx, deps.actor, now, {
      action: 'booking.move',
      subjectType: 'booking',
      subjectId: booking.id,
      details: { serviceId: service.id, fromDeskId: booking.desk_id, deskId },
    });
    return {
      bookingId: booking.id,
      code: booking.code,
      version,
      serviceId: service.id,
      deskId,
      startsAt: input.startsAt,
      endsAt: decision.endsAt,
    };
  });
  // Signed after commit: the key is already loaded (the link was just verified with it).
  const manageToken = await signManageToken(deps.db, {
    code: moved.code,
    version: moved.version,
    expiresAt: manageLinkExpiry(moved.endsAt),
  });
  return { ...moved, manageToken };
}
