import { afterFailure, defaultSender, errorText, leaseUntil, skipReason } from '../../domain/mail/index.ts';
import type { Db } from '../../storage/database.ts';
import type { Clock } from '../shared/deps.ts';
import { bookingCalendar } from './booking-calendar.ts';
import { bookingForMail } from './booking-facts.ts';
import { reportForMail } from '../reports/index.ts';
import { interpreterAnswerForMail } from '../special-needs/interpreter-mail.ts';
import { feedbackInvitationForMail } from '../satisfaction/index.ts';
import { homeVisitForMail } from '../home-visits/index.ts';
import type {
  FeedbackMailWording,
  HomeVisitMailWording,
  InterpreterMailWording,
  MailKind,
  MailSender,
  MailWording,
  OutgoingMail,
  RenderedMail,
  ReportMailWording,
} from './mail-ports.ts';

/** What the mail worker needs: the database, the clock, a transport, the words and the addresses. */
export interface MailDeps {
  db: Db;
  clock: Clock;
  sender: MailSender;
  wording: MailWording;
  /** PUBLIC_URL: the manage links and the calendar UIDs are made from it. */
  publicUrl: string;
  /** MAIL_FROM; without it, the office's name at a no-reply address. */
  from: string | undefined;
  /** Words a problem report's mails; without it such mails are skipped ('skipped: no_wording'). */
  reportWording?: ReportMailWording | undefined;
  /** Words the answer to an interpreter request; without it such mails are skipped ('skipped: no_wording'). */
  interpreterWording?: InterpreterMailWording | undefined;
  /** Words the invitation to rate a booked visit; without it such mails are skipped ('skipped: no_wording'). */
  feedbackWording?: FeedbackMailWording | undefined;
  /** Words a home visit's date or cancellation; without it such mails are skipped ('skipped: no_wording'). */
  homeVisitWording?: HomeVisitMailWording | undefined;
}

export interface MailPassResult {
  sent: number;
  skipped: number;
  /** Failed attempts that will be tried again. */
  retrying: number;
  /** Mails given up after the last attempt. */
  failed: number;
}

interface ClaimedMail {
  id: string;
  kind: MailKind;
  booking_id: number | null;
  booking_version: number | null;
  report_id: number | null;
  interpreter_request_id: number | null;
  home_visit_id: number | null;
  attempts: number;
}

const WITH_CALENDAR: ReadonlySet<MailKind> = new Set(['booking_confirmed', 'booking_moved', 'booking_cancelled']);

/**
 * Claims due mails for this worker: locked rows of other workers are skipped, and the claimed ones get
 * their attempt counted and `send_after` pushed out as a lease, all in one short transaction, so no other
 * worker takes them while this one sends (and a worker that dies leaves them to be tried again).
 */
async function claimDueMail(db: Db, now: Date, limit: number): Promise<ClaimedMail[]> {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('mail_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('send_after', '<=', now)
      .orderBy('send_after')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return tx
      .updateTable('mail_outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), send_after: leaseUntil(now) }))
      .where(
        'id',
        'in',
        due.map((row) => row.id),
      )
      .returning(['id', 'kind', 'booking_id', 'booking_version', 'report_id', 'interpreter_request_id', 'home_visit_id', 'attempts'])
      .execute();
  });
}

async function skip(deps: MailDeps, mail: ClaimedMail, reason: string): Promise<'skipped'> {
  await deps.db
    .updateTable('mail_outbox')
    .set({ status: 'skipped', last_error: `skipped: ${reason}` })
    .where('id', '=', mail.id)
    .where('status', '=', 'pending')
    .execute();
  return 'skipped';
}

/** Sends a mail worded from facts read for it (no calendar); without facts (no address, anonymised) it is skipped. */
async function sendWorded<F extends { email: string; officeName: string }>(
  deps: MailDeps,
  mail: ClaimedMail,
  facts: F | null,
  word: (facts: F) => RenderedMail,
): Promise<keyof MailPassResult> {
  if (!facts) return skip(deps, mail, 'no_email');
  return sendAndRecord(deps, mail, facts.email, () => {
    const words = word(facts);
    const from = deps.from ?? defaultSender(facts.officeName, deps.publicUrl);
    return { message: { from, to: facts.email, subject: words.subject, text: words.text, html: words.html, calendar: null }, words };
  });
}

async function deliverReportMail(deps: MailDeps, mail: ClaimedMail & { report_id: number }): Promise<keyof MailPassResult> {
  const wording = deps.reportWording;
  if (!wording) return skip(deps, mail, 'no_wording');
  const kind = mail.kind === 'report_confirm' ? 'report_confirm' : 'report_status';
  const facts = await reportForMail(deps.db, mail.report_id, kind, deps.publicUrl);
  return sendWorded(deps, mail, facts, (f) => wording.reportMail(f));
}

async function deliverInterpreterMail(deps: MailDeps, mail: ClaimedMail, requestId: number): Promise<keyof MailPassResult> {
  const wording = deps.interpreterWording;
  if (!wording) return skip(deps, mail, 'no_wording');
  const facts = await interpreterAnswerForMail(deps.db, requestId, deps.publicUrl);
  return sendWorded(deps, mail, facts, (f) => wording.interpreterMail(f));
}

async function deliverFeedbackMail(deps: MailDeps, mail: ClaimedMail): Promise<keyof MailPassResult> {
  const wording = deps.feedbackWording;
  if (!wording) return skip(deps, mail, 'no_wording');
  if (mail.booking_id === null) return skip(deps, mail, 'no_booking');
  const found = await feedbackInvitationForMail(deps.db, mail.booking_id, deps.publicUrl, deps.clock.now());
  if ('skip' in found) return skip(deps, mail, found.skip);
  return sendWorded(deps, mail, found.facts, (f) => wording.feedbackMail(f));
}

async function deliverHomeVisitMail(deps: MailDeps, mail: ClaimedMail, visitId: number): Promise<keyof MailPassResult> {
  const wording = deps.homeVisitWording;
  if (!wording) return skip(deps, mail, 'no_wording');
  const facts = await homeVisitForMail(deps.db, visitId);
  if (!facts) return skip(deps, mail, 'no_longer_applies');
  return sendWorded(deps, mail, facts, (f) => wording.homeVisitMail(f));
}

async function deliver(deps: MailDeps, mail: ClaimedMail): Promise<keyof MailPassResult> {
  const { db } = deps;
  if (mail.kind === 'booking_feedback') return deliverFeedbackMail(deps, mail);
  if (mail.report_id !== null) return deliverReportMail(deps, { ...mail, report_id: mail.report_id });
  if (mail.kind === 'report_confirm' || mail.kind === 'report_status') return skip(deps, mail, 'no_report');
  if (mail.kind === 'interpreter_answer') {
    return mail.interpreter_request_id === null
      ? skip(deps, mail, 'no_request')
      : deliverInterpreterMail(deps, mail, mail.interpreter_request_id);
  }
  if (mail.kind === 'home_visit_notice') {
    return mail.home_visit_id === null ? skip(deps, mail, 'no_visit') : deliverHomeVisitMail(deps, mail, mail.home_visit_id);
  }
  const kind = mail.kind;
  const found = mail.booking_id === null ? undefined : await bookingForMail(db, { id: mail.booking_id }, kind, deps.publicUrl);
  const reason = skipReason(kind, mail.booking_version, found?.booking);
  if (reason !== null || !found) return skip(deps, mail, reason ?? 'no_booking');
  const { facts, booking } = found;
  return sendAndRecord(deps, mail, booking.email!, () => {
    const words = deps.wording.mail(facts);
    const calendar = WITH_CALENDAR.has(kind) ? bookingCalendar(facts, deps.wording.event(facts), deps.clock.now()) : null;
    const from = deps.from ?? defaultSender(facts.office.name, deps.publicUrl);
    return { message: { from, to: booking.email!, subject: words.subject, text: words.text, html: words.html, calendar }, words };
  });
}

async function sendAndRecord(
  deps: MailDeps,
  mail: ClaimedMail,
  recipient: string,
  build: () => { message: OutgoingMail; words: { subject: string; text: string } },
): Promise<keyof MailPassResult> {
  const { db } = deps;
  let sent: { messageId: string; subject: string; text: string };
  try {
    const { message, words } = build();
    // Outside any transaction: a slow or refusing mail server holds no lock and no connection.
    const { messageId } = await deps.sender.send(message);
    sent = { messageId, subject: words.subject, text: words.text };
  } catch (error) {
    const next = afterFailure(mail.attempts, deps.clock.now());
    await db
      .updateTable('mail_outbox')
      .set(next.giveUp ? { status: 'failed', last_error: errorText(error) } : { send_after: next.retryAt, last_error: errorText(error) })
      .where('id', '=', mail.id)
      .where('status', '=', 'pending')
      .execute();
    return next.giveUp ? 'failed' : 'retrying';
  }
  await db
    .updateTable('mail_outbox')
    .set({
      status: 'sent',
      sent_at: deps.clock.now(),
      delivery: deps.sender.mode === 'smtp' ? 'smtp' : 'none',
      message_id: sent.messageId,
      recipient,
      subject: sent.subject,
      body_text: sent.text,
      last_error: null,
    })
    .where('id', '=', mail.id)
    .where('status', '=', 'pending')
    .execute();
  return 'sent';
}

/**
 * One pass of the mail worker: claims the mails due now, decides for each whether it still applies,
 * renders it in the booking's language, sends it and records the outcome (sent with its Message-ID,
 * recipient, subject and text; or the error and the time of the next try). Several processes may run
 * passes on one database at once: a mail is claimed by one of them only.
 * @example const result = await sendDueMail({ db, clock, sender, wording, publicUrl, from: undefined }); // { sent: 2, skipped: 0, retrying: 0, failed: 0 }
 */
export async function sendDueMail(deps: MailDeps, options: { limit?: number } = {}): Promise<MailPassResult> {
  const result: MailPassResult = { sent: 0, skipped: 0, retrying: 0, failed: 0 };
  const claimed = await claimDueMail(deps.db, deps.clock.now(), options.limit ?? 20);
  for (const mail of claimed) result[await deliver(deps, mail)] += 1;
  return result;
}
