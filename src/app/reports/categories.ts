import { readAttributeDefinitions, type ServiceAttribute } from '../../domain/reports/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** A category of the list the Contact Centre keeps (an Open311 service). */
export interface ReportCategory {
  id: number;
  code: string;
  kind: 'place' | 'office';
  name: Translated;
  unitId: number | null;
  /** The questions it asks beyond the description (Open311 attributes), in order; often none. */
  attributes: ServiceAttribute[];
}

/**
 * The office's active categories, places first, in the Contact Centre's order.
 * @example const categories = await reportCategories(db, officeId); categories[0].code // 'roads'
 */
export async function reportCategories(db: Db, officeId: number): Promise<ReportCategory[]> {
  const rows = await db
    .selectFrom('report_category')
    .select(['id', 'code', 'kind', translatedColumn('name').as('name'), 'unit_id as unitId', 'attributes'])
    .where('office_id', '=', officeId)
    .where('active', '=', true)
    .orderBy('kind', 'desc')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, attributes: readAttributeDefinitions(row.attributes) }));
}

/** The office's units, by code, for assigning a report. */
export async function reportUnits(db: Db, officeId: number): Promise<{ id: number; code: string }[]> {
  return db.selectFrom('unit').select(['id', 'code']).where('office_id', '=', officeId).orderBy('code').execute();
}
