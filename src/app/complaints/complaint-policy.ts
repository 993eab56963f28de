import { readComplaintPolicy } from '../../domain/complaints/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Db } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The register's settings of an office. */
export interface ComplaintPolicy {
  /** Days after a case ends (its reply, or its registration when left unexamined) that its personal data is kept. */
  retentionDays: number;
  /** Days before its deadline that an open case is flagged as near due. */
  nearDueDays: number;
}

export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = { retentionDays: 1825, nearDueDays: 7 };

/** The office's settings, the defaults while none were saved. */
export async function complaintPolicy(db: Db, officeId: number): Promise<ComplaintPolicy> {
  const row = await db
    .selectFrom('complaint_policy')
    .select(['retention_days', 'near_due_days'])
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return row ? { retentionDays: row.retention_days, nearDueDays: row.near_due_days } : DEFAULT_COMPLAINT_POLICY;
}

/**
 * Saves the register's settings (retention and the near-due warning), one transaction with its audit row.
 * @example await updateComplaintPolicy(deps, { retentionDays: '1825', nearDueDays: '7' });
 */
export async function updateComplaintPolicy(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const input = readComplaintPolicy(form);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const values = { retention_days: input.retentionDays, near_due_days: input.nearDueDays };
    await tx
      .insertInto('complaint_policy')
      .values({ office_id: deps.actor.officeId, ...values })
      .onConflict((oc) => oc.column('office_id').doUpdateSet(values))
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'complaint.policy_update',
      subjectType: 'office',
      subjectId: deps.actor.officeId,
      details: { ...input },
    });
  });
}
