// The demo office's online booking: its policy, which services can be booked and on which desks when.
import type { Db, Tx } from '../../storage/database.ts';
import type { BookingContactColumn } from '../../storage/schema.ts';

export const DEMO_BOOKING_POLICY = {
  horizon_days: 30,
  minimum_notice_minutes: 120,
  // Of every ten slots on a booking schedule three stay for people who come without booking.
  walk_in_percent: 30,
  email_daily_cap: 3,
  retention_days: 30,
  late_arrival: 'join_queue_as_regular' as const,
  challenge_max_number: 100_000,
  reminder_hours_before: 24,
};

/** Per ticket letter: what booking the service online takes. */
export const DEMO_BOOKING_SERVICES: Record<
  string,
  { booking_minutes: number; booking_daily_cap: number | null; booking_needs_name: boolean; booking_contact: BookingContactColumn }
> = {
  A: { booking_minutes: 15, booking_daily_cap: 24, booking_needs_name: true, booking_contact: 'email_or_phone' },
  C: { booking_minutes: 15, booking_daily_cap: null, booking_needs_name: true, booking_contact: 'email_or_phone' },
  D: { booking_minutes: 20, booking_daily_cap: null, booking_needs_name: true, booking_contact: 'email_or_phone' },
  E: { booking_minutes: 15, booking_daily_cap: null, booking_needs_name: true, booking_contact: 'email' },
  G: { booking_minutes: 30, booking_daily_cap: 4, booking_needs_name: true, booking_contact: 'email_and_phone' },
  H: { booking_minutes: 15, booking_daily_cap: null, booking_needs_name: false, booking_contact: 'email_or_phone' },
};

const WEEKDAYS = [1, 2, 3, 4, 5];

/** Desk (by number) takes bookings of a service (by letter) on ISO weekdays between two times. */
export const DEMO_BOOKING_SCHEDULES: { desk: string; letter: string; weekdays: number[]; starts_at: string; ends_at: string }[] = [
  // ID cards: two desks in the mornings; the afternoons stay for the queue.
  { desk: '1', letter: 'A', weekdays: WEEKDAYS, starts_at: '08:00', ends_at: '12:00' },
  { desk: '2', letter: 'A', weekdays: [1, 3, 5], starts_at: '08:00', ends_at: '11:00' },
  { desk: '3', letter: 'C', weekdays: [2, 4], starts_at: '08:00', ends_at: '11:00' },
  // Civil registry: marriage notices on Wednesday mornings.
  { desk: '4', letter: 'G', weekdays: [3], starts_at: '09:00', ends_at: '13:00' },
  { desk: '6', letter: 'H', weekdays: [1], starts_at: '13:00', ends_at: '16:00' },
  // Vehicles and driving licences in building A.
  { desk: '9', letter: 'D', weekdays: WEEKDAYS, starts_at: '08:00', ends_at: '12:00' },
  { desk: '10', letter: 'E', weekdays: WEEKDAYS, starts_at: '08:00', ends_at: '12:00' },
  { desk: '10', letter: 'D', weekdays: [2, 4], starts_at: '12:00', ends_at: '14:00' },
];

/**
 * Adds the demo booking settings once: a demo database created before online booking existed gets them
 * at its next start; nothing is written when the office already has a booking policy (an administrator's
 * changes are kept).
 * @example await addDemoBookingSettings(db, officeId);
 */
export async function addDemoBookingSettings(db: Db, officeId: number): Promise<void> {
  const present = await db.selectFrom('booking_policy').select('office_id').where('office_id', '=', officeId).executeTakeFirst();
  if (present) return;
  await db.transaction().execute((tx) => addDemoBookingSettingsIn(tx, officeId));
}

/** The same inside the demo loader's transaction. */
export async function addDemoBookingSettingsIn(tx: Tx, officeId: number): Promise<void> {
  const inserted = await tx
    .insertInto('booking_policy')
    .values({ office_id: officeId, ...DEMO_BOOKING_POLICY })
    .onConflict((oc) => oc.column('office_id').doNothing())
    .returning('office_id')
    .executeTakeFirst();
  if (!inserted) return;
  for (const [letter, settings] of Object.entries(DEMO_BOOKING_SERVICES)) {
    await tx.updateTable('service').set(settings).where('office_id', '=', officeId).where('ticket_letter', '=', letter).execute();
  }
  const services = new Map(
    (await tx.selectFrom('service').select(['id', 'ticket_letter']).where('office_id', '=', officeId).execute()).map((s) => [
      s.ticket_letter,
      s.id,
    ]),
  );
  const desks = new Map(
    (await tx.selectFrom('desk').select(['id', 'number']).where('office_id', '=', officeId).execute()).map((d) => [d.number, d.id]),
  );
  const rows = DEMO_BOOKING_SCHEDULES.flatMap((s) => {
    const deskId = desks.get(s.desk);
    const serviceId = services.get(s.letter);
    if (deskId === undefined || serviceId === undefined) return [];
    return s.weekdays.map((weekday) => ({
      office_id: officeId,
      desk_id: deskId,
      service_id: serviceId,
      weekday,
      starts_at: s.starts_at,
      ends_at: s.ends_at,
    }));
  });
  if (rows.length > 0)
    await tx
      .insertInto('booking_schedule')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
}
