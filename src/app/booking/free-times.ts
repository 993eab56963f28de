import { bookingWindow, freeSlots, slotId, type SlotDay } from '../../domain/booking/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { addDays, officeDate, type OfficeDate, type OfficeTime } from '../../domain/organisation/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readBookingPolicy, slotPolicyOf } from './booking-policy.ts';
import { readSlotContext } from './slot-context.ts';

/** A free time as the pages offer it. */
export interface FreeTimeOption {
  /** `slotId` of the service, the first free desk and the start: the form's value. */
  slot: string;
  date: OfficeDate;
  /** 'HH:MM' in the office. */
  time: OfficeTime;
  startsAt: Date;
  endsAt: Date;
}

export interface FreeTimes {
  serviceId: number;
  date: OfficeDate;
  times: FreeTimeOption[];
}

// A day of the office's calendar lasts 23 hours at the least (the spring change of clocks).
const SHORTEST_DAY_MS = 23 * 3_600_000;

function optionsOf(serviceId: number, day: SlotDay): FreeTimeOption[] {
  return day.times.map((t) => ({
    slot: slotId({ serviceId, deskId: t.deskIds[0]!, startsAt: t.startsAt }),
    date: day.date,
    time: t.time,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
  }));
}

/**
 * The free times of a service on one day. A date that is not one, or lies outside the booking window,
 * is a field error on `date` (the refusal keys of the booking catalogue).
 * @example const { times } = await freeTimes(deps, { serviceId: 3, date: '2026-11-25' }); times[0] // { slot: 's3-d7-20261125T0700Z', time: '08:00', … }
 */
export async function freeTimes(deps: UseCaseDeps, input: { serviceId: number; date: string }): Promise<FreeTimes> {
  const check = new FieldCheck();
  const date = check.date('date', input.date);
  check.done();
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const window = bookingWindow(now, slotPolicyOf(await readBookingPolicy(deps.db, officeId), null));
  if (date! < window.firstDate) throw invalid({ date: { key: 'booking.refusal.dayInPast' } });
  if (date! > window.lastDate) throw invalid({ date: { key: 'booking.refusal.beyondHorizon', values: { lastDate: window.lastDate } } });
  const { query } = await readSlotContext(deps.db, { officeId, serviceId: input.serviceId, from: date!, to: date! }, now);
  return { serviceId: query.serviceId, date: date!, times: optionsOf(query.serviceId, freeSlots(query)[0]!) };
}

/**
 * The free times closest to an instant across the whole booking window, nearest first (an earlier
 * time before a later one at the same distance): what the page offers when the chosen time was just
 * taken. Moving a booking, its own desk time counts as free.
 * @example await nearestFreeTimes(deps, { serviceId: 3, around: tenOClock }) // [10:15, 09:45, 10:30, 09:30, 10:45]
 */
export async function nearestFreeTimes(
  deps: UseCaseDeps,
  input: { serviceId: number; around: Date; limit?: number; movingBookingId?: number },
): Promise<FreeTimeOption[]> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const window = bookingWindow(now, slotPolicyOf(await readBookingPolicy(deps.db, officeId), null));
  const { query } = await readSlotContext(
    deps.db,
    { officeId, serviceId: input.serviceId, from: window.firstDate, to: window.lastDate },
    now,
  );
  const moving = input.movingBookingId;
  const days = moving === undefined ? query : { ...query, taken: query.taken.filter((t) => t.bookingId !== moving) };
  const around = input.around.getTime();
  const limit = input.limit ?? 5;
  const distance = (option: FreeTimeOption) => Math.abs(option.startsAt.getTime() - around);
  const nearestFirst = (a: FreeTimeOption, b: FreeTimeOption) => distance(a) - distance(b) || a.startsAt.getTime() - b.startsAt.getTime();
  // Days outwards from the chosen one (the chosen day, then one day either side, …): a day k steps away
  // starts at least k - 1 days (of 23 hours at the least) from the instant, so once `limit` times are
  // nearer than that, farther days cannot change the answer. A burst's losers compute a day or two, not the window.
  const day = officeDate(input.around);
  const centre = day < query.from ? query.from : day > query.to ? query.to : day;
  let found: FreeTimeOption[] = [];
  for (let step = 0; ; step += 1) {
    const later = addDays(centre, step);
    const earlier = addDays(centre, -step);
    if (later > query.to && earlier < query.from) break;
    if (found.length >= limit && distance(found[limit - 1]!) < (step - 1) * SHORTEST_DAY_MS) break;
    const dates = step === 0 ? [centre] : [earlier, later];
    for (const date of dates) {
      if (date < query.from || date > query.to) continue;
      found.push(...optionsOf(query.serviceId, freeSlots({ ...days, from: date, to: date })[0]!));
    }
    found = found.sort(nearestFirst).slice(0, limit);
  }
  return found;
}
