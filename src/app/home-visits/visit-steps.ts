import { authorisationFor, nextRequestStatus, readOutcome, readSchedule, type HeldAuthorisation } from '../../domain/home-visits/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { forbidden, invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { registerConstraintMessages } from '../../storage/database-errors.ts';
import { queueHomeVisitMail } from '../../storage/mail-outbox.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { requestForChange, type HomeVisitViewer } from './scope.ts';

registerConstraintMessages({
  home_visit_authorised: { kind: 'conflict', field: 'visitOn', key: 'homeVisits.errors.noAuthorisation' },
  home_visit_one_scheduled: { kind: 'conflict', field: 'visitOn', key: 'homeVisits.errors.alreadyScheduled' },
});

/**
 * The employee's authorisations, locked for share: a revocation running at the same time waits for this
 * transaction, and this one sees it if it committed first. The database's trigger checks the same rule again.
 */
async function heldAuthorisations(tx: Tx, officeId: number, employeeId: number): Promise<HeldAuthorisation[]> {
  const rows = await tx
    .selectFrom('home_visit_authorisation')
    .select(['id', 'employee_id', 'status', 'valid_from', 'valid_until'])
    .where('office_id', '=', officeId)
    .where('employee_id', '=', employeeId)
    .where('status', 'in', ['requested', 'granted'])
    .forShare()
    .execute();
  return rows.map((r) => ({ id: r.id, employeeId: r.employee_id, status: r.status, validFrom: r.valid_from, validUntil: r.valid_until }));
}

/**
 * The assigned clerk gives the visit a date and records how the resident was told (seed 7.3 c). Refused unless
 * the clerk holds an authorisation valid on that date. Moving a scheduled visit keeps the old one as `moved` with
 * the reason, and schedules the new date under the same rule.
 */
export async function scheduleVisit(deps: UseCaseDeps, viewer: HomeVisitViewer, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  await deps.db.transaction().execute(async (tx) => {
    const request = await requestForChange(tx, officeId, id, viewer);
    if (request.assigned_to !== viewer.staffId) throw forbidden();
    const moving = request.status === 'scheduled';
    const status = nextRequestStatus(request.status, moving ? 'move' : 'schedule');
    const input = readSchedule(form, officeDate(now), moving);
    if (input.informedBy === 'email' && request.email === '') throw invalid({ informedBy: { key: 'homeVisits.errors.noEmail' } });
    const authorisation = authorisationFor(await heldAuthorisations(tx, officeId, viewer.staffId), viewer.staffId, input.visitOn);
    const moved = moving
      ? await tx
          .updateTable('home_visit')
          .set({ status: 'moved', reason: input.reason, ended_at: now })
          .where('request_id', '=', id)
          .where('status', '=', 'scheduled')
          .returning('id')
          .executeTakeFirst()
      : undefined;
    const visit = await tx
      .insertInto('home_visit')
      .values({
        request_id: id,
        authorisation_id: authorisation.id,
        employee_id: viewer.staffId,
        visit_on: input.visitOn,
        visit_time: input.visitTime,
        informed_by: input.informedBy,
        scheduled_by: viewer.staffId,
        scheduled_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('home_visit_request').set({ status }).where('id', '=', id).execute();
    // Whatever way the clerk told the resident, an e-mail address given with the request gets the date in writing.
    const mailed = request.email !== '';
    if (mailed) await queueHomeVisitMail(tx, { officeId, visitId: visit.id, at: now });
    await appendAudit(tx, deps.actor, now, {
      action: moving ? 'home_visit.move' : 'home_visit.schedule',
      subjectType: 'home_visit_request',
      subjectId: id,
      details: {
        visitId: visit.id,
        authorisationId: authorisation.id,
        visitOn: input.visitOn,
        informedBy: input.informedBy,
        movedVisitId: moved?.id ?? null,
        mailed,
      },
    });
  });
}

/** The clerk records the visit as done: the outcome and the documents taken. */
export async function completeVisit(deps: UseCaseDeps, viewer: HomeVisitViewer, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const request = await requestForChange(tx, deps.actor.officeId, id, viewer);
    if (request.assigned_to !== viewer.staffId) throw forbidden();
    const status = nextRequestStatus(request.status, 'complete');
    const input = readOutcome(form);
    const visit = await tx
      .updateTable('home_visit')
      .set({ status: 'done', outcome: input.outcome, documents_taken: input.documentsTaken, note: input.note, ended_at: now })
      .where('request_id', '=', id)
      .where('status', '=', 'scheduled')
      .returning(['id', 'authorisation_id'])
      .executeTakeFirstOrThrow();
    await tx.updateTable('home_visit_request').set({ status, ended_at: now }).where('id', '=', id).execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.complete',
      subjectType: 'home_visit_request',
      subjectId: id,
      details: { visitId: visit.id, authorisationId: visit.authorisation_id, outcome: input.outcome },
    });
  });
}
