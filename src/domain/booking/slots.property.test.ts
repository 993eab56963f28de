import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, hoursOn, instantOf, isoWeekday, officeDate, type CalendarInput } from '../organisation/index.ts';
import { freeDeskSlots, freeSlots, groupTakenByDay, OpenSlotsMemo } from './slots.ts';
import type { BookingSchedule, SlotQuery } from './schedule.ts';
import { parseSlotId } from './slot-id.ts';

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
// Quarter hours of a whole day, so schedules and hours can cover the night the clocks change.
const interval = fc
  .tuple(fc.integer({ min: 0, max: 94 }), fc.integer({ min: 1, max: 40 }))
  .map(([start, length]) => ({ from: hhmm(start * 15), to: hhmm(Math.min(95, start + length) * 15) }));
const hoursInterval = fc
  .tuple(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 16, max: 95 }))
  .map(([start, length]) => ({ from: hhmm(start * 15), to: hhmm(Math.min(95, start + length) * 15) }));
// Most days open, some not, so closed days and opening/closing edges all occur.
const calendars = fc.array(fc.option(hoursInterval, { nil: null, freq: 4 }), { minLength: 7, maxLength: 7 }).map((days): CalendarInput => ({
  buildingId: 1,
  weekly: days.flatMap((hours, i) => (hours ? [{ weekday: i + 1, opens: hours.from, closes: hours.to }] : [])),
  exceptions: [],
}));
const schedules = fc
  .array(fc.tuple(fc.constantFrom(7, 8), fc.constantFrom(1, 1, 2), fc.integer({ min: 1, max: 7 }), interval), {
    minLength: 2,
    maxLength: 16,
  })
  .map((rows) =>
    rows.map(([deskId, serviceId, weekday, hours]): BookingSchedule => ({
      deskId,
      serviceId,
      weekday,
      startsAt: hours.from,
      endsAt: hours.to,
    })),
  );
// Start days around both clock changes of 2026 and Corpus Christi.
const firstDays = fc.constantFrom('2026-03-25', '2026-06-01', '2026-10-22', '2026-11-23');
const queries = fc
  .record({
    calendar: calendars,
    schedules,
    firstDay: firstDays,
    duration: fc.integer({ min: 5, max: 90 }),
    percent: fc.integer({ min: 0, max: 100 }),
    notice: fc.integer({ min: 0, max: 600 }),
    nowOffset: fc.integer({ min: -48 * 60, max: 24 * 60 }),
    taken: fc.array(fc.tuple(fc.constantFrom(7, 8), fc.integer({ min: 0, max: 6 * 24 * 4 }), fc.integer({ min: 1, max: 8 })), {
      maxLength: 12,
    }),
  })
  .map((r): SlotQuery => {
    const base = instantOf(r.firstDay, '00:00').getTime();
    return {
      serviceId: 1,
      durationMinutes: r.duration,
      schedules: r.schedules,
      desks: [
        { id: 7, calendar: r.calendar },
        { id: 8, calendar: r.calendar },
      ],
      taken: r.taken.map(([deskId, quarter, length]) => ({
        deskId,
        serviceId: 1,
        startsAt: new Date(base + quarter * 900_000),
        endsAt: new Date(base + (quarter + length) * 900_000),
      })),
      policy: { horizonDays: 4, minimumNoticeMinutes: r.notice, dailyCap: null, walkInPercent: r.percent },
      now: new Date(base + r.nowOffset * 60_000),
      from: r.firstDay,
      to: addDays(r.firstDay, 5),
    };
  });
const allDeskSlots = (q: SlotQuery) => {
  const out = [];
  for (let date = q.from; date <= q.to; date = addDays(date, 1)) out.push(...freeDeskSlots(q, date).map((s) => ({ ...s, date })));
  return out;
};

describe('free slots (properties)', () => {
  it('never offers two overlapping slots of one desk', () => {
    fc.assert(
      fc.property(queries, (q) => {
        const slots = allDeskSlots(q);
        for (const a of slots) {
          for (const b of slots) {
            if (a !== b && a.deskId === b.deskId) assert.ok(a.endsAt <= b.startsAt || b.endsAt <= a.startsAt, `${a.id} overlaps ${b.id}`);
          }
        }
      }),
    );
  });

  it('offers every slot inside its day, the opening hours and a schedule row of its desk for the service', () => {
    fc.assert(
      fc.property(queries, (q) => {
        for (const slot of allDeskSlots(q)) {
          assert.equal(officeDate(slot.startsAt), slot.date);
          const hours = hoursOn(q.desks[0]!.calendar, slot.date);
          assert.ok(hours.open);
          assert.ok(instantOf(slot.date, hours.opens) <= slot.startsAt && slot.endsAt <= instantOf(slot.date, hours.closes));
          assert.equal(slot.endsAt.getTime() - slot.startsAt.getTime(), q.durationMinutes * 60_000);
          assert.ok(
            q.schedules.some(
              (row) =>
                row.deskId === slot.deskId &&
                row.serviceId === 1 &&
                row.weekday === isoWeekday(slot.date) &&
                instantOf(slot.date, row.startsAt) <= slot.startsAt &&
                slot.endsAt <= instantOf(slot.date, row.endsAt),
            ),
          );
        }
      }),
    );
  });

  it('never offers taken desk time or a start sooner than the notice', () => {
    fc.assert(
      fc.property(queries, (q) => {
        const earliest = q.now.getTime() + q.policy.minimumNoticeMinutes * 60_000;
        for (const slot of allDeskSlots(q)) {
          assert.ok(slot.startsAt.getTime() >= earliest);
          assert.ok(!q.taken.some((t) => t.deskId === slot.deskId && t.startsAt < slot.endsAt && slot.startsAt < t.endsAt));
        }
      }),
    );
  });

  it('gives each slot a name that reads back to its service, desk and start', () => {
    fc.assert(
      fc.property(queries, (q) => {
        for (const slot of allDeskSlots(q))
          assert.deepEqual(parseSlotId(slot.id), { serviceId: 1, deskId: slot.deskId, startsAt: slot.startsAt });
      }),
    );
  });

  it('counts the free times of a day as the distinct starts of its desk slots, in order', () => {
    fc.assert(
      fc.property(queries, (q) => {
        for (const day of freeSlots(q)) {
          const starts = freeDeskSlots(q, day.date).map((s) => s.startsAt.getTime());
          assert.equal(day.freeCount, new Set(starts).size);
          assert.deepEqual(
            day.times.map((t) => t.startsAt.getTime()),
            [...new Set(starts)],
          );
        }
      }),
    );
  });

  it('frees more slots, never fewer, when a booking is cancelled', () => {
    fc.assert(
      fc.property(queries, (q) => {
        if (q.taken.length === 0) return;
        const before = new Set(allDeskSlots(q).map((s) => s.id));
        const after = new Set(allDeskSlots({ ...q, taken: q.taken.slice(1) }).map((s) => s.id));
        for (const id of before) assert.ok(after.has(id));
      }),
    );
  });

  it('answers the same with remembered days (a memo for kept settings) and taken time grouped once as computed afresh, whatever is taken and whenever asked', () => {
    fc.assert(
      fc.property(
        queries,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: -600, max: 3 * 24 * 60 })), { minLength: 1, maxLength: 6 }),
        (q, asks) => {
          // One memo for one copy of the settings, asked again and again as a process keeps them; fresh copies to compare.
          const memo = new OpenSlotsMemo(q.desks, q.schedules);
          for (const [keep, minutes] of [[q.taken.length, 0], ...asks, [q.taken.length, 0]] as const) {
            const now = new Date(q.now.getTime() + minutes * 60_000);
            const taken = q.taken.slice(0, keep);
            const fresh = { ...q, desks: structuredClone(q.desks), schedules: structuredClone(q.schedules), taken, now };
            const remembered = { ...q, taken, takenByDay: groupTakenByDay(taken), memo, now };
            assert.deepEqual(freeSlots(remembered), freeSlots(fresh));
            assert.deepEqual(allDeskSlots(remembered), allDeskSlots(fresh));
          }
        },
      ),
    );
  });

  it('does not use a memo or a grouping made for other settings or other taken time', () => {
    fc.assert(
      fc.property(queries, (q) => {
        if (q.taken.length === 0) return;
        const emptyMemo = new OpenSlotsMemo(q.desks, q.schedules);
        const warm = { ...q, taken: [], takenByDay: groupTakenByDay([]), memo: emptyMemo };
        freeSlots(warm);
        // The same memo and the grouping of no bookings, spread into a query that has bookings: both are ignored.
        const spread = { ...warm, taken: q.taken };
        assert.deepEqual(freeSlots(spread), freeSlots(q));
        const otherDesks = { ...q, desks: structuredClone(q.desks), memo: emptyMemo };
        assert.deepEqual(freeSlots(otherDesks), freeSlots(q));
      }),
    );
  });
});
