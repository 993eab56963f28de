import { one, type FormValues } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';

/** What a late arrival gets once the arrival window has closed. */
export const LATE_ARRIVAL_RULES = ['join_queue_as_regular', 'refuse'] as const;
/** Which contact details a service's booking asks for (data minimisation: only what the service needs). */
export const BOOKING_CONTACTS = ['email_or_phone', 'email', 'phone', 'email_and_phone'] as const;

/** The office's booking policy as the administrator's form sets it; the bounds are the migration's checks. */
export interface BookingPolicyInput {
  horizonDays: number;
  minimumNoticeMinutes: number;
  walkInPercent: number;
  emailDailyCap: number;
  retentionDays: number;
  lateArrival: (typeof LATE_ARRIVAL_RULES)[number];
  challengeMaxNumber: number;
  reminderHoursBefore: number;
}

/**
 * Reads the booking policy form; every mistake at once, each against its field.
 * @example readBookingPolicyForm({ horizon_days: '30', minimum_notice_minutes: '120', walk_in_percent: '30', email_daily_cap: '3', retention_days: '30', late_arrival: 'refuse', challenge_max_number: '100000', reminder_hours_before: '24' }).horizonDays // 30
 */
export function readBookingPolicyForm(form: FormValues): BookingPolicyInput {
  const v = new FieldCheck();
  const number = (field: string, min: number, max: number) => v.integer(field, one(form, field).replace(/\s/g, ''), { min, max }) ?? 0;
  const input: BookingPolicyInput = {
    horizonDays: number('horizon_days', 1, 180),
    minimumNoticeMinutes: number('minimum_notice_minutes', 0, 10_080),
    walkInPercent: number('walk_in_percent', 0, 100),
    emailDailyCap: number('email_daily_cap', 1, 50),
    retentionDays: number('retention_days', 0, 3650),
    lateArrival: v.oneOf('late_arrival', one(form, 'late_arrival'), LATE_ARRIVAL_RULES) ?? 'join_queue_as_regular',
    challengeMaxNumber: number('challenge_max_number', 1000, 10_000_000),
    reminderHoursBefore: number('reminder_hours_before', 1, 168),
  };
  v.done();
  return input;
}

/** What booking one service takes: a slot length (null: the service's typical time), a daily cap, which details. */
export interface ServiceBookingInput {
  bookingMinutes: number | null;
  dailyCap: number | null;
  needsName: boolean;
  contact: (typeof BOOKING_CONTACTS)[number];
}

/**
 * Reads a service's booking settings form.
 * @example readServiceBookingForm({ booking_minutes: '20', booking_daily_cap: '', booking_needs_name: 'on', booking_contact: 'email' }) // { bookingMinutes: 20, dailyCap: null, needsName: true, contact: 'email' }
 */
export function readServiceBookingForm(form: FormValues): ServiceBookingInput {
  const v = new FieldCheck();
  const input: ServiceBookingInput = {
    bookingMinutes: v.integer('booking_minutes', one(form, 'booking_minutes'), { min: 5, max: 240, optional: true }),
    dailyCap: v.integer('booking_daily_cap', one(form, 'booking_daily_cap').replace(/\s/g, ''), { min: 1, max: 9999, optional: true }),
    needsName: v.flag(one(form, 'booking_needs_name')),
    contact: v.oneOf('booking_contact', one(form, 'booking_contact'), BOOKING_CONTACTS) ?? 'email_or_phone',
  };
  v.done();
  return input;
}

/** One row of a service's booking schedule: a desk takes bookings on an ISO weekday between two times. */
export interface BookingScheduleInput {
  deskId: number;
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/**
 * Reads the "add a schedule row" form. Whether the desk serves the service is the database's promise
 * (the foreign key to desk_service), not a check here.
 * @example readBookingScheduleForm({ desk_id: '7', weekday: '1', starts_at: '8:00', ends_at: '12:00' }) // { deskId: 7, weekday: 1, startsAt: '08:00', endsAt: '12:00' }
 */
export function readBookingScheduleForm(form: FormValues): BookingScheduleInput {
  const v = new FieldCheck();
  const deskId = one(form, 'desk_id').trim();
  if (deskId === '') v.fail('desk_id', 'bookingStaff.errors.chooseDesk');
  else if (!/^\d{1,9}$/.test(deskId)) v.fail('desk_id', 'bookingStaff.errors.deskNotServing');
  const weekday = v.integer('weekday', one(form, 'weekday'), { min: 1, max: 7 });
  const startsAt = v.time('starts_at', one(form, 'starts_at'));
  const endsAt = v.time('ends_at', one(form, 'ends_at'));
  if (startsAt !== null && endsAt !== null && endsAt <= startsAt) v.fail('ends_at', 'bookingStaff.errors.endsBeforeStarts');
  v.done();
  return { deskId: Number(deskId), weekday: weekday ?? 1, startsAt: startsAt ?? '', endsAt: endsAt ?? '' };
}
