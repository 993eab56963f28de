import { sql } from 'kysely';
import type { Tx } from './database.ts';
import type { MailKindColumn } from './schema.ts';

/** The channel a queued mail is announced on; the mail workers LISTEN to it. */
export const MAIL_CHANNEL = 'okienko_mail';

export interface QueuedMail {
  officeId: number;
  bookingId: number;
  /** The booking's version the mail speaks of: a reminder queued for an older version is skipped. */
  bookingVersion: number;
  kind: MailKindColumn;
  at: Date;
  /** Not before this instant (a reminder: the day before the visit); defaults to `at`. */
  sendAfter?: Date;
}

/**
 * Queues a mail inside the use case's transaction: it exists only if the change commits, and the
 * mail worker sends it afterwards (never inside the transaction, so a slow SMTP server slows no one).
 * A mail due now is announced with NOTIFY, which PostgreSQL delivers only when the transaction commits,
 * so a worker wakes at once instead of at its next poll.
 * @example await queueMail(tx, { officeId, bookingId, bookingVersion: 1, kind: 'booking_confirmed', at: now });
 */
export async function queueMail(tx: Tx, mail: QueuedMail): Promise<void> {
  await tx.insertInto('mail_outbox').values({
    office_id: mail.officeId,
    booking_id: mail.bookingId,
    booking_version: mail.bookingVersion,
    kind: mail.kind,
    created_at: mail.at,
    send_after: mail.sendAfter ?? mail.at,
  }).execute();
  if ((mail.sendAfter ?? mail.at) <= mail.at) await sql`SELECT pg_notify(${MAIL_CHANNEL}, '')`.execute(tx);
}

/**
 * Drops the pending mails of a booking that no longer apply (a reminder of a cancelled or moved visit).
 * @example await skipPendingMail(tx, bookingId, ['booking_reminder']);
 */
export async function skipPendingMail(tx: Tx, bookingId: number, kinds: readonly MailKindColumn[]): Promise<void> {
  if (kinds.length === 0) return;
  await tx.updateTable('mail_outbox').set({ status: 'skipped' })
    .where('booking_id', '=', bookingId).where('status', '=', 'pending').where('kind', 'in', kinds).execute();
}
