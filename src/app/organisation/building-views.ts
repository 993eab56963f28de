import type { UseCaseDeps } from '../shared/deps.ts';

/** A building as the administrator lists and edits it. */
export interface BuildingView {
  id: number;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  floors: number;
  groundFloorAccessible: boolean;
  hasLift: boolean;
  accessibilityNotes: string;
}

export interface RoomView {
  id: number;
  floor: number;
  number: string;
  name: string;
}

/** A building with its rooms, by floor and number. */
export interface BuildingDetails extends BuildingView {
  rooms: RoomView[];
}

function buildingsOf(deps: UseCaseDeps) {
  return deps.db
    .selectFrom('building')
    .select([
      'id',
      'name',
      'street',
      'postal_code as postalCode',
      'city',
      'floors',
      'ground_floor_accessible as groundFloorAccessible',
      'has_lift as hasLift',
      'accessibility_notes as accessibilityNotes',
    ])
    .where('office_id', '=', deps.actor.officeId);
}

/**
 * The office's buildings by name.
 * @example const buildings = await listBuildings(deps);
 */
export async function listBuildings(deps: UseCaseDeps): Promise<BuildingView[]> {
  return buildingsOf(deps).orderBy('name').execute();
}

/**
 * One building of the office with its rooms; undefined when it is not the office's.
 * @example const building = await findBuilding(deps, 3); building?.rooms
 */
export async function findBuilding(deps: UseCaseDeps, id: number): Promise<BuildingDetails | undefined> {
  const building = await buildingsOf(deps).where('id', '=', id).executeTakeFirst();
  if (!building) return undefined;
  const rooms = await deps.db
    .selectFrom('room')
    .select(['id', 'floor', 'number', 'name'])
    .where('building_id', '=', building.id)
    .orderBy('floor')
    .orderBy('number')
    .execute();
  return { ...building, rooms };
}
