import { forbidden, notFound } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';

/** Who asks: the member of staff and their roles. */
export interface SituationViewer {
  staffId: number;
  roles: readonly string[];
}

/** What a viewer may see: every situation (administrator), a unit's and their own (unit head), or only their own. */
export interface SituationScope {
  all: boolean;
  unitId: number | null;
  staffId: number;
}

export async function scopeOf(tx: Tx, officeId: number, viewer: SituationViewer): Promise<SituationScope> {
  if (viewer.roles.includes('admin')) return { all: true, unitId: null, staffId: viewer.staffId };
  let unitId: number | null = null;
  if (viewer.roles.includes('unit_head')) {
    const staff = await tx
      .selectFrom('staff')
      .select('unit_id')
      .where('id', '=', viewer.staffId)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    unitId = staff?.unit_id ?? null;
  }
  return { all: false, unitId, staffId: viewer.staffId };
}

export function inScope(scope: SituationScope, row: { unit_id: number; recorded_by: number }): boolean {
  return scope.all || row.recorded_by === scope.staffId || (scope.unitId !== null && row.unit_id === scope.unitId);
}

/** The office's situation, locked, when the viewer may change it; else 404 (another office's) or 403. */
export async function situationForChange(tx: Tx, officeId: number, id: number, viewer: SituationViewer) {
  const row = await tx
    .selectFrom('difficult_situation')
    .select(['id', 'unit_id', 'recorded_by', 'status', 'occurred_at'])
    .where('id', '=', id)
    .where('office_id', '=', officeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (!inScope(await scopeOf(tx, officeId, viewer), row)) throw forbidden();
  return row;
}
