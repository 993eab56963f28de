import { manageLinkExpiry, signManageToken } from '../booking/manage-token.ts';
import type { Db } from '../../storage/database.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { BookingMailFacts, MailKind } from './mail-ports.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** A booking as the mail worker decides on it: who to write to, and whether the mail still applies. */
export interface MailBooking {
  id: number;
  code: string;
  status: BookingMailFacts['status'];
  version: number;
  email: string | null;
  anonymised: boolean;
}

/**
 * Reads a booking with its service, desk, room, building and office, by id or by code.
 * @example const found = await bookingForMail(db, { code: 'K7QX-3M9P' }, 'booking_confirmed', 'https://urzad.example.pl');
 */
export async function bookingForMail(
  db: Db,
  which: { id: number } | { code: string },
  kind: MailKind,
  publicUrl: string,
): Promise<{ booking: MailBooking; facts: BookingMailFacts } | undefined> {
  let query = db
    .selectFrom('booking as b')
    .innerJoin('service as s', 's.id', 'b.service_id')
    .innerJoin('desk as d', 'd.id', 'b.desk_id')
    .innerJoin('building as g', 'g.id', 'd.building_id')
    .innerJoin('office as o', 'o.id', 'b.office_id')
    .leftJoin('room as r', 'r.id', 'd.room_id')
    .select([
      'b.id',
      'b.code',
      'b.status',
      'b.version',
      'b.email',
      'b.anonymised_at',
      'b.locale',
      'b.starts_at',
      'b.ends_at',
      translatedColumn('s.name').as('name'),
      translatedColumn('s.documents').as('documents'),
      translatedColumn('s.fees').as('fees'),
      translatedColumn('s.payment').as('payment'),
      'd.number as desk_number',
      'd.name as desk_name',
      'd.floor as desk_floor',
      'r.number as room_number',
      'r.name as room_name',
      'r.floor as room_floor',
      'g.name as building_name',
      'g.street',
      'g.postal_code',
      'g.city',
      'o.name as office_name',
      'o.short_name',
      'o.phone as office_phone',
      'o.email as office_email',
      'o.website',
    ]);
  query = 'id' in which ? query.where('b.id', '=', which.id) : query.where('b.code', '=', which.code);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const locale = row.locale;
  let manageUrl: string | null = null;
  if (row.status === 'booked' || row.status === 'checked_in') {
    const token = await signManageToken(db, { code: row.code, version: row.version, expiresAt: manageLinkExpiry(row.ends_at) });
    manageUrl = `${publicUrl}/rezerwacja/${row.code}?t=${token}`;
  }
  const facts: BookingMailFacts = {
    kind,
    locale,
    code: row.code,
    status: row.status,
    version: row.version,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    office: { name: row.office_name, shortName: row.short_name, phone: row.office_phone, email: row.office_email, website: row.website },
    service: {
      name: inLanguage(row.name, locale).value,
      documents: inLanguage(row.documents, locale).value,
      fees: inLanguage(row.fees, locale).value,
      payment: inLanguage(row.payment, locale).value,
    },
    place: {
      buildingName: row.building_name,
      street: row.street,
      postalCode: row.postal_code,
      city: row.city,
      floor: row.room_floor ?? row.desk_floor,
      roomNumber: row.room_number,
      roomName: row.room_name ?? '',
      deskNumber: row.desk_number,
      deskName: row.desk_name,
    },
    manageUrl,
    bookUrl: `${publicUrl}/rezerwacja`,
  };
  const booking: MailBooking = {
    id: row.id,
    code: row.code,
    status: row.status,
    version: row.version,
    email: row.email,
    anonymised: row.anonymised_at !== null,
  };
  return { booking, facts };
}
