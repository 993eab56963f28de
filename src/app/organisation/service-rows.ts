import type { ServiceInput } from '../../domain/organisation/service-input.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';

/** The service table's columns from the checked form. */
export function serviceValues(input: ServiceInput) {
  return {
    unit_id: input.unitId,
    ticket_letter: input.ticketLetter,
    name_pl: input.name.pl,
    name_en: input.name.en,
    name_uk: input.name.uk,
    description_pl: input.description.pl,
    description_en: input.description.en,
    description_uk: input.description.uk,
    documents_pl: input.documents.pl,
    documents_en: input.documents.en,
    documents_uk: input.documents.uk,
    fees_pl: input.fees.pl,
    fees_en: input.fees.en,
    fees_uk: input.fees.uk,
    payment_pl: input.payment.pl,
    payment_en: input.payment.en,
    payment_uk: input.payment.uk,
    typical_minutes: input.typicalMinutes,
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
