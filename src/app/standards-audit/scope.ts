import type { Db, Tx } from '../../storage/database.ts';

/** Who asks: the member of staff and their roles. */
export interface AuditViewer {
  staffId: number;
  roles: readonly string[];
}

/** The audits a viewer reads: all (administrator, auditor) or their unit's (unit head); none without a unit. */
export type AuditScope = { all: true } | { all: false; unitId: number | null };

export async function auditScope(db: Db | Tx, officeId: number, viewer: AuditViewer): Promise<AuditScope> {
  if (viewer.roles.includes('admin') || viewer.roles.includes('auditor')) return { all: true };
  const staff = await db
    .selectFrom('staff')
    .select('unit_id')
    .where('id', '=', viewer.staffId)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return { all: false, unitId: viewer.roles.includes('unit_head') ? (staff?.unit_id ?? null) : null };
}
