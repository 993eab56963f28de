import { decideCheckIn, parseBookingCode, type CheckInDecision } from '../../domain/booking/index.ts';
import { officeDate, officeTime } from '../../domain/organisation/index.ts';
import { decideIssue } from '../../domain/queue/index.ts';
import { DomainError, invalid, notFound, type MessageValues } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { issueTicketRow } from '../../storage/ticket-issuing.ts';
import type { IssuedTicket } from '../queue/issue-ticket.ts';
import { issueSetup } from '../queue/issue-setup.ts';
import { newPublicCode } from '../queue/public-code.ts';
import { refusalError } from '../queue/refusal.ts';
import { numberOf } from '../queue/ticket-record.ts';
import { estimateFor, ticketFigures } from '../queue/wait-figures.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readBookingPolicy } from './booking-policy.ts';

export interface CheckInInput {
  /** What was typed or scanned: the code in any case, with or without the dash, or the manage link. */
  code: string;
  /** The language of the person at the kiosk, for reasons the office typed (a closure's reason). */
  locale: 'pl' | 'en' | 'uk';
}

/** The ticket of a checked-in booking, in the shape the kiosk's ticket page and printer take. */
export interface CheckedInBooking extends IssuedTicket {
  bookingId: number;
  /** On time: called at the booked time; late: queues by arrival like a walk-in. */
  arrival: 'on_time' | 'late_as_regular';
}

type Refusal = Extract<CheckInDecision, { kind: 'refused' }>;

/** The booking's day and time as the refusals tell them ('YYYY-MM-DD', 'HH:MM'; the page words the day). */
function visitValues(startsAt: Date): { day: string; time: string } {
  return { day: officeDate(startsAt), time: officeTime(startsAt) };
}

const refused = (key: string, values: MessageValues = {}) => new DomainError('conflict', key, { values });

function refusalOf(refusal: Refusal, startsAt: Date, now: Date): DomainError {
  switch (refusal.reason) {
    case 'too_early':
      return refused('bookingArrival.refusal.tooEarly', {
        ...visitValues(startsAt),
        opensAt: officeTime(refusal.opensAt),
        sameDay: officeDate(now) === officeDate(startsAt) ? 'yes' : 'no',
      });
    case 'too_late':
      return refused('bookingArrival.refusal.tooLate', visitValues(startsAt));
    case 'cancelled':
      return refused('bookingArrival.refusal.cancelled');
    case 'already_checked_in':
      return refused('bookingArrival.refusal.alreadyCheckedIn', { number: 'none' });
  }
}

/** "Already checked in", with the number of the ticket the booking got, so the person knows what to wait for. */
async function alreadyCheckedIn(tx: Tx, ticketId: number): Promise<DomainError> {
  const ticket = await tx.selectFrom('ticket').select(['letter', 'number']).where('id', '=', ticketId).executeTakeFirst();
  return refused('bookingArrival.refusal.alreadyCheckedIn', { number: ticket ? numberOf(ticket) : 'none' });
}

/**
 * Checks a booking in at the kiosk (or the Information Point) and issues its ticket, in ONE transaction:
 * the booking row is locked (two kiosks scanning one code give one ticket), `decideCheckIn` decides at the
 * clock's instant, the ticket is issued by the queue's one-statement issuer, and the booking records
 * it. On time, the ticket carries the booked time, so the call order serves it at that time; late, the
 * office's rule either refuses or gives a regular ticket still linked to the booking. A late booking the
 * no-show job already marked keeps its status 'no_show' (its desk time went back to walk-ins and may be
 * taken again); its check-in time and ticket are recorded all the same. Every refusal is a 4xx that
 * says what to do, and writes nothing.
 * @example await checkInBooking(deps, { code: 'k7qx3m9p', locale: 'pl' }) // { number: 'B004', bookedFor: 10:30, arrival: 'on_time', … }
 */
export async function checkInBooking(deps: UseCaseDeps, input: CheckInInput): Promise<CheckedInBooking> {
  if (input.code.trim() === '') throw invalid({ code: { key: 'bookingArrival.field.codeRequired' } });
  const code = parseBookingCode(input.code);
  if (code === null) throw invalid({ code: { key: 'bookingArrival.field.codeFormat' } });
  const { actor } = deps;
  const officeId = actor.officeId;
  const now = deps.clock.now();
  const day = officeDate(now);
  const policy = await readBookingPolicy(deps.db, officeId);

  const checkedIn = await deps.db.transaction().execute(async (tx) => {
    const booking = await tx
      .selectFrom('booking')
      .select(['id', 'service_id', 'status', 'starts_at', 'ticket_id'])
      .where('code', '=', code)
      .where('office_id', '=', officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!booking) throw notFound('bookingArrival.refusal.unknownCode');
    if (booking.ticket_id !== null) throw await alreadyCheckedIn(tx, booking.ticket_id);
    const decision = decideCheckIn({ status: booking.status, startsAt: booking.starts_at }, now, policy.arrival);
    if (decision.kind === 'refused') throw refusalOf(decision, booking.starts_at, now);
    const onTime = decision.kind === 'on_time';

    const setup = await issueSetup(tx, officeId, booking.service_id, day);
    if (!setup) throw notFound('bookingArrival.refusal.unknownCode');
    // The queue's own rules still hold (service withdrawn, office closed today); a booked ticket is exempt from the
    // cutoff, and on time it may come before the doors open, as its check-in window begins before the visit.
    const issuing = decideIssue(
      {
        active: setup.service.active,
        dailyLimit: null,
        stopIssuingMinutesBeforeClosing: setup.service.stopIssuingMinutes,
        priorityReasons: [],
      },
      setup.hours,
      { at: now, issuedToday: 0, ticket: { priorityReason: null, booked: onTime } },
    );
    if (!issuing.ok && !(onTime && issuing.refusal.code === 'before_opening')) throw refusalError(issuing.refusal, input.locale);

    const bookedFor = onTime ? decision.bookedFor : null;
    const publicCode = newPublicCode();
    const outcome = await issueTicketRow(tx, {
      officeId,
      serviceId: setup.service.id,
      letter: setup.service.letter,
      officeDay: day,
      at: now,
      publicCode,
      priorityReason: null,
      source: 'booking',
      groundFloor: false,
      bookedFor,
      bookingId: booking.id,
      dailyLimit: null,
      actor,
    });
    // Without a daily limit the issuer refuses only when the day's numbers of the letter are all taken.
    if (!outcome.issued) throw refusalError({ code: 'numbers_used_up', letter: setup.service.letter }, input.locale);
    // A late booking already marked a no-show keeps that status: turning it back would claim desk time given to walk-ins.
    const status = booking.status === 'booked' ? 'checked_in' : booking.status;
    await tx.updateTable('booking').set({ status, checked_in_at: now, ticket_id: outcome.ticketId }).where('id', '=', booking.id).execute();
    await appendAudit(tx, actor, now, {
      action: 'booking.check_in',
      subjectType: 'booking',
      subjectId: booking.id,
      details: { ticketId: outcome.ticketId, serviceId: setup.service.id, arrival: decision.kind },
    });
    return { booking, setup, bookedFor, ticketId: outcome.ticketId, number: outcome.formatted, publicCode, arrival: decision.kind };
  });

  const { setup, bookedFor, arrival } = checkedIn;
  // A booked ticket is called at its time, not by the people ahead of it: no queue figures for it.
  const figures =
    bookedFor !== null
      ? null
      : await ticketFigures(
          deps.db,
          officeId,
          {
            id: checkedIn.ticketId,
            serviceId: setup.service.id,
            arrivedAt: now,
            priority: false,
          },
          now,
        ).catch(() => null);
  return {
    ticketId: checkedIn.ticketId,
    number: checkedIn.number,
    publicCode: checkedIn.publicCode,
    serviceId: setup.service.id,
    serviceName: setup.service.names,
    priority: false,
    priorityReason: null,
    groundFloor: false,
    bookedFor,
    where: setup.where,
    peopleAhead: figures?.ahead ?? null,
    estimate: figures ? estimateFor(figures.figures, figures.ahead) : { kind: 'unknown' },
    issuedAt: now,
    bookingId: checkedIn.booking.id,
    arrival,
  };
}
