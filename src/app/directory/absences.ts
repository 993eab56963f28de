import '../../storage/directory-constraints.ts';
import { readAbsence } from '../../domain/directory/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { invalid, notFound } from '../../domain/shared/errors.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { managedUnit } from './manager-scope.ts';

export interface AbsenceView {
  id: number;
  staffId: number;
  fullName: string;
  unitCode: string;
  startsOn: string;
  endsOn: string;
}

export interface StaffChoice {
  id: number;
  fullName: string;
  unitCode: string;
}

/**
 * Adds an absence (who is away, from and until, both days included) of a member of the actor's unit (an
 * administrator: anyone of the office). Overlapping absences of one person are refused by the database.
 * @example await addAbsence(deps, { staff_id: '3', starts_on: '2026-12-07', ends_on: '2026-12-11' });
 */
export async function addAbsence(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const input = readAbsence(form);
  return deps.db.transaction().execute(async (tx) => {
    const scope = await managedUnit(deps, tx);
    const person = await tx
      .selectFrom('staff')
      .select(['id', 'unit_id'])
      .where('id', '=', input.staffId)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (!person || (scope !== null && person.unit_id !== scope)) throw invalid({ staff_id: { key: 'directory.errors.unknownPerson' } });
    const row = await tx
      .insertInto('staff_absence')
      .values({
        office_id: deps.actor.officeId,
        staff_id: person.id,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_by: deps.actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'directory.absence_added',
      subjectType: 'staff',
      subjectId: person.id,
      details: { absenceId: row.id, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return row.id;
  });
}

/**
 * Removes an absence (entered by mistake, or the person came back); a head removes only their unit's.
 * @example await removeAbsence(deps, 5);
 */
export async function removeAbsence(deps: UseCaseDeps, id: number): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const scope = await managedUnit(deps, tx);
    const row = await tx
      .deleteFrom('staff_absence')
      .where('staff_absence.id', '=', id)
      .where('staff_absence.office_id', '=', deps.actor.officeId)
      .$if(scope !== null, (q) =>
        q.where('staff_absence.staff_id', 'in', (eb) => eb.selectFrom('staff').select('staff.id').where('staff.unit_id', '=', scope!)),
      )
      .returning(['staff_absence.staff_id', 'staff_absence.starts_on', 'staff_absence.ends_on'])
      .executeTakeFirst();
    if (!row) throw notFound();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'directory.absence_removed',
      subjectType: 'staff',
      subjectId: row.staff_id,
      details: { absenceId: id, startsOn: row.starts_on, endsOn: row.ends_on },
    });
  });
}

/**
 * The absences that have not ended, of the actor's unit (an administrator: all), and the people one may be
 * added for.
 * @example const { absences, staff } = await absenceList(deps);
 */
export async function absenceList(deps: UseCaseDeps): Promise<{ absences: AbsenceView[]; staff: StaffChoice[] }> {
  const scope = await managedUnit(deps);
  const today = officeDate(deps.clock.now());
  const [absences, staff] = await Promise.all([
    deps.db
      .selectFrom('staff_absence')
      .innerJoin('staff', 'staff.id', 'staff_absence.staff_id')
      .leftJoin('unit', 'unit.id', 'staff.unit_id')
      .select([
        'staff_absence.id',
        'staff.id as staffId',
        'staff.full_name as fullName',
        'unit.code as unitCode',
        'staff_absence.starts_on as startsOn',
        'staff_absence.ends_on as endsOn',
      ])
      .where('staff_absence.office_id', '=', deps.actor.officeId)
      .where('staff_absence.ends_on', '>=', today)
      .$if(scope !== null, (q) => q.where('staff.unit_id', '=', scope!))
      .orderBy('staff_absence.starts_on')
      .orderBy('staff.full_name')
      .execute(),
    deps.db
      .selectFrom('staff')
      .leftJoin('unit', 'unit.id', 'staff.unit_id')
      .select(['staff.id', 'staff.full_name as fullName', 'unit.code as unitCode'])
      .where('staff.office_id', '=', deps.actor.officeId)
      .where('staff.active', '=', true)
      .$if(scope !== null, (q) => q.where('staff.unit_id', '=', scope!))
      .orderBy('staff.full_name')
      .execute(),
  ]);
  return {
    absences: absences.map((a) => ({ ...a, unitCode: a.unitCode ?? '' })),
    staff: staff.map((s) => ({ ...s, unitCode: s.unitCode ?? '' })),
  };
}
