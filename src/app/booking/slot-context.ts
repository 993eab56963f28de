import { groupTakenByDay, isNoShow, OpenSlotsMemo, type BookingDesk, type SlotQuery, type TakenTime } from '../../domain/booking/index.ts';
import type { OfficeDate } from '../../domain/organisation/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { readSlotSettings, readTakenTimes, type BookingServiceRow, type SlotSettings } from '../../storage/booking-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { SettingsCache } from '../../storage/settings-cache.ts';
import { policyFromRow, slotPolicyOf, type BookingPolicy } from './booking-policy.ts';

/** A bookable service's slot inputs over a range of days, with the office's policy. */
export interface SlotContext {
  service: BookingServiceRow;
  policy: BookingPolicy;
  /** Ready for the domain's `freeSlots` / `checkBooking` (`from`/`to` as asked). */
  query: SlotQuery;
}

/** A service's settings as kept: the rows, the desks shaped with their calendars, and the memo of open slots for them. */
interface KeptSlotSettings {
  rows: SlotSettings;
  desks: readonly BookingDesk[];
  memo: OpenSlotsMemo;
}

function desksWithCalendars(rows: SlotSettings): BookingDesk[] {
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

async function loadSlotSettings(db: Db | Tx, request: SlotRequest): Promise<KeptSlotSettings | undefined> {
  const rows = await readSlotSettings(db, request);
  if (!rows) return undefined;
  const desks = desksWithCalendars(rows);
  return { rows, desks, memo: new OpenSlotsMemo(desks, rows.schedules) };
}

interface SlotRequest {
  officeId: number;
  serviceId: number;
  from: OfficeDate;
  to: OfficeDate;
}

/** Slot settings per office, service and range of days, while the office's settings are unchanged. */
const slotSettings = new SettingsCache<KeptSlotSettings | undefined>();

/**
 * Reads a service's booking inputs for `from`…`to` and shapes them for the domain: the desk time taken, read
 * every time (with the settings stamp in the same statement), and the service's settings, kept in memory
 * while the stamp is unchanged. A service that is unknown, inactive, not bookable online or without any
 * booking schedule is not found (`booking.service.notFound`). A booking still 'booked' after its check-in
 * window is a no-show whose desk time went back to walk-ins: it is not counted as taken.
 * @example const { query, policy } = await readSlotContext(db, { officeId, serviceId, from: '2026-11-24', to: '2026-11-24' }, now);
 */
export async function readSlotContext(db: Db | Tx, request: SlotRequest, now: Date): Promise<SlotContext> {
  const { stamp, taken: takenRows } = await readTakenTimes(db, request);
  const key = `${request.officeId}:${request.serviceId}:${request.from}:${request.to}`;
  const kept = await slotSettings.read(db, key, () => loadSlotSettings(db, request), stamp);
  const rows = kept?.rows;
  if (!kept || !rows || !rows.service.active || !rows.service.bookableOnline || rows.schedules.length === 0) {
    throw notFound('booking.service.notFound');
  }
  const policy = policyFromRow(rows.policy);
  const taken: TakenTime[] = takenRows
    .filter((t) => !isNoShow(t, now, policy.arrival))
    .map((t) => ({ bookingId: t.bookingId, deskId: t.deskId, serviceId: t.serviceId, startsAt: t.startsAt, endsAt: t.endsAt }));
  return {
    service: rows.service,
    policy,
    query: {
      serviceId: rows.service.id,
      durationMinutes: rows.service.durationMinutes,
      schedules: rows.schedules,
      desks: kept.desks,
      taken,
      takenByDay: groupTakenByDay(taken),
      memo: kept.memo,
      policy: slotPolicyOf(policy, rows.service.dailyCap),
      now,
      from: request.from,
      to: request.to,
    },
  };
}
