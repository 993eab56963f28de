import type { UnitInput } from '../../domain/organisation/unit-input.ts';
import { translatedValues } from '../../storage/translated-text.ts';

/** The unit table's columns from the checked form. */
export function unitValues(input: UnitInput) {
  return {
    code: input.code,
    ...translatedValues('name', input.name),
    building_id: input.buildingId,
    room_id: input.roomId,
    phone: input.phone,
    email: input.email,
  };
}
