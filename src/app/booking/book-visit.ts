import { randomBytes } from 'node:crypto';
import { bookingRefusalError, checkBooking, generateBookingCode, takenOnEveryDesk } from '../../domain/booking/index.ts';
import { instantOf, officeDate } from '../../domain/organisation/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import {
  bookingCodeUsed,
  countServiceDay,
  bookingDesksBusyAt,
  insertBookingIfFree,
  lockPerson,
  lockServiceDay,
  settlePersonBookings,
} from '../../storage/booking-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { FreshReads } from '../shared/fresh-reads.ts';
import { personKeys, readBookingPerson } from './booking-person.ts';
import { queueVisitMail } from './booking-mail.ts';
import { manageLinkExpiry, prepareManageKey, signManageToken } from './manage-token.ts';
import { readSlotContext } from './slot-context.ts';
import { MINUTE } from '../../domain/shared/time.ts';

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

/** The look-ups of `refuseTimeTakenEverywhere`, per database. */
const busyReads = new WeakMap<Db, FreshReads<Awaited<ReturnType<typeof bookingDesksBusyAt>>>>();

/**
 * Refuses a time already taken on every desk of the service (`booking.refusal.slotTaken`) with one indexed
 * look-up, once the person's details are right (their errors come first, as in `bookVisitIn`). Most attempts
 * of a burst are such: the public flow asks this before it opens the transaction and spends the anti-bot
 * proof (`bookVisitIn` then asks the same of the day it reads, before it locks the person). Requests at
 * one time share a look-up that began after they arrived (`since`: `arrived()` of app/shared/fresh-reads.ts),
 * so the attempts released together when a winner commits ask once.
 * @example await refuseTimeTakenEverywhere(deps.db, deps.actor.officeId, input, since); // throws a conflict when taken
 */
export async function refuseTimeTakenEverywhere(
  db: Db,
  officeId: number,
  input: Pick<BookVisitInput, 'serviceId' | 'startsAt' | 'name' | 'email' | 'phone'>,
  since: number,
): Promise<void> {
  if (Number.isNaN(input.startsAt.getTime())) return;
  let reads = busyReads.get(db);
  if (!reads) busyReads.set(db, (reads = new FreshReads()));
  const query = { officeId, serviceId: input.serviceId, at: input.startsAt };
  const early = await reads.read(`${officeId}:${input.serviceId}:${input.startsAt.getTime()}`, since, () => bookingDesksBusyAt(db, query));
  if (!early?.busy) return;
  readBookingPerson(early, input);
  throw bookingRefusalError({ kind: 'slot_taken' });
}

/**
 * Books a visit in its own transaction (the Information Point; the public flow wraps `bookVisitIn`
 * with its anti-bot check instead).
 * @example const booked = await bookVisit(deps, { serviceId: 3, startsAt, name: 'Jan Kowalski', email: 'jan@poczta.pl', phone: '', locale: 'pl', source: 'information_point' });
 */
export async function bookVisit(deps: UseCaseDeps, input: BookVisitInput): Promise<BookedVisit> {
  await prepareManageKey(deps.db);
  return deps.db.transaction().execute((tx) => bookVisitIn(tx, deps, input));
}

/**
 * Books a visit inside the caller's transaction (call `prepareManageKey(deps.db)` before opening it).
 * The person is locked first (advisory lock on their e-mail identity and phone), so the one active
 * booking per service and the e-mail's daily cap are exact; their lapsed bookings become no-shows so
 * the unique indexes agree with the rules. The desk's time is then claimed by the exclusion constraint:
 * `INSERT … ON CONFLICT DO NOTHING` on the first free desk, the next when a racing booking won it; none
 * left is `booking.refusal.slotTaken` and nothing is written. This is the hot path of a burst: a time
 * already taken on every desk costs one statement (the day's bookings; the service's settings are kept
 * while the transaction has written nothing), another loser three, a winner about seven.
 * @example const booked = await deps.db.transaction().execute((tx) => bookVisitIn(tx, deps, input));
 */
export async function bookVisitIn(tx: Tx, deps: UseCaseDeps, input: BookVisitInput): Promise<BookedVisit> {
  const { actor } = deps;
  const now = deps.clock.now();
  if (Number.isNaN(input.startsAt.getTime())) throw invalid({ time: { key: 'booking.refusal.slotNotOffered' } });
  const day = officeDate(input.startsAt);
  const context = await readSlotContext(tx, { officeId: actor.officeId, serviceId: input.serviceId, from: day, to: day }, now);
  const { service, policy } = context;
  const person = readBookingPerson(service, input);
  // Lost already (a racing booking committed since the caller's look-up): refused before the person is locked.
  if (takenOnEveryDesk(context.query, input.startsAt)) throw bookingRefusalError({ kind: 'slot_taken' });

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
}
