import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readAudit } from '../../domain/standards-audit/index.ts';
import { conflict, invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Records an audit of a unit (or one of its desks), in person or by phone, item by item against the live checklist
 * the form showed (`items`, the ids in the form); a checklist changed meanwhile is refused, so no item is lost.
 * @example await recordAudit(deps, staffId, form);
 */
export async function recordAudit(
  deps: UseCaseDeps,
  auditorId: number,
  form: FormValues,
  shownItemIds: readonly number[],
): Promise<{ id: number }> {
  const now = deps.clock.now();
  const input = readAudit(form, shownItemIds, officeDate(now));
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const unit = await tx
      .selectFrom('unit')
      .select('id')
      .where('id', '=', input.unitId)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    if (!unit) throw invalid({ unit: { key: 'standardsAudit.errors.unknownUnit' } });
    if (input.deskId !== null) {
      const desk = await tx
        .selectFrom('desk')
        .select('id')
        .where('id', '=', input.deskId)
        .where('office_id', '=', officeId)
        .executeTakeFirst();
      if (!desk) throw invalid({ desk: { key: 'standardsAudit.errors.unknownDesk' } });
    }
    const live = await tx
      .selectFrom('standard_audit_item')
      .select('id')
      .where('office_id', '=', officeId)
      .where('retired_at', 'is', null)
      .forShare()
      .execute();
    const liveIds = new Set(live.map((r) => r.id));
    if (live.length === 0) throw conflict('standardsAudit.errors.noChecklist');
    if (live.length !== shownItemIds.length || shownItemIds.some((id) => !liveIds.has(id)))
      throw conflict('standardsAudit.errors.checklistChanged');
    const row = await tx
      .insertInto('standard_audit')
      .values({
        office_id: officeId,
        unit_id: input.unitId,
        desk_id: input.deskId,
        channel: input.channel,
        performed_on: input.performedOn,
        auditor_id: auditorId,
        note: input.note,
        recorded_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('standard_audit_result')
      .values(input.results.map((r) => ({ audit_id: row.id, item_id: r.itemId, office_id: officeId, result: r.result, note: r.note })))
      .execute();
    const count = (result: string) => input.results.filter((r) => r.result === result).length;
    await appendAudit(tx, deps.actor, now, {
      action: 'standards_audit.record',
      subjectType: 'standard_audit',
      subjectId: row.id,
      details: { unitId: input.unitId, deskId: input.deskId, channel: input.channel, met: count('met'), notMet: count('not_met') },
    });
    return { id: row.id };
  });
}
