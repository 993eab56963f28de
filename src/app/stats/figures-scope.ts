import { forbidden } from '../../domain/shared/errors.ts';
import type { Db } from '../../storage/database.ts';

/** Who asks for figures: the member of staff and their roles. */
export interface FiguresViewer {
  staffId: number;
  roles: readonly string[];
}

/** What a viewer may see: every unit (administrator), their own unit (unit head), or nothing (a unit head without a unit). */
export type FiguresScope = { kind: 'all' } | { kind: 'unit'; unitId: number } | { kind: 'noUnit' };

/** The viewer's scope; a unit head's unit is read from their staff row, never from the request. */
export async function figuresScope(db: Db, officeId: number, viewer: FiguresViewer): Promise<FiguresScope> {
  if (viewer.roles.includes('admin')) return { kind: 'all' };
  if (!viewer.roles.includes('unit_head')) throw forbidden();
  const staff = await db
    .selectFrom('staff')
    .select('unit_id')
    .where('id', '=', viewer.staffId)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return staff?.unit_id ? { kind: 'unit', unitId: staff.unit_id } : { kind: 'noUnit' };
}

/**
 * The one unit the figures are read for, or null for all: a unit head gets their own whatever they ask (asking
 * for another unit is refused), an administrator the unit asked for.
 */
export function unitOfScope(scope: FiguresScope, asked: number | null): number | null {
  if (scope.kind === 'unit') {
    if (asked !== null && asked !== scope.unitId) throw forbidden('stats.error.otherUnit');
    return scope.unitId;
  }
  return asked;
}
