import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readCalendarException } from '../../domain/organisation/hours-input.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedValues } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Adds a local exception to the calendar (a closed day or shorter hours), office-wide or for one building.
 * Two exceptions of one scope never overlap: an exclusion constraint refuses the second.
 * @example await createCalendarException(deps, { building_id: '', starts_on: '2026-12-24', ends_on: '2026-12-24', kind: 'closed', reason_pl: 'Wigilia' });
 */
export async function createCalendarException(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const input = readCalendarException(form);
  return deps.db.transaction().execute(async (tx) => {
    // The foreign key admits any office's building; this one must be ours.
    if (input.buildingId !== null) {
      const building = await tx
        .selectFrom('building')
        .select('id')
        .where('id', '=', input.buildingId)
        .where('office_id', '=', deps.actor.officeId)
        .forShare()
        .executeTakeFirst();
      if (!building) throw invalid({ building_id: { key: 'admin.errors.unknownBuilding' } });
    }
    const row = await tx
      .insertInto('calendar_exception')
      .values({
        office_id: deps.actor.officeId,
        building_id: input.buildingId,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        kind: input.kind,
        opens: input.opens,
        closes: input.closes,
        ...translatedValues('reason', input.reason),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'calendar_exception.create',
      subjectType: 'calendar_exception',
      subjectId: row.id,
      details: { buildingId: input.buildingId },
    });
    return row.id;
  });
}
