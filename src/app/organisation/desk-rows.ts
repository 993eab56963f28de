import type { DeskInput } from '../../domain/organisation/desk-input.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';

/** The desk table's columns from the checked form. */
export function deskValues(input: DeskInput) {
  return {
    building_id: input.buildingId,
    floor: input.floor,
    room_id: input.roomId,
    number: input.number,
    name: input.name,
    active: input.active,
  };
}

/**
 * Replaces the services a desk serves. A service id that is not this office's is refused rather than
 * skipped: a tampered form must not pass silently.
 */
export async function replaceDeskServices(tx: Tx, officeId: number, deskId: number, serviceIds: readonly number[]): Promise<void> {
  await tx.deleteFrom('desk_service').where('desk_id', '=', deskId).execute();
  if (serviceIds.length === 0) return;
  const known = await tx.selectFrom('service').select('id').where('office_id', '=', officeId).where('id', 'in', serviceIds).execute();
  if (known.length !== serviceIds.length) throw invalid({ service_id: { key: 'errors.choice' } });
  await tx
    .insertInto('desk_service')
    .values(serviceIds.map((serviceId) => ({ desk_id: deskId, service_id: serviceId })))
    .execute();
}
