import { sql } from 'kysely';
import { parseSlotId } from '../../domain/booking/index.ts';
import { DomainError, invalid, notFound, type FieldError } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { bookVisit, type BookedVisit } from './book-visit.ts';
import { bookingService } from './bookable-services.ts';
import { readBookingPerson } from './booking-person.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** What the Information Point reads out to the caller after booking: no personal data, so no audit row. */
export interface PhoneBookingConfirmation {
  id: number;
  code: string;
  startsAt: Date;
  endsAt: Date;
  service: { pl: string; en: string; uk: string };
  deskNumber: string;
  floor: number;
  room: string | null;
  building: string;
  /**
   * The confirmation e-mail: none (no address given), waiting in the outbox, sent, built but not sent (no mail
   * server configured), or failed for good.
   */
  mail: 'none' | 'pending' | 'sent' | 'built' | 'failed';
}

/**
 * A booking the member of staff made by phone, for its confirmation page. Only its maker sees it: the
 * page shows the code that checks a visitor in, and the id in the address is easy to change.
 * @example const booking = await phoneBookingConfirmation(deps, { bookingId: 12 }); booking.code // 'K7QX-3M9P'
 */
export async function phoneBookingConfirmation(deps: UseCaseDeps, input: { bookingId: number }): Promise<PhoneBookingConfirmation> {
  if (deps.actor.kind !== 'staff' || deps.actor.id === null) throw notFound();
  const row = await deps.db
    .selectFrom('booking')
    .innerJoin('service', 'service.id', 'booking.service_id')
    .innerJoin('desk', 'desk.id', 'booking.desk_id')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .leftJoin('room', 'room.id', 'desk.room_id')
    .select((eb) => [
      'booking.id',
      'booking.code',
      'booking.starts_at',
      'booking.ends_at',
      translatedColumn('service.name').as('name'),
      'desk.number',
      'desk.floor',
      'room.number as room',
      'building.name as building',
      eb
        .selectFrom('mail_outbox')
        .select(sql<string>`CASE WHEN mail_outbox.delivery = 'none' THEN 'built' ELSE mail_outbox.status END`.as('status'))
        .whereRef('mail_outbox.booking_id', '=', 'booking.id')
        .where('mail_outbox.kind', '=', 'booking_confirmed')
        .orderBy('mail_outbox.id', 'desc')
        .limit(1)
        .as('mail'),
    ])
    .where('booking.id', '=', input.bookingId)
    .where('booking.office_id', '=', deps.actor.officeId)
    .where('booking.created_by_staff_id', '=', deps.actor.id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const mail = row.mail === 'skipped' || row.mail === null ? 'none' : (row.mail as PhoneBookingConfirmation['mail']);
  return {
    id: row.id,
    code: row.code,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    service: row.name,
    deskNumber: row.number,
    floor: row.floor,
    room: row.room,
    building: row.building,
    mail,
  };
}

/** The phone booking form as sent: the service, the chosen time (a slot id), the caller's details, the mail's language. */
export interface PhoneBookingForm {
  service: string;
  time: string;
  name: string;
  email: string;
  phone: string;
  locale: string;
}

const LOCALES = ['pl', 'en', 'uk'] as const;

/**
 * The Information Point books a visit for a caller: the same rules, desks and constraint as online, no
 * anti-bot step (a logged-in member of staff acts), `source` 'information_point' and the staff member
 * recorded as its maker. A missing time and the caller's details are checked together, so the form
 * shows every mistake at once; losing the time to a racing booking is 409 `booking.refusal.slotTaken`.
 * @example const booked = await bookByPhone(deps, { service: '3', time: 's3-d7-20261125T0700Z', name: 'Jan Kowalski', email: '', phone: '600123456', locale: 'pl' });
 */
export async function bookByPhone(deps: UseCaseDeps, form: PhoneBookingForm): Promise<BookedVisit> {
  const check = new FieldCheck();
  const serviceId = check.integer('service', form.service, { min: 1, max: 2_147_483_647 });
  check.done();
  const service = await bookingService(deps, serviceId!);
  const slot = parseSlotId(form.time.trim());
  const errors: Record<string, FieldError> = {};
  if (!slot || slot.serviceId !== service.id) errors.time = { key: 'bookingStaff.errors.chooseTime' };
  const locale = check.oneOf('locale', form.locale, LOCALES, { optional: true }) ?? 'pl';
  try {
    readBookingPerson(service, form);
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
    Object.assign(errors, error.fields);
  }
  if (check.has('locale')) errors.locale = { key: 'errors.choice' };
  if (Object.keys(errors).length > 0 || !slot) throw invalid(errors);
  return bookVisit(deps, {
    serviceId: service.id,
    startsAt: slot.startsAt,
    name: form.name,
    email: form.email,
    phone: form.phone,
    locale,
    source: 'information_point',
  });
}
