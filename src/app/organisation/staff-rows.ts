import type { StaffInput } from '../../domain/organisation/staff-input.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';

/** The staff table's columns from the checked form (roles live in their own table). */
export function staffValues(input: StaffInput) {
  return {
    full_name: input.fullName,
    login: input.login,
    unit_id: input.unitId,
    position: input.position,
    badge_number: input.badgeNumber,
    email: input.email,
    active: input.active,
  };
}

/** The unit must be one of this office's (the foreign key alone admits any office's unit). */
export async function requireOfficeUnitOrNone(tx: Tx, officeId: number, unitId: number | null): Promise<void> {
  if (unitId === null) return;
  const unit = await tx
    .selectFrom('unit')
    .select('id')
    .where('id', '=', unitId)
    .where('office_id', '=', officeId)
    .forShare()
    .executeTakeFirst();
  if (!unit) throw invalid({ unit_id: { key: 'admin.errors.unknownUnit' } });
}
