import type { Tx } from '../../storage/database.ts';

/** Who asks: the member of staff and their roles. */
export interface SatisfactionViewer {
  staffId: number;
  roles: readonly string[];
}

/** The answers a viewer reads and moderates: every one (administrator) or their unit's (unit head). */
export type SatisfactionScope = { all: true } | { all: false; unitId: number | null };

export async function satisfactionScope(tx: Tx, officeId: number, viewer: SatisfactionViewer): Promise<SatisfactionScope> {
  if (viewer.roles.includes('admin')) return { all: true };
  const staff = await tx
    .selectFrom('staff')
    .select('unit_id')
    .where('id', '=', viewer.staffId)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return { all: false, unitId: viewer.roles.includes('unit_head') ? (staff?.unit_id ?? null) : null };
}
