import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A service in the administrator's list. */
export interface ServiceListItem {
  id: number;
  ticketLetter: string;
  name: Translated;
  unitCode: string;
  typicalMinutes: number;
  bookableOnline: boolean;
  active: boolean;
}

/** A service as its form edits it. */
export interface ServiceDetails {
  id: number;
  unitId: number;
  ticketLetter: string;
  name: Translated;
  description: Translated;
  /** One item per line in each language. */
  documents: Translated;
  fees: Translated;
  payment: Translated;
  keywords: Translated;
  typicalMinutes: number;
  waitTargetMinutes: number | null;
  bookableOnline: boolean;
  groundFloorPossible: boolean;
  active: boolean;
}

/**
 * The office's services by ticket letter, withdrawn ones included.
 * @example const services = await listServices(deps);
 */
export async function listServices(deps: UseCaseDeps): Promise<ServiceListItem[]> {
  return deps.db
    .selectFrom('service')
    .innerJoin('unit', 'unit.id', 'service.unit_id')
    .select([
      'service.id',
      'service.ticket_letter as ticketLetter',
      translatedColumn('service.name').as('name'),
      'unit.code as unitCode',
      'service.typical_minutes as typicalMinutes',
      'service.bookable_online as bookableOnline',
      'service.active',
    ])
    .where('service.office_id', '=', deps.actor.officeId)
    .orderBy('service.ticket_letter')
    .execute();
}

/**
 * One service of the office; undefined when it is not the office's.
 * @example const service = await findService(deps, 4); service?.name.pl // 'Dowód osobisty'
 */
export async function findService(deps: UseCaseDeps, id: number): Promise<ServiceDetails | undefined> {
  return deps.db
    .selectFrom('service')
    .select([
      'id',
      'unit_id as unitId',
      'ticket_letter as ticketLetter',
      translatedColumn('service.name').as('name'),
      translatedColumn('service.description').as('description'),
      translatedColumn('service.documents').as('documents'),
      translatedColumn('service.fees').as('fees'),
      translatedColumn('service.payment').as('payment'),
      translatedColumn('service.keywords').as('keywords'),
      'typical_minutes as typicalMinutes',
      'wait_target_minutes as waitTargetMinutes',
      'bookable_online as bookableOnline',
      'ground_floor_possible as groundFloorPossible',
      'active',
    ])
    .where('office_id', '=', deps.actor.officeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
