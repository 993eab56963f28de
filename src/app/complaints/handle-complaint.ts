import { readComplaintHandling, readComplaintReply, readDelayNotice } from '../../domain/complaints/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { DomainError, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { checkUnit } from './register-complaint.ts';

interface OpenCase {
  id: number;
  received_on: string;
  due_on: string;
  new_due_on: string | null;
}

/** The office's case, locked for the change; only an open case (not answered, not unexamined) may change. */
async function openCase(tx: Tx, officeId: number, id: number): Promise<OpenCase> {
  const row = await tx
    .selectFrom('complaint')
    .select(['id', 'status', 'received_on', 'due_on', 'new_due_on', 'anonymised_at'])
    .where('id', '=', id)
    .where('office_id', '=', officeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.status !== 'open' || row.anonymised_at !== null) throw new DomainError('conflict', 'complaints.errors.notOpen');
  return row;
}

/**
 * Assigns the case to a unit and a person and notes how it is being handled. One transaction with its audit row.
 * @example await updateComplaintHandling(deps, 7, { unit: '3', assignee: 'Anna Nowak', handling: 'Wyjaśnienia z USC.' });
 */
export async function updateComplaintHandling(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const input = readComplaintHandling(form);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await openCase(tx, deps.actor.officeId, id);
    await checkUnit(tx, deps.actor.officeId, input.unitId);
    await tx
      .updateTable('complaint')
      .set({ unit_id: input.unitId, assignee: input.assignee, handling: input.handling })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'complaint.handling',
      subjectType: 'complaint',
      subjectId: id,
      details: { unitId: input.unitId },
    });
  });
}

/**
 * Records the notice of delay (art. 36 KPA, which art. 237 §4 applies to complaints): the day it was sent,
 * the reason and the new date, which becomes the deadline the register checks.
 */
export async function recordDelayNotice(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const entry = await openCase(tx, deps.actor.officeId, id);
    const input = readDelayNotice(
      form,
      { receivedOn: entry.received_on, dueOn: entry.due_on, newDueOn: entry.new_due_on },
      officeDate(now),
    );
    await tx
      .updateTable('complaint')
      .set({ delay_notified_on: input.notifiedOn, delay_reason: input.reason, new_due_on: input.newDueOn })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'complaint.delay_notice',
      subjectType: 'complaint',
      subjectId: id,
      details: { notifiedOn: input.notifiedOn, newDueOn: input.newDueOn, previousDueOn: entry.new_due_on ?? entry.due_on },
    });
  });
}

/** Records the reply: its date, how it went out and the handling; the case is answered. */
export async function recordComplaintReply(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const entry = await openCase(tx, deps.actor.officeId, id);
    const input = readComplaintReply(form, entry.received_on, officeDate(now));
    await tx
      .updateTable('complaint')
      .set({ status: 'answered', replied_on: input.repliedOn, reply_method: input.method, handling: input.handling })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'complaint.reply',
      subjectType: 'complaint',
      subjectId: id,
      details: { repliedOn: input.repliedOn, method: input.method, late: input.repliedOn > (entry.new_due_on ?? entry.due_on) },
    });
  });
}
