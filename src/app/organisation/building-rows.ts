import type { BuildingInput, RoomInput } from '../../domain/organisation/building-input.ts';

/** The building table's columns from the checked form. */
export function buildingValues(input: BuildingInput) {
  return {
    name: input.name,
    street: input.street,
    postal_code: input.postalCode,
    city: input.city,
    floors: input.floors,
    ground_floor_accessible: input.groundFloorAccessible,
    has_lift: input.hasLift,
    accessibility_notes: input.accessibilityNotes,
  };
}

/** The room table's columns from the checked form. */
export function roomValues(input: RoomInput) {
  return { floor: input.floor, number: input.number, name: input.name };
}
