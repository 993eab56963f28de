import { normalisePhone, type BookingStatus } from '../../domain/booking/index.ts';

import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import type { BookingPlace } from './bookable-services.ts';
import { managedBooking, manageGrant } from './managed-booking.ts';
import { type Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** What the holder of a manage link sees: their own booking, with their own details. */
export interface BookingView {
  bookingId: number;
  code: string;
  status: BookingStatus;
  version: number;
  service: {
    id: number;
    name: Translated;
    documents: Translated;
    fees: Translated;
    payment: Translated;
    durationMinutes: number;
  };
  startsAt: Date;
  endsAt: Date;
  deskNumber: string;
  where: BookingPlace;
  person: { name: string | null; email: string | null; phone: string | null };
  /** Still booked and its time still ahead: it may be moved or cancelled. */
  changeable: boolean;
}

/**
 * The manage page's booking: the link is checked first (invalid, expired or replaced by a newer one →
 * 403 with its key), then the booking is read and the read audited (it shows personal data: the owner's
 * own, since they hold the link). Unknown code → `booking.manage.notFound`.
 * @example const view = await bookingByManageLink(deps, { code: 'K7QX-3M9P', token }); view.deskNumber // '2'
 */
export async function bookingByManageLink(deps: UseCaseDeps, link: { code: string; token: string }): Promise<BookingView> {
  const grant = await manageGrant(deps, link);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const booking = await managedBooking(tx, deps.actor.officeId, grant, { forUpdate: false });
    const row = await tx
      .selectFrom('booking')
      .innerJoin('service', 'service.id', 'booking.service_id')
      .innerJoin('desk', 'desk.id', 'booking.desk_id')
      .innerJoin('building', 'building.id', 'desk.building_id')
      .leftJoin('room', 'room.id', 'desk.room_id')
      .select([
        translatedColumn('service.name').as('name'),
        translatedColumn('service.documents').as('documents'),
        translatedColumn('service.fees').as('fees'),
        translatedColumn('service.payment').as('payment'),
        'service.booking_minutes',
        'service.typical_minutes',
        'desk.number as deskNumber',
        'desk.floor',
        'building.name as building',
        'building.street',
        'building.postal_code',
        'building.city',
        'room.number as room',
      ])
      .where('booking.id', '=', booking.id)
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'booking.read',
      subjectType: 'booking',
      subjectId: booking.id,
      details: { via: 'manage_link' },
    });
    const phone = booking.phone === null ? null : normalisePhone(booking.phone);
    return {
      bookingId: booking.id,
      code: booking.code,
      status: booking.status,
      version: booking.version,
      service: {
        id: booking.service_id,
        name: row.name,
        documents: row.documents,
        fees: row.fees,
        payment: row.payment,
        durationMinutes: row.booking_minutes ?? row.typical_minutes,
      },
      startsAt: booking.starts_at,
      endsAt: booking.ends_at,
      deskNumber: row.deskNumber,
      where: { building: row.building, street: row.street, postalCode: row.postal_code, city: row.city, floor: row.floor, room: row.room },
      person: { name: booking.person_name, email: booking.email, phone: phone?.ok ? phone.value.display : booking.phone },
      changeable: booking.status === 'booked' && booking.starts_at > now,
    };
  });
}
