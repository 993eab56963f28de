import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readBookingPolicy } from './booking-policy.ts';
import { MINUTE } from '../../domain/shared/time.ts';

export interface MarkedNoShows {
  count: number;
  bookingIds: number[];
}

/**
 * Marks the office's bookings still only booked whose check-in window has closed (`noShowAfter`: the
 * booked time plus the policy's minutes after) as no-shows, in one statement. That is all it takes to
 * give their desk time back: the exclusion constraint counts only booked and checked-in rows, so walk-ins
 * and new bookings may take it at once, and the mail worker skips their pending reminders. One audit row
 * per run that marked any, with the count and the ids; a run with nothing to do writes nothing, so the
 * job may run every minute without filling the log.
 * @example await markNoShows({ db, clock, actor: systemActor(officeId) }) // { count: 2, bookingIds: [41, 57] }
 */
export async function markNoShows(deps: UseCaseDeps): Promise<MarkedNoShows> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const policy = await readBookingPolicy(deps.db, officeId);
  // isNoShow: now > starts_at + minutesAfter, i.e. starts_at < now - minutesAfter (one index-friendly bound).
  const closedBefore = new Date(now.getTime() - policy.arrival.minutesAfter * MINUTE);
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx
      .updateTable('booking')
      .set({ status: 'no_show', no_show_at: now })
      .where('office_id', '=', officeId)
      .where('status', '=', 'booked')
      .where('starts_at', '<', closedBefore)
      .returning('id')
      .execute();
    const bookingIds = rows.map((r) => r.id).sort((a, b) => a - b);
    if (bookingIds.length > 0) {
      await appendAudit(tx, deps.actor, now, {
        action: 'booking.no_show',
        subjectType: 'booking',
        details: { count: bookingIds.length, bookingIds },
      });
    }
    return { count: bookingIds.length, bookingIds };
  });
}
