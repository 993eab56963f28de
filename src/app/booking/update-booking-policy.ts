import '../../storage/booking-settings-repository.ts';
import { readBookingPolicyForm } from '../../domain/booking/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from '../organisation/changes.ts';

/**
 * Sets the office's booking policy (horizon, notice, walk-in share, e-mail cap, retention, late arrival,
 * the anti-bot cost, the reminder). The office's row is created on the first save; until then the
 * migration's defaults apply. The audit row names the changed settings.
 * @example await updateBookingPolicy(deps, { horizon_days: '14', minimum_notice_minutes: '60', walk_in_percent: '30', email_daily_cap: '3', retention_days: '30', late_arrival: 'refuse', challenge_max_number: '100000', reminder_hours_before: '24' });
 */
export async function updateBookingPolicy(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const input = readBookingPolicyForm(form);
  const officeId = deps.actor.officeId;
  const values = {
    horizon_days: input.horizonDays,
    minimum_notice_minutes: input.minimumNoticeMinutes,
    walk_in_percent: input.walkInPercent,
    email_daily_cap: input.emailDailyCap,
    retention_days: input.retentionDays,
    late_arrival: input.lateArrival,
    challenge_max_number: input.challengeMaxNumber,
    reminder_hours_before: input.reminderHoursBefore,
  };
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('booking_policy').selectAll().where('office_id', '=', officeId).forUpdate().executeTakeFirst();
    await tx
      .insertInto('booking_policy')
      .values({ office_id: officeId, ...values })
      .onConflict((oc) => oc.column('office_id').doUpdateSet(values))
      .execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'booking_policy.update',
      subjectType: 'office',
      subjectId: officeId,
      details: { fields: before ? changedFields(before, values) : Object.keys(values).sort() },
    });
  });
}
