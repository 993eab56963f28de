import { DEFAULT_ARRIVAL_POLICY, type ArrivalPolicy, type SlotPolicy } from '../../domain/booking/index.ts';
import type { PolicyColumns } from '../../storage/booking-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { SettingsCache } from '../../storage/settings-cache.ts';

/** The office's booking settings, in the shapes the domain rules take. */
export interface BookingPolicy {
  /** Bookable days: today up to today + this many days. */
  horizonDays: number;
  minimumNoticeMinutes: number;
  /** Whole percent of each desk's booking time kept for walk-ins. */
  walkInPercent: number;
  /** Bookings one e-mail address may make per office day. */
  emailDailyCap: number;
  retentionDays: number;
  /** ALTCHA: the largest number a client may have to try. */
  challengeMaxNumber: number;
  reminderHoursBefore: number;
  /** Check-in window (from the queue policy, so a booking checked in on time is also called on time) and late arrival. */
  arrival: ArrivalPolicy;
}

/** The defaults of the booking migration, for an office without a `booking_policy` row. */
export const DEFAULT_BOOKING_POLICY: BookingPolicy = {
  horizonDays: 30,
  minimumNoticeMinutes: 120,
  walkInPercent: 30,
  emailDailyCap: 3,
  retentionDays: 30,
  challengeMaxNumber: 100_000,
  reminderHoursBefore: 24,
  arrival: DEFAULT_ARRIVAL_POLICY,
};

/** Builds the policy from a row joined from `booking_policy` and `queue_policy`, filling defaults. */
export function policyFromRow(row: PolicyColumns | undefined): BookingPolicy {
  const d = DEFAULT_BOOKING_POLICY;
  return {
    horizonDays: row?.horizon_days ?? d.horizonDays,
    minimumNoticeMinutes: row?.minimum_notice_minutes ?? d.minimumNoticeMinutes,
    walkInPercent: row?.walk_in_percent ?? d.walkInPercent,
    emailDailyCap: row?.email_daily_cap ?? d.emailDailyCap,
    retentionDays: row?.retention_days ?? d.retentionDays,
    challengeMaxNumber: row?.challenge_max_number ?? d.challengeMaxNumber,
    reminderHoursBefore: row?.reminder_hours_before ?? d.reminderHoursBefore,
    arrival: {
      minutesBefore: row?.booking_minutes_before ?? d.arrival.minutesBefore,
      minutesAfter: row?.booking_minutes_after ?? d.arrival.minutesAfter,
      lateArrival: row?.late_arrival ?? d.arrival.lateArrival,
    },
  };
}

/**
 * The slot policy of one service: the office's horizon, notice and walk-in share with the service's own
 * daily cap (`service.booking_daily_cap`, null for none).
 * @example slotPolicyOf(policy, 40) // { horizonDays: 30, minimumNoticeMinutes: 120, walkInPercent: 30, dailyCap: 40 }
 */
export function slotPolicyOf(policy: BookingPolicy, dailyCap: number | null): SlotPolicy {
  return {
    horizonDays: policy.horizonDays,
    minimumNoticeMinutes: policy.minimumNoticeMinutes,
    walkInPercent: policy.walkInPercent,
    dailyCap,
  };
}

/** Each office's booking policy, while the office's settings are unchanged. */
const policies = new SettingsCache<BookingPolicy>();

/**
 * The office's booking policy in one read (its `booking_policy` and `queue_policy` rows), defaults for
 * whatever the office has not set; kept in memory while the settings are unchanged (`SettingsCache`).
 * @example const policy = await readBookingPolicy(db, officeId); policy.arrival.minutesAfter // 15
 */
export async function readBookingPolicy(db: Db | Tx, officeId: number): Promise<BookingPolicy> {
  return policies.read(db, String(officeId), async () => {
    const row = await db
      .selectFrom('office')
      .leftJoin('booking_policy', 'booking_policy.office_id', 'office.id')
      .leftJoin('queue_policy', 'queue_policy.office_id', 'office.id')
      .select([
        'booking_policy.horizon_days',
        'booking_policy.minimum_notice_minutes',
        'booking_policy.walk_in_percent',
        'booking_policy.email_daily_cap',
        'booking_policy.retention_days',
        'booking_policy.late_arrival',
        'booking_policy.challenge_max_number',
        'booking_policy.reminder_hours_before',
        'queue_policy.booking_minutes_before',
        'queue_policy.booking_minutes_after',
      ])
      .where('office.id', '=', officeId)
      .executeTakeFirst();
    return policyFromRow(row);
  });
}
