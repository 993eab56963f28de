import { readSatisfaction, type SatisfactionInput } from '../../domain/satisfaction/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { DAY } from '../../domain/shared/time.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { unitOfDevice } from '../devices/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { verifyFeedbackToken } from './feedback-link.ts';

/** How long after the visit the question may still be answered. */
export const ANSWER_WINDOW_MS = 7 * DAY;

/** Where an answer comes from: ids only, never a person. */
interface AnswerPlace {
  via: 'ticket' | 'booking' | 'device';
  ticketId: number | null;
  bookingId: number | null;
  deviceId: number | null;
  serviceId: number | null;
  unitId: number | null;
  deskId: number | null;
}

async function insertAnswer(tx: Tx, deps: UseCaseDeps, now: Date, place: AnswerPlace, input: SatisfactionInput): Promise<{ id: number }> {
  // ON CONFLICT: the unique ticket and booking columns decide a race between two tabs or a link and a follow page.
  const row = await tx
    .insertInto('satisfaction_answer')
    .values({
      office_id: deps.actor.officeId,
      ticket_id: place.ticketId,
      booking_id: place.bookingId,
      device_id: place.deviceId,
      service_id: place.serviceId,
      unit_id: place.unitId,
      desk_id: place.deskId,
      answered_at: now,
      score: input.score,
      comment: input.comment,
      comment_state: input.comment === null ? 'none' : 'pending',
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw conflict('satisfaction.errors.alreadyAnswered');
  await appendAudit(tx, deps.actor, now, {
    action: 'satisfaction.answer',
    subjectType: 'satisfaction_answer',
    subjectId: row.id,
    details: {
      via: place.via,
      score: input.score,
      comment: input.comment !== null,
      ticketId: place.ticketId,
      bookingId: place.bookingId,
      deviceId: place.deviceId,
    },
  });
  return { id: row.id };
}

/** A finished visit's ticket as the question needs it, or why it cannot be asked. */
async function finishedTicket(tx: Tx, officeId: number, where: { code: string } | { id: number }, now: Date) {
  let query = tx
    .selectFrom('ticket')
    .innerJoin('service', 'service.id', 'ticket.service_id')
    .select([
      'ticket.id',
      'ticket.status',
      'ticket.ended_at',
      'ticket.desk_id',
      'ticket.booking_id',
      'ticket.service_id',
      'service.unit_id',
    ])
    .where('ticket.office_id', '=', officeId);
  query = 'code' in where ? query.where('ticket.public_code', '=', where.code) : query.where('ticket.id', '=', where.id);
  const ticket = await query.executeTakeFirst();
  if (!ticket) throw notFound('queue.ticket.notFound');
  if (ticket.status !== 'done' || ticket.ended_at === null) throw conflict('satisfaction.errors.notFinished');
  if (now.getTime() - ticket.ended_at.getTime() > ANSWER_WINDOW_MS) throw conflict('satisfaction.errors.tooLate');
  return ticket;
}

/**
 * The resident's answer on the follow page of a finished ticket; one per ticket (and per booking, for a booked
 * visit's ticket). No personal data: the ticket's ids, the face, and the resident's optional words.
 * @example await answerAfterTicket(deps, 'K7QH2MZC9TXA', { score: '5', comment: '' });
 */
export async function answerAfterTicket(deps: UseCaseDeps, code: string, form: FormValues): Promise<{ id: number }> {
  const input = readSatisfaction(form);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const ticket = await finishedTicket(tx, deps.actor.officeId, { code }, now);
    return insertAnswer(
      tx,
      deps,
      now,
      {
        via: 'ticket',
        ticketId: ticket.id,
        bookingId: ticket.booking_id,
        deviceId: null,
        serviceId: ticket.service_id,
        unitId: ticket.unit_id,
        deskId: ticket.desk_id,
      },
      input,
    );
  });
}

/**
 * The answer through the signed link of the mail after a booked visit; the same one-answer rule as the follow page.
 * @example await answerAfterBooking(deps, 'K7QX-3M9P', token, { score: '4' });
 */
export async function answerAfterBooking(deps: UseCaseDeps, code: string, token: string, form: FormValues): Promise<{ id: number }> {
  const now = deps.clock.now();
  await verifyFeedbackToken(deps.db, code, token, now);
  const input = readSatisfaction(form);
  return deps.db.transaction().execute(async (tx) => {
    const booking = await tx
      .selectFrom('booking')
      .select(['id', 'ticket_id'])
      .where('code', '=', code)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (!booking) throw notFound('satisfaction.errors.linkInvalid');
    if (booking.ticket_id === null) throw conflict('satisfaction.errors.notFinished');
    const ticket = await finishedTicket(tx, deps.actor.officeId, { id: booking.ticket_id }, now);
    return insertAnswer(
      tx,
      deps,
      now,
      {
        via: 'booking',
        ticketId: ticket.id,
        bookingId: booking.id,
        deviceId: null,
        serviceId: ticket.service_id,
        unitId: ticket.unit_id,
        deskId: ticket.desk_id,
      },
      input,
    );
  });
}

/**
 * An answer at a feedback tablet by the exit: whoever passes, each answer its own row, tied to no visit.
 * @example await answerAtDevice(deps, { score: '3', comment: 'Za mało miejsc siedzących.' });
 */
export async function answerAtDevice(deps: UseCaseDeps, form: FormValues): Promise<{ id: number }> {
  const input = readSatisfaction(form);
  const now = deps.clock.now();
  if (deps.actor.kind !== 'device' || deps.actor.id === null) throw notFound();
  const deviceId = deps.actor.id;
  return deps.db.transaction().execute(async (tx) => {
    // A tablet by one unit's waiting room counts for that unit (`settings.unitId`); one by the main exit for the office.
    const device = await tx.selectFrom('device').select('settings').where('id', '=', deviceId).executeTakeFirst();
    const unitId = unitOfDevice(device?.settings);
    const unit =
      unitId === null
        ? undefined
        : await tx.selectFrom('unit').select('id').where('id', '=', unitId).where('office_id', '=', deps.actor.officeId).executeTakeFirst();
    const place = {
      via: 'device' as const,
      ticketId: null,
      bookingId: null,
      deviceId,
      serviceId: null,
      unitId: unit?.id ?? null,
      deskId: null,
    };
    return insertAnswer(tx, deps, now, place, input);
  });
}
