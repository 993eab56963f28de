import { readChecklistItem, SEED_CHECKLIST, type Standard } from '../../domain/standards-audit/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** One item of the checklist with its words as written. */
export interface ChecklistItem {
  id: number;
  standard: Standard;
  position: number;
  wording: Translated;
  retiredAt: Date | null;
}

async function itemsOf(db: Db | Tx, officeId: number, includeRetired: boolean): Promise<ChecklistItem[]> {
  const rows = await db
    .selectFrom('standard_audit_item')
    .select(['id', 'standard', 'position', 'wording_pl', 'wording_en', 'wording_uk', 'retired_at'])
    .where('office_id', '=', officeId)
    .$if(!includeRetired, (q) => q.where('retired_at', 'is', null))
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    standard: r.standard as Standard,
    position: r.position,
    wording: { pl: r.wording_pl, en: r.wording_en, uk: r.wording_uk },
    retiredAt: r.retired_at,
  }));
}

/**
 * The office's checklist: the live items (for the audit form) or all, retired included (for the administrator).
 * @example const items = await auditChecklist(deps, { includeRetired: false });
 */
export function auditChecklist(deps: Pick<UseCaseDeps, 'db' | 'actor'>, options: { includeRetired: boolean }): Promise<ChecklistItem[]> {
  return itemsOf(deps.db, deps.actor.officeId, options.includeRetired);
}

async function nextPosition(tx: Tx, officeId: number): Promise<number> {
  const row = await tx
    .selectFrom('standard_audit_item')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return Math.min(999, (row?.last ?? 0) + 1);
}

/**
 * Adds an item to the checklist (the administrator, when a standard changes); a live item of the same words is refused.
 * @example await addChecklistItem(deps, { standard: 'greeting', wordingPl: 'Powitał klienta' });
 */
export async function addChecklistItem(deps: UseCaseDeps, form: FormValues): Promise<{ id: number }> {
  const input = readChecklistItem(form);
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('standard_audit_item')
      .values({
        office_id: officeId,
        standard: input.standard,
        position: await nextPosition(tx, officeId),
        wording_pl: input.pl,
        wording_en: input.en,
        wording_uk: input.uk,
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict('standardsAudit.errors.duplicateItem', { wordingPl: { key: 'standardsAudit.errors.duplicateItem' } });
    await appendAudit(tx, deps.actor, now, {
      action: 'standards_audit.item_add',
      subjectType: 'standard_audit_item',
      subjectId: row.id,
      details: { standard: input.standard },
    });
    return { id: row.id };
  });
}

/**
 * Retires an item: new audits no longer ask it; audits recorded against it keep its words.
 * @example await retireChecklistItem(deps, 12);
 */
export async function retireChecklistItem(deps: UseCaseDeps, itemId: number): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('standard_audit_item')
      .set({ retired_at: now })
      .where('id', '=', itemId)
      .where('office_id', '=', deps.actor.officeId)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw notFound();
    await appendAudit(tx, deps.actor, now, {
      action: 'standards_audit.item_retire',
      subjectType: 'standard_audit_item',
      subjectId: itemId,
    });
  });
}

/**
 * Loads the checklist item by item from the seed's standards into an office that has none yet (the first start, or
 * an office that cleared it); refused when the office already has items.
 * @example await loadSeedChecklist(deps);
 */
export async function loadSeedChecklist(deps: Pick<UseCaseDeps, 'db' | 'clock' | 'actor'>): Promise<number> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    // One loader at a time per office: the office row's lock orders two administrators pressing at once.
    await tx.selectFrom('office').select('id').where('id', '=', officeId).forUpdate().executeTakeFirst();
    const existing = await tx.selectFrom('standard_audit_item').select('id').where('office_id', '=', officeId).limit(1).executeTakeFirst();
    if (existing) throw conflict('standardsAudit.errors.checklistExists');
    await tx
      .insertInto('standard_audit_item')
      .values(
        SEED_CHECKLIST.map((item, index) => ({
          office_id: officeId,
          standard: item.standard,
          position: index + 1,
          wording_pl: item.pl,
          wording_en: item.en,
          wording_uk: '',
          created_at: now,
        })),
      )
      .execute();
    await appendAudit(tx, deps.actor, now, { action: 'standards_audit.checklist_load', details: { items: SEED_CHECKLIST.length } });
    return SEED_CHECKLIST.length;
  });
}
