import type { Tx } from '../../storage/database.ts';
import { queueMail } from '../../storage/mail-outbox.ts';

const HOUR = 3_600_000;

/**
 * Queues the mail of a booking change (confirmed, moved) for now, and the visit's reminder at
 * `reminderHoursBefore` hours before it when that moment is still ahead (a visit booked for tomorrow
 * morning at 10 in the evening gets none: the confirmation is fresh enough).
 * @example await queueVisitMail(tx, { officeId, bookingId, version: 1, kind: 'booking_confirmed', now, startsAt, reminderHoursBefore: 24 });
 */
export async function queueVisitMail(
  tx: Tx,
  mail: {
    officeId: number;
    bookingId: number;
    version: number;
    kind: 'booking_confirmed' | 'booking_moved';
    now: Date;
    startsAt: Date;
    reminderHoursBefore: number;
  },
): Promise<void> {
  const base = { officeId: mail.officeId, bookingId: mail.bookingId, bookingVersion: mail.version, at: mail.now };
  const remindAt = new Date(mail.startsAt.getTime() - mail.reminderHoursBefore * HOUR);
  if (remindAt > mail.now) await queueMail(tx, { ...base, kind: mail.kind }, { ...base, kind: 'booking_reminder', sendAfter: remindAt });
  else await queueMail(tx, { ...base, kind: mail.kind });
}
