import { feedbackSkipReason, type FeedbackSkipReason } from '../../domain/satisfaction/index.ts';
import { HOUR } from '../../domain/shared/time.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { queueFeedbackMail } from '../../storage/mail-outbox.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { FeedbackMailFacts } from '../mail/mail-ports.ts';
import { ANSWER_WINDOW_MS } from './answer-question.ts';
import { signFeedbackToken } from './feedback-link.ts';

/**
 * How long after the visit the invitation goes: the resident has left the building, and one who answered on the follow
 * page meanwhile gets no mail at all.
 */
export const INVITATION_DELAY_MS = HOUR;

/**
 * Queues the invitation to rate a booked visit inside the transaction that finishes its ticket (only with an e-mail
 * address, never twice: `queueFeedbackMail`). The mail's words and link are made when it is sent.
 * @example await inviteToRateVisit(tx, { officeId, bookingId: 12, endedAt: now });
 */
export async function inviteToRateVisit(tx: Tx, visit: { officeId: number; bookingId: number; endedAt: Date }): Promise<boolean> {
  return queueFeedbackMail(tx, {
    officeId: visit.officeId,
    bookingId: visit.bookingId,
    at: visit.endedAt,
    sendAfter: new Date(visit.endedAt.getTime() + INVITATION_DELAY_MS),
  });
}

/**
 * The invitation as the mail worker sends it, read when it is sent: the booking's language, its service, the office,
 * and the signed link (valid as long as the answer window), or why it no longer goes out.
 * @example await feedbackInvitationForMail(db, 12, 'https://urzad.example.pl', now) // { facts: { feedbackUrl: 'https://…/ocena/wizyta/K7QX-3M9P?t=…', … } }
 */
export async function feedbackInvitationForMail(
  db: Db,
  bookingId: number,
  publicUrl: string,
  now: Date,
): Promise<{ facts: FeedbackMailFacts } | { skip: FeedbackSkipReason }> {
  const row = await db
    .selectFrom('booking as b')
    .innerJoin('service as s', 's.id', 'b.service_id')
    .innerJoin('office as o', 'o.id', 'b.office_id')
    .leftJoin('ticket as t', (join) => join.onRef('t.id', '=', 'b.ticket_id').on('t.status', '=', 'done'))
    .select((eb) => [
      'b.code',
      'b.status',
      'b.email',
      'b.locale',
      'b.starts_at',
      'b.anonymised_at',
      't.ended_at',
      translatedColumn('s.name').as('serviceName'),
      'o.name as officeName',
      'o.phone as officePhone',
      'o.website as officeWebsite',
      eb
        .exists(
          eb
            .selectFrom('satisfaction_answer as a')
            .select('a.id')
            .where((w) => w.or([w('a.booking_id', '=', w.ref('b.id')), w('a.ticket_id', '=', w.ref('b.ticket_id'))])),
        )
        .as('answered'),
    ])
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
  const visit = row && {
    status: row.status,
    email: row.email,
    anonymised: row.anonymised_at !== null,
    endedAt: row.ended_at,
    answered: Boolean(row.answered),
  };
  const skip = feedbackSkipReason(visit, now, ANSWER_WINDOW_MS);
  if (skip !== null || !row || !row.email || !row.ended_at) return { skip: skip ?? 'no_booking' };
  const answerUntil = new Date(row.ended_at.getTime() + ANSWER_WINDOW_MS);
  const token = await signFeedbackToken(db, row.code, answerUntil);
  return {
    facts: {
      locale: row.locale,
      email: row.email,
      code: row.code,
      officeName: row.officeName,
      officePhone: row.officePhone,
      officeWebsite: row.officeWebsite,
      serviceName: inLanguage(row.serviceName, row.locale).value,
      visitAt: row.starts_at,
      answerUntil,
      feedbackUrl: `${publicUrl.replace(/\/$/, '')}/ocena/wizyta/${row.code}?t=${encodeURIComponent(token)}`,
    },
  };
}
