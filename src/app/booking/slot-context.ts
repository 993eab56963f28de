import { isNoShow, type BookingDesk, type SlotQuery, type TakenTime } from '../../domain/booking/index.ts';
import type { OfficeDate } from '../../domain/organisation/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { readSlotRows, type BookingServiceRow, type SlotRows } from '../../storage/booking-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { policyFromRow, slotPolicyOf, type BookingPolicy } from './booking-policy.ts';

/** A bookable service's slot inputs over a range of days, with the office's policy. */
export interface SlotContext {
  service: BookingServiceRow;
  policy: BookingPolicy;
  /** Ready for the domain's `freeSlots` / `checkBooking` (`from`/`to` as asked). */
  query: SlotQuery;
}

function desksWithCalendars(rows: SlotRows): BookingDesk[] {
  const own = rows.hours.filter((h) => h.unitId === rows.service.unitId);
  return rows.desks.map((desk) => ({
    id: desk.id,
    calendar: {
      buildingId: desk.buildingId,
      // A unit with its own (shorter) hours books within them; otherwise the hours of the desk's building.
      weekly: own.length > 0 ? own : rows.hours.filter((h) => h.unitId === null && h.buildingId === desk.buildingId),
      exceptions: rows.exceptions,
    },
  }));
}

/**
 * Reads a service's booking inputs for `from`…`to` in one query and shapes them for the domain. A
 * service that is unknown, inactive, not bookable online or without any booking schedule is not found
 * (`booking.service.notFound`), so a tampered form value answers 404. A booking still 'booked' after its
 * check-in window is a no-show whose desk time went back to walk-ins: it is not counted as taken.
 * @example const { query, policy } = await readSlotContext(db, { officeId, serviceId, from: '2026-11-24', to: '2026-11-24' }, now);
 */
export async function readSlotContext(db: Db | Tx, request: { officeId: number; serviceId: number; from: OfficeDate; to: OfficeDate }, now: Date): Promise<SlotContext> {
  const rows = await readSlotRows(db, request);
  if (!rows || !rows.service.active || !rows.service.bookableOnline || rows.schedules.length === 0) throw notFound('booking.service.notFound');
  const policy = policyFromRow(rows.policy);
  const taken: TakenTime[] = rows.taken
    .filter((t) => !isNoShow(t, now, policy.arrival))
    .map((t) => ({ bookingId: t.bookingId, deskId: t.deskId, serviceId: t.serviceId, startsAt: t.startsAt, endsAt: t.endsAt }));
  return {
    service: rows.service,
    policy,
    query: {
      serviceId: rows.service.id,
      durationMinutes: rows.service.durationMinutes,
      schedules: rows.schedules,
      desks: desksWithCalendars(rows),
      taken,
      policy: slotPolicyOf(policy, rows.service.dailyCap),
      now,
      from: request.from,
      to: request.to,
    },
  };
}
