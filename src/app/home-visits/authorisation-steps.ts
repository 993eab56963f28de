import { sql } from 'kysely';
import {
  authorisationNumber,
  authorisationStanding,
  nextAuthorisationStatus,
  nextRequestStatus,
  readAuthorisationRequest,
  readReason,
} from '../../domain/home-visits/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { invalid, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { registerConstraintMessages } from '../../storage/database-errors.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { requestForChange, unitOf, type HomeVisitViewer } from './scope.ts';

registerConstraintMessages({
  home_visit_authorisation_kept: { kind: 'conflict', field: 'reason', key: 'homeVisits.errors.authorisationKept' },
});

/**
 * The assigned clerk (for themselves) or the unit head (for a clerk of the unit) asks the City Secretary for an
 * authorisation to act outside the seat (seed 7.3 c): the employee, the scope, the legal basis, the period. Asked
 * from a request's page, it remembers the request.
 */
export async function requestAuthorisation(
  deps: UseCaseDeps,
  viewer: HomeVisitViewer,
  form: FormValues,
  requestId: number | null,
): Promise<{ id: number }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const input = readAuthorisationRequest(form, officeDate(now));
  return deps.db.transaction().execute(async (tx) => {
    if (requestId !== null) await requestForChange(tx, officeId, requestId, viewer);
    const employee = await tx
      .selectFrom('staff')
      .select(['id', 'unit_id'])
      .where('id', '=', input.employeeId)
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!employee) throw invalid({ employee: { key: 'homeVisits.errors.unknownEmployee' } });
    const ownUnit = viewer.roles.includes('unit_head') ? await unitOf(tx, officeId, viewer.staffId) : null;
    const mayAsk = employee.id === viewer.staffId || (ownUnit !== null && employee.unit_id === ownUnit);
    if (!mayAsk) throw invalid({ employee: { key: 'homeVisits.errors.employeeNotYours' } });
    const row = await tx
      .insertInto('home_visit_authorisation')
      .values({
        office_id: officeId,
        employee_id: employee.id,
        unit_id: employee.unit_id,
        request_id: requestId,
        scope: input.scope,
        legal_basis: input.legalBasis,
        valid_from: input.validFrom,
        valid_until: input.validUntil,
        requested_by: viewer.staffId,
        requested_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.authorisation_request',
      subjectType: 'home_visit_authorisation',
      subjectId: row.id,
      details: { employeeId: employee.id, requestId, validFrom: input.validFrom, validUntil: input.validUntil },
    });
    return { id: row.id };
  });
}

async function authorisationForDecision(tx: Tx, officeId: number, id: number) {
  const row = await tx
    .selectFrom('home_visit_authorisation')
    .select(['id', 'status', 'employee_id', 'valid_from', 'valid_until'])
    .where('id', '=', id)
    .where('office_id', '=', officeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/**
 * The next number of the Secretary's yearly list, taken in the database: the counter's row is created or raised
 * by one statement that locks it, so concurrent grants wait for each other and never share a number (the unique
 * index on the number is the last word).
 */
async function nextNumber(tx: Tx, officeId: number, year: number): Promise<number> {
  const row = await sql<{ last_number: number }>`
    INSERT INTO home_visit_authorisation_counter (office_id, year, last_number) VALUES (${officeId}, ${year}, 1)
    ON CONFLICT (office_id, year) DO UPDATE SET last_number = home_visit_authorisation_counter.last_number + 1
    RETURNING last_number`.execute(tx);
  return row.rows[0]!.last_number;
}

/**
 * The City Secretary grants an authorisation: it gets the next number of the year (`SM.0052.15.2026`), and the
 * requests assigned to that employee waiting for one become `authorised`.
 */
export async function grantAuthorisation(deps: UseCaseDeps, id: number): Promise<{ number: string }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const year = Number(officeDate(now).slice(0, 4));
  return deps.db.transaction().execute(async (tx) => {
    const authorisation = await authorisationForDecision(tx, officeId, id);
    nextAuthorisationStatus(authorisation.status, 'grant');
    const status = 'granted' as const;
    if (authorisation.valid_until < officeDate(now)) throw invalid({ reason: { key: 'homeVisits.errors.grantAfterEnd' } });
    const seq = await nextNumber(tx, officeId, year);
    const number = authorisationNumber(seq, year);
    await tx
      .updateTable('home_visit_authorisation')
      .set({ status, number, number_year: year, number_seq: seq, decided_by: staffOf(deps), decided_at: now })
      .where('id', '=', id)
      .execute();
    const waiting = await tx
      .updateTable('home_visit_request')
      .set({ status: nextRequestStatus('assigned', 'authorise') })
      .where('office_id', '=', officeId)
      .where('assigned_to', '=', authorisation.employee_id)
      .where('status', '=', 'assigned')
      .returning('id')
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.authorisation_grant',
      subjectType: 'home_visit_authorisation',
      subjectId: id,
      details: { number, employeeId: authorisation.employee_id, requestIds: waiting.map((r) => r.id) },
    });
    return { number };
  });
}

/** The City Secretary refuses, with a reason. */
export async function refuseAuthorisation(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const authorisation = await authorisationForDecision(tx, deps.actor.officeId, id);
    nextAuthorisationStatus(authorisation.status, 'refuse');
    const status = 'refused' as const;
    const reason = readReason(form);
    await tx
      .updateTable('home_visit_authorisation')
      .set({ status, refusal_reason: reason, decided_by: staffOf(deps), decided_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.authorisation_refuse',
      subjectType: 'home_visit_authorisation',
      subjectId: id,
      details: { employeeId: authorisation.employee_id },
    });
  });
}

/**
 * The City Secretary revokes a granted authorisation, with a reason. Visits already scheduled under it stay in
 * the clerk's list, flagged: scheduling or moving them again needs another valid authorisation.
 */
export async function revokeAuthorisation(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const authorisation = await authorisationForDecision(tx, deps.actor.officeId, id);
    // An authorisation past its last day has expired: there is nothing left to revoke.
    const standing = authorisationStanding(
      { status: authorisation.status, validFrom: authorisation.valid_from, validUntil: authorisation.valid_until },
      officeDate(now),
    );
    nextAuthorisationStatus(standing === 'valid' || standing === 'pending' ? 'granted' : standing, 'revoke');
    const status = 'revoked' as const;
    const reason = readReason(form);
    await tx
      .updateTable('home_visit_authorisation')
      .set({ status, revoke_reason: reason, revoked_by: staffOf(deps), revoked_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.authorisation_revoke',
      subjectType: 'home_visit_authorisation',
      subjectId: id,
      details: { employeeId: authorisation.employee_id },
    });
  });
}

/** The member of staff acting, for the decision's columns. */
function staffOf(deps: UseCaseDeps): number | null {
  return deps.actor.kind === 'staff' ? deps.actor.id : null;
}
