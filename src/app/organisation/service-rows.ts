import type { ServiceInput } from '../../domain/organisation/service-input.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';
import { translatedValues } from '../../storage/translated-text.ts';

/** The service table's columns from the checked form. */
export function serviceValues(input: ServiceInput) {
  return {
    unit_id: input.unitId,
    ticket_letter: input.ticketLetter,
    ...translatedValues('name', input.name),
    ...translatedValues('description', input.description),
    ...translatedValues('documents', input.documents),
    ...translatedValues('fees', input.fees),
    ...translatedValues('payment', input.payment),
    ...translatedValues('keywords', input.keywords),
    typical_minutes: input.typicalMinutes,
    wait_target_minutes: input.waitTargetMinutes,
    bookable_online: input.bookableOnline,
    ground_floor_possible: input.groundFloorPossible,
    active: input.active,
  };
}

/** The service's unit must be one of this office's (the foreign key alone admits any office's unit). */
export async function requireOfficeUnit(tx: Tx, officeId: number, unitId: number): Promise<void> {
  const unit = await tx
    .selectFrom('unit')
    .select('id')
    .where('id', '=', unitId)
    .where('office_id', '=', officeId)
    .forShare()
    .executeTakeFirst();
  if (!unit) throw invalid({ unit_id: { key: 'admin.errors.unknownUnit' } });
}
