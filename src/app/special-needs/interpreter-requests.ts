import { sql } from 'kysely';
import { normaliseEmail, normalisePhone } from '../../domain/booking/index.ts';
import { earliestInterpreterDate, INTERPRETER_METHODS, PROPOSED_METHODS } from '../../domain/special-needs/index.ts';
import { hoursOn } from '../../domain/organisation/calendar.ts';
import { addDays, officeDate } from '../../domain/organisation/office-time.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import { invalid, notFound, type FieldError } from '../../domain/shared/errors.ts';
import { DAY } from '../../domain/shared/time.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { consumeAntiBotProof, type AntiBotProof } from '../anti-bot/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { queueInterpreterAnswerMail } from '../../storage/mail-outbox.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { buildingCalendar, interpreterPlace } from './interpreter-place.ts';
import { informationPointPolicy } from './policy.ts';

/** How long after the visit a request's contact data are kept: long enough to answer a complaint about it. */
export const INTERPRETER_REQUEST_RETENTION_DAYS = 30;
/** How far ahead a visit may be asked for. */
const HORIZON_DAYS = 180;

/**
 * A resident asks ahead for an in-person interpreter (PJM, SJM or SKOGN): the date must leave the office the act's
 * 3 working days (counted on the calendar of the interpreter's building) and be a day it is open, the time within
 * its hours; an e-mail address or a phone number to answer to is required. The anti-bot proof is spent in the
 * same transaction. Personal data: the audit row keeps ids and codes only.
 * @example await requestInterpreter(deps, { method: 'pjm', date: '2026-12-09', time: '10:00', name: 'Jan Nowak', email: 'jan@example.pl' }, proof, 'pl') // { id: 4 }
 */
export async function requestInterpreter(
  deps: UseCaseDeps,
  form: FormValues,
  proof: AntiBotProof | null,
  locale: string,
): Promise<{ id: number }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const policy = await informationPointPolicy(deps.db, officeId);
  const place = await interpreterPlace(deps.db, officeId, policy.interpreterRoomId);
  if (!place) throw notFound('interpreter.request.noPlace');
  const calendar = await buildingCalendar(deps.db, officeId, place.buildingId);
  const today = officeDate(now);
  const earliest = earliestInterpreterDate(calendar, today);
  const v = new FieldCheck();
  const method = v.oneOf('method', one(form, 'method'), INTERPRETER_METHODS);
  const date = v.date('date', one(form, 'date'));
  const time = v.time('time', one(form, 'time'));
  const serviceId = v.integer('service', one(form, 'service'), { min: 1, max: 2_147_483_647, optional: true });
  const name = v.text('name', one(form, 'name'), { max: 120 });
  const emailText = v.text('email', one(form, 'email'), { max: 254, optional: true });
  const phoneText = v.text('phone', one(form, 'phone'), { max: 40, optional: true });
  const errors: Record<string, FieldError> = {};
  if (date !== null) {
    const day = hoursOn(calendar, date);
    if (earliest !== null && date < earliest) errors.date = { key: 'interpreter.request.tooSoon', values: { date: earliest } };
    else if (date > addDays(today, HORIZON_DAYS)) errors.date = { key: 'interpreter.request.tooFar', values: { days: HORIZON_DAYS } };
    else if (!day.open) errors.date = { key: 'interpreter.request.closedDay' };
    else if (time !== null && (time < day.opens || time >= day.closes))
      errors.time = { key: 'interpreter.request.outsideHours', values: { opens: day.opens, closes: day.closes } };
  }
  let email = '';
  let phone = '';
  if (emailText === '' && phoneText === '' && !v.has('email') && !v.has('phone'))
    errors.email = { key: 'interpreter.request.contactNeeded' };
  if (emailText !== '') {
    const checked = normaliseEmail(emailText);
    if (checked.ok) email = checked.value.address;
    else errors.email = { key: 'errors.email' };
  }
  if (phoneText !== '') {
    const checked = normalisePhone(phoneText);
    if (checked.ok) phone = checked.value.e164;
    else errors.phone = { key: 'interpreter.request.phoneFormat' };
  }
  for (const [field, error] of Object.entries(errors)) v.fail(field, error.key, error.values);
  v.done();
  return deps.db.transaction().execute(async (tx) => {
    if (serviceId !== null) {
      const service = await tx
        .selectFrom('service')
        .select('id')
        .where('id', '=', serviceId)
        .where('office_id', '=', officeId)
        .executeTakeFirst();
      if (!service) throw invalid({ service: { key: 'interpreter.session.unknownService' } });
    }
    const row = await tx
      .insertInto('interpreter_request')
      .values({
        office_id: officeId,
        method: method!,
        visit_on: date!,
        visit_time: time!,
        service_id: serviceId,
        full_name: name,
        email,
        phone,
        locale,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await consumeAntiBotProof(deps.db, tx, now, proof);
    await appendAudit(tx, deps.actor, now, {
      action: 'interpreter_request.create',
      subjectType: 'interpreter_request',
      subjectId: row.id,
      details: { method, visitOn: date, serviceId },
    });
    return { id: row.id };
  });
}

/** A request as the Information Point reads it (with the person's name and contact: the read is audited). */
export interface InterpreterRequestView {
  id: number;
  method: string;
  visitOn: string;
  visitTime: string;
  service: string | null;
  name: string;
  email: string;
  phone: string;
  status: 'requested' | 'confirmed' | 'proposed' | 'cancelled';
  proposedOn: string | null;
  proposedTime: string | null;
  proposedMethod: string | null;
  answerReason: string;
  createdAt: Date;
}

/**
 * The requests whose visit is today or later (and unanswered older ones), read with the persons' contact data;
 * one `interpreter_request.read_list` audit row names the ids shown.
 * @example const requests = await readInterpreterRequests(deps);
 */
export async function readInterpreterRequests(deps: UseCaseDeps): Promise<InterpreterRequestView[]> {
  const now = deps.clock.now();
  const today = officeDate(now);
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('interpreter_request as r')
      .leftJoin('service', 'service.id', 'r.service_id')
      .select([
        'r.id',
        'r.method',
        'r.visit_on',
        'r.visit_time',
        'service.name_pl as service',
        'r.full_name',
        'r.email',
        'r.phone',
        'r.status',
        'r.proposed_on',
        'r.proposed_time',
        'r.proposed_method',
        'r.answer_reason',
        'r.created_at',
      ])
      .where('r.office_id', '=', deps.actor.officeId)
      .where('r.anonymised_at', 'is', null)
      .where((eb) => eb.or([eb('r.visit_on', '>=', today), eb('r.status', '=', 'requested')]))
      .orderBy('r.visit_on')
      .orderBy('r.visit_time')
      .limit(200)
      .execute();
    if (rows.length > 0)
      await appendAudit(tx, deps.actor, now, {
        action: 'interpreter_request.read_list',
        subjectType: 'interpreter_request',
        details: { count: rows.length, ids: rows.map((r) => r.id) },
      });
    return rows.map((r) => ({
      id: r.id,
      method: r.method,
      visitOn: r.visit_on,
      visitTime: r.visit_time.slice(0, 5),
      service: r.service,
      name: r.full_name,
      email: r.email,
      phone: r.phone,
      status: r.status,
      proposedOn: r.proposed_on,
      proposedTime: r.proposed_time?.slice(0, 5) ?? null,
      proposedMethod: r.proposed_method,
      answerReason: r.answer_reason,
      createdAt: r.created_at,
    }));
  });
}

/**
 * Staff answer a request: confirm it, or propose another date (and time) or form (another method, the video
 * interpreter) with a reason the person is told. One transaction with its audit row.
 * @example await answerInterpreterRequest(deps, 4, { decision: 'propose', date: '2026-12-10', time: '10:00', reason: 'Tłumacz dostępny dzień później' });
 */
export async function answerInterpreterRequest(deps: UseCaseDeps, requestId: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  const v = new FieldCheck();
  const decision = v.oneOf('decision', one(form, 'decision'), ['confirm', 'propose'] as const);
  const propose = decision === 'propose';
  const date = propose ? v.date('proposedOn', one(form, 'proposedOn'), { optional: true }) : null;
  const time = propose ? v.time('proposedTime', one(form, 'proposedTime'), { optional: true }) : null;
  const method = propose ? v.oneOf('proposedMethod', one(form, 'proposedMethod'), PROPOSED_METHODS, { optional: true }) : null;
  const reason = propose ? v.text('reason', one(form, 'reason'), { max: 500, multiline: true }) : '';
  if (propose && date === null && method === null && !v.has('proposedOn') && !v.has('proposedMethod'))
    v.fail('proposedOn', 'interpreter.answer.somethingToPropose');
  if (propose && date !== null && date < officeDate(now)) v.fail('proposedOn', 'interpreter.answer.pastDate');
  if (propose && time !== null && date === null) v.fail('proposedOn', 'interpreter.answer.dateForTime');
  v.done();
  await deps.db.transaction().execute(async (tx) => {
    const changed = await tx
      .updateTable('interpreter_request')
      .set({
        status: propose ? 'proposed' : 'confirmed',
        proposed_on: date,
        proposed_time: time,
        proposed_method: method,
        answer_reason: reason,
        answered_at: now,
        answered_by: deps.actor.kind === 'staff' ? deps.actor.id : null,
      })
      .where('id', '=', requestId)
      .where('office_id', '=', deps.actor.officeId)
      .where('anonymised_at', 'is', null)
      .returning(['id', 'email'])
      .executeTakeFirst();
    if (!changed) throw notFound();
    // The person learns the answer by e-mail when they gave an address; otherwise staff phone them.
    if (changed.email !== '') await queueInterpreterAnswerMail(tx, { officeId: deps.actor.officeId, requestId, at: now });
    await appendAudit(tx, deps.actor, now, {
      action: 'interpreter_request.answer',
      subjectType: 'interpreter_request',
      subjectId: requestId,
      details: { decision, proposedOn: date, proposedMethod: method },
    });
  });
}

/**
 * Removes the name and contact of requests whose visit day is more than the retention period past (the hourly
 * job); one audit row per run that changed something. Idempotent.
 * @example await anonymiseInterpreterRequests(deps) // { count: 2 }
 */
export async function anonymiseInterpreterRequests(deps: UseCaseDeps): Promise<{ count: number }> {
  const now = deps.clock.now();
  const before = officeDate(new Date(now.getTime() - INTERPRETER_REQUEST_RETENTION_DAYS * DAY));
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx
      .updateTable('interpreter_request')
      .set({ full_name: '', email: '', phone: '', anonymised_at: now })
      .where('office_id', '=', deps.actor.officeId)
      .where('anonymised_at', 'is', null)
      .where('visit_on', '<', before)
      .returning('id')
      .execute();
    if (rows.length > 0) {
      // The sent answers' copies held the address and the words: they go with the request's contact data.
      await tx
        .updateTable('mail_outbox')
        .set({ recipient: null, subject: null, body_text: null, status: sql`CASE WHEN status = 'pending' THEN 'skipped' ELSE status END` })
        .where(
          'interpreter_request_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'interpreter_request.anonymise',
        subjectType: 'interpreter_request',
        details: { count: rows.length, ids: rows.map((r) => r.id) },
      });
    }
    return { count: rows.length };
  });
}
