import { forbidden } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** No unit has this id (identity columns start at 1). */
const NO_UNIT = 0;

/**
 * The unit whose absences and notes the actor keeps: null for an administrator (every unit), the head's own
 * unit for a unit head; a head without a unit keeps none (0, the id of no unit).
 */
export async function managedUnit(deps: UseCaseDeps, tx: Tx | UseCaseDeps['db'] = deps.db): Promise<number | null> {
  if (deps.actor.role === 'admin') return null;
  if (deps.actor.id === null) throw forbidden();
  const staff = await tx.selectFrom('staff').select('unit_id').where('id', '=', deps.actor.id).executeTakeFirst();
  return staff?.unit_id ?? NO_UNIT;
}
