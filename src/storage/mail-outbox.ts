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
 * Queues mails inside the use case's transaction, in one statement: they exist only if the change commits,
 * and the mail worker sends them afterwards (never inside the transaction, so a slow SMTP server slows no
 * one). A mail due now is announced with NOTIFY, which PostgreSQL delivers only when the transaction
 * commits, so a worker wakes at once instead of at its next poll.
 * @example await queueMail(tx, { officeId, bookingId, bookingVersion: 1, kind: 'booking_confirmed', at: now });
 */
export async function queueMail(tx: Tx, ...mails: [QueuedMail, ...QueuedMail[]]): Promise<void> {
  const rows = mails.map(
    (mail) => sql`(${mail.officeId}::int, ${mail.bookingId}::int, ${mail.bookingVersion}::int, ${mail.kind}::text,
    ${mail.at}::timestamptz, ${mail.sendAfter ?? mail.at}::timestamptz)`,
  );
  const dueNow = mails.some((mail) => (mail.sendAfter ?? mail.at) <= mail.at);
  // A data-changing WITH runs whether or not the query reads it; the notice is sent only for a mail due now.
  await sql`WITH queued AS (
      INSERT INTO mail_outbox (office_id, booking_id, booking_version, kind, created_at, send_after) VALUES ${sql.join(rows)}
    )
    SELECT pg_notify(${MAIL_CHANNEL}, '') WHERE ${dueNow}::boolean`.execute(tx);
}

/**
 * Drops the pending mails of a booking that no longer apply (a reminder of a cancelled or moved visit).
 * @example await skipPendingMail(tx, bookingId, ['booking_reminder']);
 */
export async function skipPendingMail(tx: Tx, bookingId: number, kinds: readonly MailKindColumn[]): Promise<void> {
  if (kinds.length === 0) return;
  await tx
    .updateTable('mail_outbox')
    .set({ status: 'skipped' })
    .where('booking_id', '=', bookingId)
    .where('status', '=', 'pending')
    .where('kind', 'in', kinds)
    .execute();
}

/**
 * Queues a problem report's mail (its confirmation link, or news of a status change) inside the use case's
 * transaction, announced with NOTIFY like a booking's. The worker words it when it sends it.
 * @example await queueReportMail(tx, { officeId, reportId, kind: 'report_confirm', at: now });
 */
export async function queueReportMail(
  tx: Tx,
  mail: { officeId: number; reportId: number; kind: 'report_confirm' | 'report_status'; at: Date; reportVersion?: number },
): Promise<void> {
  await sql`WITH queued AS (
      INSERT INTO mail_outbox (office_id, report_id, booking_version, kind, created_at, send_after)
      VALUES (${mail.officeId}::int, ${mail.reportId}::int, ${mail.reportVersion ?? null}::int, ${mail.kind}::text,
        ${mail.at}::timestamptz, ${mail.at}::timestamptz)
    )
    SELECT pg_notify(${MAIL_CHANNEL}, '')`.execute(tx);
}

/**
 * Queues the answer to a request for an interpreter in person inside the answering transaction, announced with
 * NOTIFY like the others. The worker words it in the request's language when it sends it.
 * @example await queueInterpreterAnswerMail(tx, { officeId, requestId, at: now });
 */
export async function queueInterpreterAnswerMail(tx: Tx, mail: { officeId: number; requestId: number; at: Date }): Promise<void> {
  await sql`WITH queued AS (
      INSERT INTO mail_outbox (office_id, interpreter_request_id, kind, created_at, send_after)
      VALUES (${mail.officeId}::int, ${mail.requestId}::int, 'interpreter_answer', ${mail.at}::timestamptz, ${mail.at}::timestamptz)
    )
    SELECT pg_notify(${MAIL_CHANNEL}, '')`.execute(tx);
}

/**
 * Queues the invitation to rate a booked visit once its ticket is finished, inside that transaction: only for a
 * booking with an e-mail address, not anonymised, whose resident came (checked in, or marked a no-show before a late
 * arrival was still served), and never twice (the unique index `mail_outbox_one_feedback` decides). Answers whether a
 * mail was queued.
 * @example await queueFeedbackMail(tx, { officeId, bookingId, at: now, sendAfter: inAnHour }); // true
 */
export async function queueFeedbackMail(
  tx: Tx,
  mail: { officeId: number; bookingId: number; at: Date; sendAfter: Date },
): Promise<boolean> {
  const queued = await sql<{ id: string }>`
    INSERT INTO mail_outbox (office_id, booking_id, booking_version, kind, created_at, send_after)
    SELECT b.office_id, b.id, b.version, 'booking_feedback', ${mail.at}::timestamptz, ${mail.sendAfter}::timestamptz
    FROM booking b
    WHERE b.id = ${mail.bookingId}::int AND b.office_id = ${mail.officeId}::int AND b.status IN ('checked_in', 'no_show')
      AND b.anonymised_at IS NULL AND b.email IS NOT NULL AND b.email <> ''
    ON CONFLICT (booking_id) WHERE kind = 'booking_feedback' DO NOTHING
    RETURNING id`.execute(tx);
  if (queued.rows.length === 0) return false;
  if (mail.sendAfter <= mail.at) await sql`SELECT pg_notify(${MAIL_CHANNEL}, '')`.execute(tx);
  return true;
}

/**
 * Queues the mail that tells a resident of a home visit's date, or of its cancellation, inside the scheduling
 * (or cancelling) transaction, announced with NOTIFY like the others. The worker reads the visit when it sends
 * it, so it tells the visit as it is then: a mail of the same visit still waiting already says it, and no second
 * one is queued (a visit cancelled before its date went out is told once, as cancelled).
 * @example await queueHomeVisitMail(tx, { officeId, visitId, at: now });
 */
export async function queueHomeVisitMail(tx: Tx, mail: { officeId: number; visitId: number; at: Date }): Promise<void> {
  await sql`WITH queued AS (
      INSERT INTO mail_outbox (office_id, home_visit_id, kind, created_at, send_after)
      SELECT ${mail.officeId}::int, ${mail.visitId}::int, 'home_visit_notice', ${mail.at}::timestamptz, ${mail.at}::timestamptz
      WHERE NOT EXISTS (SELECT 1 FROM mail_outbox WHERE home_visit_id = ${mail.visitId}::int AND status = 'pending')
    )
    SELECT pg_notify(${MAIL_CHANNEL}, '')`.execute(tx);
}
