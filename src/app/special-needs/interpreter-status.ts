import { SESSION_OUTCOMES, UNAVAILABLE_REASONS, type UnavailableReason } from '../../domain/special-needs/index.ts';
import { instantOf, officeDate } from '../../domain/organisation/office-time.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import { conflict, invalid, notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { recordQueueEvent } from '../../storage/queue-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The queue-event kind that tells the public page the interpreter's availability changed. */
export const INTERPRETER_EVENT = 'interpreter.changed';

async function writeStatus(
  tx: Tx,
  deps: UseCaseDeps,
  now: Date,
  status: { available: boolean; reason: UnavailableReason | null; expectedBack: Date | null },
): Promise<void> {
  const values = {
    available: status.available,
    reason: status.reason,
    expected_back: status.expectedBack,
    changed_at: now,
    changed_by: deps.actor.kind === 'staff' ? deps.actor.id : null,
  };
  await tx
    .insertInto('interpreter_status')
    .values({ office_id: deps.actor.officeId, ...values })
    .onConflict((oc) => oc.column('office_id').doUpdateSet(values))
    .execute();
  await recordQueueEvent(tx, {
    officeId: deps.actor.officeId,
    at: now,
    kind: INTERPRETER_EVENT,
    ticketId: null,
    deskId: null,
    payload: { available: status.available },
  });
}

/**
 * The Information Point switches the video interpreter's availability: available, or not with a reason code and,
 * optionally, the expected return (a time today, or a date and time). Shown live on the public page.
 * @example await setInterpreterStatus(deps, { available: 'no', reason: 'break', backTime: '11:30' });
 */
export async function setInterpreterStatus(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  const v = new FieldCheck();
  const available = v.oneOf('available', one(form, 'available'), ['yes', 'no'] as const) === 'yes';
  const reason = available ? null : v.oneOf('reason', one(form, 'reason'), UNAVAILABLE_REASONS);
  const backDate = available ? null : v.date('backDate', one(form, 'backDate'), { optional: true });
  const backTime = available ? null : v.time('backTime', one(form, 'backTime'), { optional: true });
  v.done();
  let expectedBack: Date | null = null;
  if (backTime !== null) {
    expectedBack = instantOf(backDate ?? officeDate(now), backTime);
    if (expectedBack.getTime() <= now.getTime()) throw invalid({ backTime: { key: 'interpreter.status.backInPast' } });
  } else if (backDate !== null) throw invalid({ backTime: { key: 'interpreter.status.backTimeNeeded' } });
  await deps.db.transaction().execute(async (tx) => {
    await writeStatus(tx, deps, now, { available, reason, expectedBack });
    await appendAudit(tx, deps.actor, now, {
      action: 'interpreter.status_change',
      subjectType: 'office',
      subjectId: deps.actor.officeId,
      details: { available, reason },
    });
  });
}

/**
 * Starts a video-interpreter session (one at a time: the database's unique index), optionally for a matter; the
 * interpreter shows as busy ("in a session") until it ends. No personal data is kept.
 * @example await startInterpreterSession(deps, { service: '3' }) // { id: 12 }
 */
export async function startInterpreterSession(deps: UseCaseDeps, form: FormValues): Promise<{ id: number }> {
  const now = deps.clock.now();
  const v = new FieldCheck();
  const serviceId = v.integer('service', one(form, 'service'), { min: 1, max: 2_147_483_647, optional: true });
  v.done();
  return deps.db.transaction().execute(async (tx) => {
    const service =
      serviceId === null
        ? null
        : await tx
            .selectFrom('service')
            .select(['id', 'unit_id'])
            .where('id', '=', serviceId)
            .where('office_id', '=', deps.actor.officeId)
            .executeTakeFirst();
    if (serviceId !== null && !service) throw invalid({ service: { key: 'interpreter.session.unknownService' } });
    const row = await tx
      .insertInto('interpreter_session')
      .values({
        office_id: deps.actor.officeId,
        started_at: now,
        service_id: service?.id ?? null,
        unit_id: service?.unit_id ?? null,
        started_by: deps.actor.kind === 'staff' ? deps.actor.id : null,
      })
      .onConflict((oc) => oc.where('ended_at', 'is', null).column('office_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict('interpreter.session.alreadyOpen');
    await writeStatus(tx, deps, now, { available: false, reason: 'in_session', expectedBack: null });
    await appendAudit(tx, deps.actor, now, {
      action: 'interpreter.session_start',
      subjectType: 'interpreter_session',
      subjectId: row.id,
      details: { serviceId: service?.id ?? null },
    });
    return { id: row.id };
  });
}

/**
 * Ends the open session with its outcome (and the matter, if it became clear only during it); the interpreter is
 * available again.
 * @example await endInterpreterSession(deps, 12, { outcome: 'settled', service: '3' });
 */
export async function endInterpreterSession(deps: UseCaseDeps, sessionId: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  const v = new FieldCheck();
  const outcome = v.oneOf('outcome', one(form, 'outcome'), SESSION_OUTCOMES);
  const serviceId = v.integer('service', one(form, 'service'), { min: 1, max: 2_147_483_647, optional: true });
  v.done();
  await deps.db.transaction().execute(async (tx) => {
    const service =
      serviceId === null
        ? null
        : await tx
            .selectFrom('service')
            .select(['id', 'unit_id'])
            .where('id', '=', serviceId)
            .where('office_id', '=', deps.actor.officeId)
            .executeTakeFirst();
    if (serviceId !== null && !service) throw invalid({ service: { key: 'interpreter.session.unknownService' } });
    const ended = await tx
      .updateTable('interpreter_session')
      .set({ ended_at: now, outcome: outcome!, ...(service ? { service_id: service.id, unit_id: service.unit_id } : {}) })
      .where('id', '=', sessionId)
      .where('office_id', '=', deps.actor.officeId)
      .where('ended_at', 'is', null)
      .returning(['id', 'service_id'])
      .executeTakeFirst();
    if (!ended) throw notFound('interpreter.session.notOpen');
    await writeStatus(tx, deps, now, { available: true, reason: null, expectedBack: null });
    await appendAudit(tx, deps.actor, now, {
      action: 'interpreter.session_end',
      subjectType: 'interpreter_session',
      subjectId: ended.id,
      details: { outcome, serviceId: ended.service_id },
    });
  });
}
