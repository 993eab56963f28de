import type { Tx } from '../../storage/database.ts';

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
