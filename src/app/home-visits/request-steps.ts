import { nextRequestStatus, readAssignment, readReason, readVisitRequest } from '../../domain/home-visits/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { conflict, forbidden, invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { registerConstraintMessages } from '../../storage/database-errors.ts';
import { queueHomeVisitMail } from '../../storage/mail-outbox.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { requestForChange, unitOf, type HomeVisitViewer } from './scope.ts';

registerConstraintMessages({
  home_visit_request_case_sign: { kind: 'conflict', field: 'caseSign', key: 'homeVisits.errors.caseSignTaken' },
});

/**
 * The Information Point takes a request (seed 7.3 a): the annex's table as a form, at the desk or by phone. The
 * competent unit is the service's, or the one chosen for a matter in words. One transaction with its audit row
 * (ids and codes only: the request holds a resident's data).
 */
export async function takeRequest(deps: UseCaseDeps, staffId: number, form: FormValues): Promise<{ id: number }> {
  const now = deps.clock.now();
  const input = readVisitRequest(form);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    let unitId = input.unitId;
    if (input.serviceId !== null) {
      const service = await tx
        .selectFrom('service')
        .select(['id', 'unit_id'])
        .where('id', '=', input.serviceId)
        .where('office_id', '=', officeId)
        .executeTakeFirst();
      if (!service) throw invalid({ service: { key: 'homeVisits.errors.unknownService' } });
      unitId ??= service.unit_id;
    }
    const unit = await tx.selectFrom('unit').select('id').where('id', '=', unitId!).where('office_id', '=', officeId).executeTakeFirst();
    if (!unit) throw invalid({ unit: { key: 'homeVisits.errors.unknownUnit' } });
    const row = await tx
      .insertInto('home_visit_request')
      .values({
        office_id: officeId,
        unit_id: unit.id,
        service_id: input.serviceId,
        matter_text: input.matterText,
        channel: input.channel,
        applicant_name: input.applicantName,
        visit_address: input.visitAddress,
        phone: input.phone,
        email: input.email,
        locale: input.locale,
        representative_name: input.representativeName,
        representative_kind: input.representativeKind,
        representative_phone: input.representativePhone,
        reason_category: input.reasonCategory,
        preferred_days: input.preferredDays,
        preferred_time: input.preferredTime,
        preferred_notes: input.preferredNotes,
        access_notes: input.accessNotes,
        consent: true,
        clause_given: true,
        taken_by: staffId,
        taken_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.take',
      subjectType: 'home_visit_request',
      subjectId: row.id,
      details: { unitId: unit.id, serviceId: input.serviceId, channel: input.channel, reason: input.reasonCategory },
    });
    return { id: row.id };
  });
}

/** The Information Point sends the request to the competent unit's head (seed 7.3 b: the document for EZD). */
export async function sendRequest(deps: UseCaseDeps, viewer: HomeVisitViewer, id: number): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const request = await requestForChange(tx, deps.actor.officeId, id, viewer);
    const status = nextRequestStatus(request.status, 'send');
    await tx.updateTable('home_visit_request').set({ status, sent_at: now }).where('id', '=', id).execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.send',
      subjectType: 'home_visit_request',
      subjectId: id,
      details: { unitId: request.unit_id },
    });
  });
}

/** Whether the employee holds a granted authorisation that has not ended by `today`. */
export async function holdsAuthorisation(tx: Tx, officeId: number, employeeId: number, today: string): Promise<boolean> {
  const row = await tx
    .selectFrom('home_visit_authorisation')
    .select('id')
    .where('office_id', '=', officeId)
    .where('employee_id', '=', employeeId)
    .where('status', '=', 'granted')
    .where('valid_until', '>=', today)
    .executeTakeFirst();
  return row !== undefined;
}

/** The clerks a unit head may assign: active staff of their unit with the clerk's role. */
export async function assignableClerks(tx: Tx, officeId: number, unitId: number) {
  return tx
    .selectFrom('staff')
    .innerJoin('staff_role', 'staff_role.staff_id', 'staff.id')
    .select(['staff.id', 'staff.full_name'])
    .where('staff.office_id', '=', officeId)
    .where('staff.unit_id', '=', unitId)
    .where('staff.active', '=', true)
    .where('staff_role.role', '=', 'clerk')
    .orderBy('staff.full_name')
    .execute();
}

/**
 * The unit head records the EZD case sign and assigns a clerk of the unit (seed 7.3 b). A clerk who already holds
 * an authorisation still running makes the request `authorised` at once: one authorisation covers many visits.
 */
export async function assignRequest(deps: UseCaseDeps, viewer: HomeVisitViewer, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  await deps.db.transaction().execute(async (tx) => {
    const request = await requestForChange(tx, officeId, id, viewer);
    if (!viewer.roles.includes('unit_head') || (await unitOf(tx, officeId, viewer.staffId)) !== request.unit_id) throw forbidden();
    let status = nextRequestStatus(request.status, 'assign');
    const input = readAssignment(form, Number(today.slice(0, 4)));
    const clerks = await assignableClerks(tx, officeId, request.unit_id);
    if (!clerks.some((c) => c.id === input.clerkId)) throw invalid({ clerk: { key: 'homeVisits.errors.unknownClerk' } });
    if (await holdsAuthorisation(tx, officeId, input.clerkId, today)) status = nextRequestStatus(status, 'authorise');
    await tx
      .updateTable('home_visit_request')
      .set({ status, case_sign: input.caseSign, assigned_to: input.clerkId, assigned_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.assign',
      subjectType: 'home_visit_request',
      subjectId: id,
      details: { caseSign: input.caseSign, clerkId: input.clerkId, status },
    });
  });
}

/** Cancels a request that has not ended, with a reason; a scheduled visit is cancelled with it. */
export async function cancelRequest(deps: UseCaseDeps, viewer: HomeVisitViewer, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const request = await requestForChange(tx, deps.actor.officeId, id, viewer);
    const status = nextRequestStatus(request.status, 'cancel');
    const reason = readReason(form);
    if (request.anonymised_at !== null) throw conflict('homeVisits.errors.requestEnded');
    const cancelled = await tx
      .updateTable('home_visit')
      .set({ status: 'cancelled', reason, ended_at: now })
      .where('request_id', '=', id)
      .where('status', '=', 'scheduled')
      .returning('id')
      .executeTakeFirst();
    // A resident who was given a date by e-mail hears of its cancellation the same way.
    if (cancelled && request.email !== '') await queueHomeVisitMail(tx, { officeId: deps.actor.officeId, visitId: cancelled.id, at: now });
    await tx.updateTable('home_visit_request').set({ status, cancel_reason: reason, ended_at: now }).where('id', '=', id).execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.cancel',
      subjectType: 'home_visit_request',
      subjectId: id,
      details: { from: request.status, visitId: cancelled?.id ?? null, mailed: cancelled !== undefined && request.email !== '' },
    });
  });
}
