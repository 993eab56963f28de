import type { Translated } from '../shared/translated.ts';
import { FieldCheck } from '../shared/validate.ts';
import { one, type FormValues } from './form-values.ts';

export interface UnitInput {
  code: string;
  name: Translated;
  buildingId: number | null;
  roomId: number | null;
  phone: string;
  email: string;
}

/**
 * Reads and checks the unit form. A room needs its building; whether the room is in that building
 * is the database's promise (a foreign key), not a check here.
 * @example readUnit({ code: 'WSO', name_pl: 'Wydział Spraw Obywatelskich', building_id: '1' })
 */
export function readUnit(form: FormValues): UnitInput {
  const v = new FieldCheck();
  const input: UnitInput = {
    code: v.text('code', one(form, 'code').toUpperCase(), {
      max: 12,
      pattern: /^[A-ZĄĆĘŁŃÓŚŹŻ0-9.-]+$/,
      patternKey: 'admin.errors.unitCode',
    }),
    name: {
      pl: v.text('name_pl', one(form, 'name_pl'), { max: 200 }),
      en: v.text('name_en', one(form, 'name_en'), { max: 200, optional: true }),
      uk: v.text('name_uk', one(form, 'name_uk'), { max: 200, optional: true }),
    },
    buildingId: v.integer('building_id', one(form, 'building_id'), { min: 1, max: 2_147_483_647, optional: true }),
    roomId: v.integer('room_id', one(form, 'room_id'), { min: 1, max: 2_147_483_647, optional: true }),
    phone: v.text('phone', one(form, 'phone'), { max: 50, optional: true }),
    email: v.email('email', one(form, 'email'), { optional: true }),
  };
  if (input.roomId !== null && input.buildingId === null) v.fail('building_id', 'admin.errors.roomNeedsBuilding');
  v.done();
  return input;
}
