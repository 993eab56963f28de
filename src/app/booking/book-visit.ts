import { randomBytes } from 'node:crypto';
import { bookingRefusalError, checkBooking, generateBookingCode } from '../../domain/booking/index.ts';
import { instantOf, officeDate } from '../../domain/organisation/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { MINUTE } from '../../domain/shared/time.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import {
  bookingCodeUsed,
  countServiceDay,
  insertBookingIfFree,
  lockPerson,
  lockServiceDay,
  settlePersonBookings,
} from '../../storage/booking-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { personKeys, readBookingPerson } from './booking-person.ts';
import { queueVisitMail } from './booking-mail.ts';
import { manageLinkExpiry, prepareManageKey, signManageToken } from './manage-token.ts';
import { readSlotContext } from './slot-context.ts';

export interface BookVisitInput {
  serviceId: number;
  /** The chosen time's start (from `parseSlotId` of the form's slot). */
  startsAt: Date;
  /** Raw form values, '' when not given. */
  name: string;
  email: string;
  phone: string;
  /** The language of the confirmation and reminder. */
  locale: 'pl' | 'en' | 'uk';
  source: 'online' | 'information_point';
}

export interface BookedVisit {
  bookingId: number;
  /** 'K7QX-3M9P': for the kiosk and the manage link. */
  code: string;
  /** The manage link's signed token for this version. */
  manageToken: string;
  version: number;
  serviceId: number;
  deskId: number;
  startsAt: Date;
  endsAt: Date;
}

const CODE_ATTEMPTS = 5;

/**
 * Books a visit in one transaction. The service's settings and the day's taken time are read before it
 * (the settings from memory while unchanged); inside, the person is locked (their e-mail identity and
 * phone), their lapsed bookings become no-shows, the fairness rules are checked, and the desk time is
 * claimed by `INSERT … ON CONFLICT DO NOTHING` on the first free desk, the next when a racing booking won
 * it (the exclusion constraint decides); none left is `booking.refusal.slotTaken` and nothing is written.
 * `alsoInTransaction` runs last in the same transaction (the public flow spends its anti-bot proof there).
 * @example const booked = await bookVisit(deps, { serviceId: 3, startsAt, name: 'Jan Kowalski', email: 'jan@poczta.pl', phone: '', locale: 'pl', source: 'information_point' });
 */
export async function bookVisit(
  deps: UseCaseDeps,
  input: BookVisitInput,
  alsoInTransaction?: (tx: Tx) => Promise<void>,
): Promise<BookedVisit> {
  const { actor } = deps;
  const now = deps.clock.now();
  if (Number.isNaN(input.startsAt.getTime())) throw invalid({ time: { key: 'booking.refusal.slotNotOffered' } });
  const day = officeDate(input.startsAt);
  const context = await readSlotContext(deps.db, { officeId: actor.officeId, serviceId: input.serviceId, from: day, to: day }, now);
  const { service, policy } = context;
  const person = readBookingPerson(service, input);
  await prepareManageKey(deps.db);
  return deps.db.transaction().execute(async (tx) => {
    // A booking still 'booked' whose visit started before this has lapsed: a no-show.
    const lapsedBefore = new Date(now.getTime() - policy.arrival.minutesAfter * MINUTE);
    await lockPerson(tx, personKeys(person));
    const { lapsed, bookings } = await settlePersonBookings(tx, {
      emailIdentity: person.email?.identity ?? null,
      phone: person.phone?.e164 ?? null,
      now,
      startedBefore: lapsedBefore,
      madeSince: instantOf(officeDate(now), '00:00'),
    });
    const decision = checkBooking(
      { serviceId: service.id, startsAt: input.startsAt, email: person.email, phone: person.phone },
      { slots: context.query, personBookings: bookings, emailDailyCap: policy.emailDailyCap, arrival: policy.arrival },
    );
    if (!decision.ok) throw bookingRefusalError(decision.refusal);

    let claimed: { id: number; version: number; deskId: number; code: string } | undefined;
    for (const deskId of decision.deskIds) {
      for (let attempt = 0; attempt < CODE_ATTEMPTS && !claimed; attempt += 1) {
        const code = generateBookingCode(randomBytes);
        const row = await insertBookingIfFree(tx, {
          officeId: actor.officeId,
          serviceId: service.id,
          deskId,
          code,
          startsAt: input.startsAt,
          endsAt: decision.endsAt,
          officeDay: day,
          source: input.source,
          locale: input.locale,
          personName: person.name,
          email: person.email?.address ?? null,
          emailIdentity: person.email?.identity ?? null,
          phone: person.phone?.e164 ?? null,
          createdAt: now,
          createdByStaffId: actor.kind === 'staff' ? actor.id : null,
        });
        if (row) claimed = { ...row, deskId, code };
        // Nothing written: the desk's time was taken (try the next desk), or, once in 10^8, the code was.
        else if (!(await bookingCodeUsed(tx, code))) break;
      }
      if (claimed) break;
    }
    if (!claimed) throw bookingRefusalError({ kind: 'slot_taken' });

    if (service.dailyCap !== null) {
      // Only winners of a desk time queue here, so the cap is exact without making losers wait.
      await lockServiceDay(tx, service.id, day);
      if ((await countServiceDay(tx, service.id, day, lapsedBefore)) > service.dailyCap) throw bookingRefusalError({ kind: 'day_full' });
    }
    if (person.email) {
      await queueVisitMail(tx, {
        officeId: actor.officeId,
        bookingId: claimed.id,
        version: claimed.version,
        kind: 'booking_confirmed',
        now,
        startsAt: input.startsAt,
        reminderHoursBefore: policy.reminderHoursBefore,
      });
    }
    await appendAudit(tx, actor, now, {
      action: 'booking.create',
      subjectType: 'booking',
      subjectId: claimed.id,
      details: {
        serviceId: service.id,
        deskId: claimed.deskId,
        source: input.source,
        ...(lapsed.length > 0 ? { markedNoShow: lapsed } : {}),
      },
    });
    await alsoInTransaction?.(tx);
    const manageToken = await signManageToken(deps.db, {
      code: claimed.code,
      version: claimed.version,
      expiresAt: manageLinkExpiry(decision.endsAt),
    });
    return {
      bookingId: claimed.id,
      code: claimed.code,
      manageToken,
      version: claimed.version,
      serviceId: service.id,
      deskId: claimed.deskId,
      startsAt: input.startsAt,
      endsAt: decision.endsAt,
    };
  });
}
