import { FieldCheck } from '../shared/validate.ts';
import { one, type FormValues } from './form-values.ts';

export const POSTAL_CODE = /^[0-9]{2}-[0-9]{3}$/;

export interface BuildingInput {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  floors: number;
  groundFloorAccessible: boolean;
  hasLift: boolean;
  accessibilityNotes: string;
}

/**
 * Reads and checks the building form; throws every field error at once.
 * @example readBuilding({ name: 'Ratusz', street: 'Pasaż Rudowskiego 10', postal_code: '97-300', city: 'Piotrków Trybunalski', floors: '3' })
 */
export function readBuilding(form: FormValues): BuildingInput {
  const v = new FieldCheck();
  const input: BuildingInput = {
    name: v.text('name', one(form, 'name'), { max: 120 }),
    street: v.text('street', one(form, 'street'), { max: 200 }),
    postalCode: v.text('postal_code', one(form, 'postal_code'), { max: 20, pattern: POSTAL_CODE, patternKey: 'admin.errors.postalCode' }),
    city: v.text('city', one(form, 'city'), { max: 100 }),
    floors: v.integer('floors', one(form, 'floors'), { min: 1, max: 50 }) ?? 1,
    groundFloorAccessible: v.flag(one(form, 'ground_floor_accessible')),
    hasLift: v.flag(one(form, 'has_lift')),
    accessibilityNotes: v.text('accessibility_notes', one(form, 'accessibility_notes'), { max: 4000, optional: true, multiline: true }),
  };
  v.done();
  return input;
}

export interface RoomInput {
  floor: number;
  number: string;
  name: string;
}

/** Reads and checks the room form; its fields are prefixed `room_` as it shares a page with the building form. */
export function readRoom(form: FormValues): RoomInput {
  const v = new FieldCheck();
  const input: RoomInput = {
    floor: v.integer('room_floor', one(form, 'room_floor'), { min: -5, max: 50 }) ?? 0,
    number: v.text('room_number', one(form, 'room_number'), { max: 20 }),
    name: v.text('room_name', one(form, 'room_name'), { max: 120, optional: true }),
  };
  v.done();
  return input;
}
