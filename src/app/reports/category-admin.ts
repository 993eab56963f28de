import {
  readAttributeDefinitions,
  readAttributeInput,
  readCategory,
  withAttribute,
  type ServiceAttribute,
} from '../../domain/reports/index.ts';
import { conflict, invalid, notFound, type DomainError } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { translatedColumn, translatedValues } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A category as the Contact Centre's list shows it, retired ones included, with how many reports it has. */
export interface CategorySummary {
  id: number;
  code: string;
  kind: 'place' | 'office';
  name: Translated;
  unitId: number | null;
  position: number;
  active: boolean;
  reports: number;
  /** The questions Open311 clients are asked beyond the description (kept as data; see service-attributes.ts). */
  attributes: ServiceAttribute[];
}

/**
 * Every category of the office, offered ones first, in the form's order.
 * @example const all = await allReportCategories(deps); all.find((c) => !c.active) // a retired one
 */
export async function allReportCategories(deps: Pick<UseCaseDeps, 'db' | 'actor'>): Promise<CategorySummary[]> {
  const rows = await deps.db
    .selectFrom('report_category as c')
    .select([
      'c.id',
      'c.code',
      'c.kind',
      translatedColumn('c.name').as('name'),
      'c.unit_id as unitId',
      'c.position',
      'c.active',
      'c.attributes',
      (eb) =>
        eb.selectFrom('problem_report as r').whereRef('r.category_id', '=', 'c.id').select(eb.fn.countAll<string>().as('n')).as('reports'),
    ])
    .where('c.office_id', '=', deps.actor.officeId)
    .orderBy('c.active', 'desc')
    .orderBy('c.kind', 'desc')
    .orderBy('c.position')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({ ...row, reports: Number(row.reports ?? 0), attributes: readAttributeDefinitions(row.attributes) }));
}

async function checkUnit(tx: Tx | Db, officeId: number, unitId: number | null): Promise<void> {
  if (unitId === null) return;
  const unit = await tx.selectFrom('unit').select('id').where('id', '=', unitId).where('office_id', '=', officeId).executeTakeFirst();
  if (!unit) throw invalid({ unitId: { key: 'errors.choice' } });
}

/**
 * Adds a category (`id` null) or changes one: names, kind, first unit, position, offered or retired. The
 * code, an Open311 service_code that clients keep, is set once and never changed (a form sending another is
 * refused). A retired category is no
 * longer offered on the form or in Open311's services, and keeps its reports.
 * @example await saveReportCategory(deps, { id: null, form: { code: 'trees', kind: 'place', namePl: 'Drzewa', active: 'on' }, unitId: null });
 */
export async function saveReportCategory(
  deps: UseCaseDeps,
  input: { id: number | null; form: Record<string, unknown>; unitId: number | null },
): Promise<{ id: number }> {
  const officeId = deps.actor.officeId;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const existing =
      input.id === null
        ? null
        : await tx
            .selectFrom('report_category')
            .select(['id', 'code'])
            .where('id', '=', input.id)
            .where('office_id', '=', officeId)
            .forUpdate()
            .executeTakeFirst();
    if (input.id !== null && !existing) throw notFound('reports.categories.notFound');
    // The code is set once (Open311 clients keep it): a form that sends another one is refused, not ignored.
    const sentCode = input.form.code;
    if (existing && sentCode !== undefined && (typeof sentCode !== 'string' || sentCode.trim() !== existing.code))
      throw invalid({ code: { key: 'reports.categories.codeSetOnce' } });
    const category = readCategory(existing ? { ...input.form, code: existing.code } : input.form);
    await checkUnit(tx, officeId, input.unitId);
    const values = {
      kind: category.kind,
      ...translatedValues('name', category.name),
      unit_id: input.unitId,
      position: category.position,
      active: category.active,
    };
    let id: number;
    if (existing) {
      await tx.updateTable('report_category').set(values).where('id', '=', existing.id).execute();
      id = existing.id;
    } else {
      const row = await tx
        .insertInto('report_category')
        .values({ office_id: officeId, code: category.code, ...values })
        .onConflict((oc) => oc.columns(['office_id', 'code']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) throw codeTaken();
      id = row.id;
    }
    await appendAudit(tx, deps.actor, now, {
      action: existing ? 'report.category_update' : 'report.category_create',
      subjectType: 'report_category',
      subjectId: id,
      details: { code: existing?.code ?? category.code, active: category.active },
    });
    return { id };
  });
}

function codeTaken(): DomainError {
  return conflict('errors.validation', { code: { key: 'reports.categories.codeTaken' } });
}

/** The category a question form is about, locked for the change, or 404. */
async function lockedCategory(
  tx: Tx,
  officeId: number,
  categoryId: number,
): Promise<{ id: number; code: string; attributes: ServiceAttribute[] }> {
  const row = await tx
    .selectFrom('report_category')
    .select(['id', 'code', 'attributes'])
    .where('id', '=', categoryId)
    .where('office_id', '=', officeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('reports.categories.notFound');
  return { id: row.id, code: row.code, attributes: readAttributeDefinitions(row.attributes) };
}

/**
 * Adds a question to a category (`replacing` null) or changes the one of that code: what Open311's
 * `services/{code}` defines and the public form asks. The code is set once, as a category's is: clients post
 * answers under it (a form sending another is refused). Reports keep the answers they were filed with. One
 * transaction with its audit row.
 * @example await saveCategoryAttribute(deps, { categoryId: 3, replacing: null, form: { code: 'pole', datatype: 'string', questionPl: 'Numer słupa' } });
 */
export async function saveCategoryAttribute(
  deps: UseCaseDeps,
  input: { categoryId: number; replacing: string | null; form: Record<string, unknown> },
): Promise<void> {
  const officeId = deps.actor.officeId;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const category = await lockedCategory(tx, officeId, input.categoryId);
    if (input.replacing !== null && !category.attributes.some((a) => a.code === input.replacing))
      throw notFound('reports.categories.attributes.notFound');
    const sentCode = input.form.code;
    if (input.replacing !== null && sentCode !== undefined && (typeof sentCode !== 'string' || sentCode.trim() !== input.replacing))
      throw invalid({ code: { key: 'reports.categories.attributes.codeSetOnce' } });
    const attribute = readAttributeInput(input.replacing === null ? input.form : { ...input.form, code: input.replacing });
    const attributes = withAttribute(category.attributes, attribute, { replacing: input.replacing });
    // What is stored is what readAttributeDefinitions trusts: read back before writing.
    readAttributeDefinitions(JSON.parse(JSON.stringify(attributes)));
    await tx
      .updateTable('report_category')
      .set({ attributes: JSON.stringify(attributes) })
      .where('id', '=', category.id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: input.replacing === null ? 'report.category_attribute_add' : 'report.category_attribute_update',
      subjectType: 'report_category',
      subjectId: category.id,
      details: { category: category.code, attribute: attribute.code, datatype: attribute.datatype, required: attribute.required },
    });
  });
}

/**
 * Removes a question from a category: Open311 clients and the form no longer ask it; reports keep the answers
 * they were filed with. One transaction with its audit row.
 * @example await removeCategoryAttribute(deps, { categoryId: 3, code: 'pole' });
 */
export async function removeCategoryAttribute(deps: UseCaseDeps, input: { categoryId: number; code: string }): Promise<void> {
  const officeId = deps.actor.officeId;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const category = await lockedCategory(tx, officeId, input.categoryId);
    if (!category.attributes.some((a) => a.code === input.code)) throw notFound('reports.categories.attributes.notFound');
    const attributes = category.attributes.filter((a) => a.code !== input.code);
    await tx
      .updateTable('report_category')
      .set({ attributes: JSON.stringify(attributes) })
      .where('id', '=', category.id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'report.category_attribute_remove',
      subjectType: 'report_category',
      subjectId: category.id,
      details: { category: category.code, attribute: input.code },
    });
  });
}
