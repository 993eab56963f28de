import { changeStatus, CLOSE_REASONS, stateColumns, stateOf, STAFF_STATUSES, type ReportState } from '../../domain/reports/index.ts';
import { conflict, invalid, notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { queueReportMail } from '../../storage/mail-outbox.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { parseReportCode } from './report-codes.ts';

async function lockReport(tx: Tx, officeId: number, reportId: number) {
  const report = await tx
    .selectFrom('problem_report')
    .select(['id', 'status', 'close_reason', 'refer_to', 'duplicate_of', 'email', 'first_response_at', 'version'])
    .where('id', '=', reportId)
    .where('office_id', '=', officeId)
    .forUpdate()
    .executeTakeFirst();
  if (!report) throw notFound('reports.notFound');
  return report;
}

/**
 * Reads the status form: a status, and for "closed" its reason with where to turn (not ours) or the
 * duplicated report's code.
 */
async function readWantedState(tx: Tx, officeId: number, form: Record<string, unknown>): Promise<ReportState> {
  const v = new FieldCheck();
  const status = v.oneOf('status', form.status, STAFF_STATUSES);
  let state: ReportState | null = status && status !== 'closed' ? { status } : null;
  if (status === 'closed') {
    const reason = v.oneOf('reason', form.reason, CLOSE_REASONS);
    if (reason === 'no_further_action') state = { status: 'closed', reason };
    if (reason === 'not_responsible') {
      const referTo = v.text('referTo', form.referTo, { max: 500 });
      state = { status: 'closed', reason, referTo };
    }
    if (reason === 'duplicate') {
      const code = parseReportCode(typeof form.duplicateOf === 'string' ? form.duplicateOf : '');
      const original = code
        ? await tx.selectFrom('problem_report').select('id').where('code', '=', code).where('office_id', '=', officeId).executeTakeFirst()
        : undefined;
      if (!original) v.fail('duplicateOf', 'reports.staff.duplicateUnknown');
      else state = { status: 'closed', reason, duplicateOf: original.id };
    }
  }
  v.done();
  if (!state) throw invalid({ status: { key: 'errors.required' } });
  return state;
}

/**
 * Changes a report's status (the Contact Centre): checked by the state machine, written with a public
 * update row, and the reporter told by mail when they left an e-mail. Closing as a duplicate is how
 * duplicates are merged: the report then points at the one kept, whose page lists it. One transaction.
 * @example await changeReportStatus(deps, { reportId: 4, form: { status: 'closed', reason: 'duplicate', duplicateOf: 'Z7QX-3M9P' } });
 */
export async function changeReportStatus(deps: UseCaseDeps, input: { reportId: number; form: Record<string, unknown> }): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const report = await lockReport(tx, deps.actor.officeId, input.reportId);
    const wanted = await readWantedState(tx, deps.actor.officeId, input.form);
    const current = stateOf({
      status: report.status,
      closeReason: report.close_reason,
      referTo: report.refer_to,
      duplicateOf: report.duplicate_of,
    });
    const decision = changeStatus(current, wanted, report.id);
    if (!decision.ok) throw conflict(`reports.staff.refusal.${decision.refusal}`);
    const columns = stateColumns(decision.state);
    await tx
      .updateTable('problem_report')
      .set((eb) => ({
        status: columns.status,
        close_reason: columns.closeReason,
        refer_to: columns.referTo,
        duplicate_of: columns.duplicateOf,
        updated_at: now,
        first_response_at: report.first_response_at ?? now,
        closed_at: columns.status === 'closed' || columns.status === 'fixed' ? now : null,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', report.id)
      .execute();
    await tx
      .insertInto('report_update')
      .values({
        report_id: report.id,
        kind: 'status',
        status: columns.status,
        close_reason: columns.closeReason,
        body: columns.referTo,
        public: true,
        staff_id: deps.actor.id,
        created_at: now,
      })
      .execute();
    if (report.email !== null)
      await queueReportMail(tx, {
        officeId: deps.actor.officeId,
        reportId: report.id,
        kind: 'report_status',
        at: now,
        reportVersion: report.version + 1,
      });
    await appendAudit(tx, deps.actor, now, {
      action: 'report.change_status',
      subjectType: 'problem_report',
      subjectId: report.id,
      details: { from: report.status, to: columns.status, reason: columns.closeReason, duplicateOf: columns.duplicateOf },
    });
  });
}

/**
 * A public reply (shown on the report's page) or an internal note (staff only).
 * @example await addReportUpdate(deps, { reportId: 4, kind: 'reply', body: 'Ekipa będzie w czwartek.' });
 */
export async function addReportUpdate(
  deps: UseCaseDeps,
  input: { reportId: number; kind: 'reply' | 'note'; body: unknown },
): Promise<void> {
  const v = new FieldCheck();
  const body = v.text('body', input.body, { max: 4000, multiline: true });
  v.done();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const report = await lockReport(tx, deps.actor.officeId, input.reportId);
    if (report.status === 'unconfirmed' && input.kind === 'reply') throw conflict('reports.staff.refusal.unconfirmed');
    await tx
      .insertInto('report_update')
      .values({ report_id: report.id, kind: input.kind, body, public: input.kind === 'reply', staff_id: deps.actor.id, created_at: now })
      .execute();
    if (input.kind === 'reply')
      await tx
        .updateTable('problem_report')
        .set({ updated_at: now, first_response_at: report.first_response_at ?? now })
        .where('id', '=', report.id)
        .execute();
    await appendAudit(tx, deps.actor, now, {
      action: input.kind === 'reply' ? 'report.reply' : 'report.note',
      subjectType: 'problem_report',
      subjectId: report.id,
    });
  });
}

/**
 * Assigns a report to a unit of the office (or to none).
 * @example await assignReport(deps, { reportId: 4, unitId: 2 });
 */
export async function assignReport(deps: UseCaseDeps, input: { reportId: number; unitId: number | null }): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const report = await lockReport(tx, deps.actor.officeId, input.reportId);
    if (input.unitId !== null) {
      const unit = await tx
        .selectFrom('unit')
        .select('id')
        .where('id', '=', input.unitId)
        .where('office_id', '=', deps.actor.officeId)
        .executeTakeFirst();
      if (!unit) throw invalid({ unitId: { key: 'errors.choice' } });
    }
    await tx.updateTable('problem_report').set({ unit_id: input.unitId, updated_at: now }).where('id', '=', report.id).execute();
    await tx
      .insertInto('report_update')
      .values({ report_id: report.id, kind: 'assign', unit_id: input.unitId, public: false, staff_id: deps.actor.id, created_at: now })
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'report.assign',
      subjectType: 'problem_report',
      subjectId: report.id,
      details: { unitId: input.unitId },
    });
  });
}

/**
 * Hides (or shows again) a report's words and photo from the public, for abusive content; its status
 * stays public. Hidden reports also leave Open311's lists.
 * @example await hideReport(deps, { reportId: 4, hidden: true });
 */
export async function hideReport(deps: UseCaseDeps, input: { reportId: number; hidden: boolean }): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const report = await lockReport(tx, deps.actor.officeId, input.reportId);
    await tx
      .updateTable('problem_report')
      .set({ hidden_at: input.hidden ? now : null, updated_at: now })
      .where('id', '=', report.id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: input.hidden ? 'report.hide' : 'report.unhide',
      subjectType: 'problem_report',
      subjectId: report.id,
    });
  });
}
