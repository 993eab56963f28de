import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

// The office's buildings, rooms, units and services as the administrator's forms offer them in their lists.

export interface BuildingChoice {
  id: number;
  name: string;
}

export interface RoomChoice {
  id: number;
  floor: number;
  number: string;
  buildingName: string;
}

export interface UnitChoice {
  id: number;
  code: string;
  name: Translated;
}

export interface ServiceChoice {
  id: number;
  ticketLetter: string;
  name: Translated;
}

/**
 * The office's buildings by name.
 * @example const buildings = await buildingChoices(deps); // [{ id: 1, name: 'Ratusz' }]
 */
export async function buildingChoices(deps: UseCaseDeps): Promise<BuildingChoice[]> {
  return deps.db.selectFrom('building').select(['id', 'name']).where('office_id', '=', deps.actor.officeId).orderBy('name').execute();
}

/**
 * Every room of the office with its building's name, for the room pickers of units and desks.
 * @example const rooms = await roomChoices(deps); // [{ id: 4, floor: 1, number: '101', buildingName: 'Ratusz' }]
 */
export async function roomChoices(deps: UseCaseDeps): Promise<RoomChoice[]> {
  return deps.db
    .selectFrom('room')
    .innerJoin('building', 'building.id', 'room.building_id')
    .select(['room.id', 'room.floor', 'room.number', 'building.name as buildingName'])
    .where('building.office_id', '=', deps.actor.officeId)
    .orderBy('building.name')
    .orderBy('room.floor')
    .orderBy('room.number')
    .execute();
}

/**
 * The office's units by code.
 * @example const units = await unitChoices(deps); // [{ id: 2, code: 'WSO', name: { pl: 'Wydział Spraw Obywatelskich', … } }]
 */
export async function unitChoices(deps: UseCaseDeps): Promise<UnitChoice[]> {
  return deps.db
    .selectFrom('unit')
    .select(['id', 'code', translatedColumn('unit.name').as('name')])
    .where('office_id', '=', deps.actor.officeId)
    .orderBy('code')
    .execute();
}

/**
 * The office's services by ticket letter.
 * @example const services = await serviceChoices(deps); // [{ id: 3, ticketLetter: 'A', name: { pl: 'Dowód osobisty', … } }]
 */
export async function serviceChoices(deps: UseCaseDeps): Promise<ServiceChoice[]> {
  return deps.db
    .selectFrom('service')
    .select(['id', 'ticket_letter as ticketLetter', translatedColumn('service.name').as('name')])
    .where('office_id', '=', deps.actor.officeId)
    .orderBy('ticket_letter')
    .execute();
}
