import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readWeekHours } from '../../domain/organisation/hours-input.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** Whose hours: a building's or a unit's. */
export interface HoursScope {
  kind: 'building' | 'unit';
  id: number;
}

/**
 * Replaces the weekly opening hours of a building or a unit with the week grid's: each weekday closed
 * or open from–to.
 * @example await setOpeningHours(deps, { kind: 'building', id: 1 }, { opens_1: '07:30', closes_1: '15:30', closed_6: 'on', closed_7: 'on', ... });
 */
export async function setOpeningHours(deps: UseCaseDeps, scope: HoursScope, form: FormValues): Promise<void> {
  const days = readWeekHours(form);
  const officeId = deps.actor.officeId;
  await deps.db.transaction().execute(async (tx) => {
    const owner = await tx
      .selectFrom(scope.kind)
      .select('id')
      .where('id', '=', scope.id)
      .where('office_id', '=', officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!owner) throw notFound();
    const column = scope.kind === 'building' ? 'building_id' : 'unit_id';
    await tx.deleteFrom('opening_hours').where(column, '=', scope.id).execute();
    if (days.length > 0) {
      await tx
        .insertInto('opening_hours')
        .values(
          days.map((day) => ({
            office_id: officeId,
            building_id: scope.kind === 'building' ? scope.id : null,
            unit_id: scope.kind === 'unit' ? scope.id : null,
            weekday: day.weekday,
            opens: day.opens,
            closes: day.closes,
          })),
        )
        .execute();
    }
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'opening_hours.set',
      subjectType: scope.kind,
      subjectId: scope.id,
      details: { openDays: days.map((day) => day.weekday) },
    });
  });
}
