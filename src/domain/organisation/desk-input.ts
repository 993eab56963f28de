import { FieldCheck } from '../shared/validate.ts';
import { many, one, type FormValues } from './form-values.ts';

export interface DeskInput {
  buildingId: number;
  floor: number;
  roomId: number | null;
  number: string;
  name: string;
  active: boolean;
  serviceIds: number[];
}

/**
 * Reads and checks the desk form. That the building is the office's and the room is in that building
 * is kept by foreign keys; the services are filtered to the office's by the use case.
 * @example readDesk({ building_id: '1', floor: '0', number: '12', service_id: ['3', '4'], active: 'on' })
 */
export function readDesk(form: FormValues): DeskInput {
  const v = new FieldCheck();
  const serviceIds: number[] = [];
  for (const raw of many(form, 'service_id')) {
    if (!/^\d{1,9}$/.test(raw)) v.fail('service_id', 'errors.choice');
    else if (!serviceIds.includes(Number(raw))) serviceIds.push(Number(raw));
  }
  const input: DeskInput = {
    buildingId: v.integer('building_id', one(form, 'building_id'), { min: 1, max: 2_147_483_647 }) ?? 0,
    floor: v.integer('floor', one(form, 'floor'), { min: -5, max: 50 }) ?? 0,
    roomId: v.integer('room_id', one(form, 'room_id'), { min: 1, max: 2_147_483_647, optional: true }),
    number: v.text('number', one(form, 'number'), { max: 6, pattern: /^[0-9A-Za-z]+$/, patternKey: 'admin.errors.deskNumber' }),
    name: v.text('name', one(form, 'name'), { max: 120, optional: true }),
    active: v.flag(one(form, 'active')),
    serviceIds,
  };
  v.done();
  return input;
}
