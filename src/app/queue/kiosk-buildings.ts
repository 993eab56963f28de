import type { UseCaseDeps } from '../shared/deps.ts';

/** A building as a kiosk tells residents where to go: its name and address, and whether it has a lift. */
export interface KioskBuilding {
  id: number;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  hasLift: boolean;
}

/**
 * The office's buildings, and the one the acting kiosk stands in (null when the administrator has not set
 * it, or the actor is not a device): a kiosk names the address of a place in another building.
 * @example const { buildings, kioskBuildingId } = await kioskBuildings(deps);
 */
export async function kioskBuildings(deps: UseCaseDeps): Promise<{ buildings: KioskBuilding[]; kioskBuildingId: number | null }> {
  const { actor } = deps;
  const [buildings, device] = await Promise.all([
    deps.db
      .selectFrom('building')
      .select(['id', 'name', 'street', 'postal_code as postalCode', 'city', 'has_lift as hasLift'])
      .where('office_id', '=', actor.officeId)
      .orderBy('id')
      .execute(),
    actor.kind === 'device' && actor.id !== null
      ? deps.db.selectFrom('device').select('building_id').where('id', '=', actor.id).executeTakeFirst()
      : undefined,
  ]);
  return { buildings, kioskBuildingId: device?.building_id ?? null };
}
