import { readHomeVisitPolicy } from '../../domain/home-visits/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The office's home-visit settings, with the defaults of the migration when none were saved. */
export interface HomeVisitPolicy {
  handleWithinDays: number;
  expiryWarningDays: number;
  retentionDays: number;
}

export const DEFAULT_HOME_VISIT_POLICY: HomeVisitPolicy = { handleWithinDays: 3, expiryWarningDays: 14, retentionDays: 90 };

export async function homeVisitPolicy(tx: Tx, officeId: number): Promise<HomeVisitPolicy> {
  const row = await tx
    .selectFrom('home_visit_policy')
    .select(['handle_within_days', 'expiry_warning_days', 'retention_days'])
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  if (!row) return DEFAULT_HOME_VISIT_POLICY;
  return { handleWithinDays: row.handle_within_days, expiryWarningDays: row.expiry_warning_days, retentionDays: row.retention_days };
}

/** The settings as the administrator's form shows them. */
export function homeVisitPolicyOf(deps: UseCaseDeps): Promise<HomeVisitPolicy> {
  return deps.db.transaction().execute((tx) => homeVisitPolicy(tx, deps.actor.officeId));
}

/**
 * Saves the office's home-visit settings (the unit head's handling days, the expiry warning, the retention), one
 * transaction with its audit row; a value out of range is refused with its field named and nothing written.
 * @example await updateHomeVisitPolicy(deps, { handleWithinDays: '3', expiryWarningDays: '14', retentionDays: '90' });
 */
export async function updateHomeVisitPolicy(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const input = readHomeVisitPolicy(form);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const values = {
      handle_within_days: input.handleWithinDays,
      expiry_warning_days: input.expiryWarningDays,
      retention_days: input.retentionDays,
    };
    await tx
      .insertInto('home_visit_policy')
      .values({ office_id: deps.actor.officeId, ...values })
      .onConflict((oc) => oc.column('office_id').doUpdateSet(values))
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.policy_update',
      subjectType: 'office',
      subjectId: deps.actor.officeId,
      details: { ...input },
    });
  });
}
