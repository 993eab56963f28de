import { forbidden, notFound } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';

/** Who asks: the member of staff and their roles. */
export interface HomeVisitViewer {
  staffId: number;
  roles: readonly string[];
}

/**
 * Which requests a viewer may see with the resident's data: the Information Point every request of the office (it
 * took them and follows their status), a unit head their unit's, a clerk those assigned to them. The City
 * Secretary and the register keeper see authorisations, never a resident.
 */
export interface RequestScope {
  all: boolean;
  unitId: number | null;
  staffId: number;
}

export async function requestScopeOf(tx: Tx, officeId: number, viewer: HomeVisitViewer): Promise<RequestScope> {
  if (viewer.roles.includes('information_point')) return { all: true, unitId: null, staffId: viewer.staffId };
  return {
    all: false,
    unitId: viewer.roles.includes('unit_head') ? await unitOf(tx, officeId, viewer.staffId) : null,
    staffId: viewer.staffId,
  };
}

/** The unit a member of staff belongs to, or null. */
export async function unitOf(tx: Tx, officeId: number, staffId: number): Promise<number | null> {
  const staff = await tx
    .selectFrom('staff')
    .select('unit_id')
    .where('id', '=', staffId)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return staff?.unit_id ?? null;
}

export function inRequestScope(scope: RequestScope, row: { unit_id: number; assigned_to: number | null }): boolean {
  return scope.all || row.assigned_to === scope.staffId || (scope.unitId !== null && row.unit_id === scope.unitId);
}

/** The request, locked, when the viewer may act on it; else 404 (not this office's) or 403. */
export async function requestForChange(tx: Tx, officeId: number, id: number, viewer: HomeVisitViewer) {
  const row = await tx
    .selectFrom('home_visit_request')
    .select(['id', 'unit_id', 'assigned_to', 'status', 'case_sign', 'taken_by', 'email', 'anonymised_at'])
    .where('id', '=', id)
    .where('office_id', '=', officeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (!inRequestScope(await requestScopeOf(tx, officeId, viewer), row)) throw forbidden();
  return row;
}
