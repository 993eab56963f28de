import type { UnitInput } from '../../domain/organisation/unit-input.ts';

/** The unit table's columns from the checked form. */
export function unitValues(input: UnitInput) {
  return {
    code: input.code,
    name_pl: input.namePl,
    name_en: input.nameEn,
    name_uk: input.nameUk,
    building_id: input.buildingId,
    room_id: input.roomId,
    phone: input.phone,
    email: input.email,
  };
}
