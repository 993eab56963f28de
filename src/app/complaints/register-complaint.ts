import {
  complaintDeadline,
  isExaminable,
  readComplaintEntry,
  readPublicComplaint,
  type ComplaintEntryInput,
} from '../../domain/complaints/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { ANTI_BOT_FIELD, consumeAntiBotProof, type AntiBotProof } from '../anti-bot/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

export interface RegisteredComplaint {
  id: number;
  /** False when it is left unexamined for want of the sender's name and address. */
  examinable: boolean;
  dueOn: string;
}

/** A unit of the office, or a field error. */
export async function checkUnit(tx: Tx, officeId: number, unitId: number | null): Promise<void> {
  if (unitId === null) return;
  const unit = await tx.selectFrom('unit').select('id').where('id', '=', unitId).where('office_id', '=', officeId).executeTakeFirst();
  if (!unit) throw invalid({ unit: { key: 'complaints.errors.unknownUnit' } });
}

async function insertComplaint(tx: Tx, deps: UseCaseDeps, entry: ComplaintEntryInput, now: Date): Promise<RegisteredComplaint> {
  const examinable = isExaminable(entry.sender);
  const dueOn = complaintDeadline(entry.receivedOn);
  const row = await tx
    .insertInto('complaint')
    .values({
      office_id: deps.actor.officeId,
      kind: entry.kind,
      received_on: entry.receivedOn,
      channel: entry.channel,
      sender_name: entry.sender.name,
      sender_address: entry.sender.address,
      sender_email: entry.sender.email,
      subject: entry.subject,
      unit_id: entry.unitId,
      assignee: entry.assignee,
      due_on: dueOn,
      status: examinable ? 'open' : 'unexamined',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(tx, deps.actor, now, {
    action: 'complaint.register',
    subjectType: 'complaint',
    subjectId: row.id,
    details: { kind: entry.kind, channel: entry.channel, receivedOn: entry.receivedOn, dueOn, examinable, unitId: entry.unitId },
  });
  return { id: row.id, examinable, dueOn };
}

/**
 * The Contact Centre registers a complaint or request: its deadline is computed at once (one month, art. 237
 * §1 / art. 244 KPA), and one without the sender's name and address is registered as left unexamined.
 * @example await registerComplaint(deps, { kind: 'complaint', receivedOn: '2026-12-01', channel: 'letter', senderName: 'Jan Kowalski', senderAddress: 'ul. Słowackiego 1', subject: '…' });
 */
export async function registerComplaint(deps: UseCaseDeps, form: FormValues): Promise<RegisteredComplaint> {
  const now = deps.clock.now();
  const entry = readComplaintEntry(form, officeDate(now));
  return deps.db.transaction().execute(async (tx) => {
    await checkUnit(tx, deps.actor.officeId, entry.unitId);
    return insertComplaint(tx, deps, entry, now);
  });
}

/**
 * A resident files a complaint or request through the public form: received today through the form, its
 * anti-bot proof spent in the same transaction (a refused proof writes nothing).
 */
export async function filePublicComplaint(deps: UseCaseDeps, form: FormValues, proof: AntiBotProof | null): Promise<RegisteredComplaint> {
  const now = deps.clock.now();
  let input;
  try {
    input = readPublicComplaint(form);
  } catch (error) {
    // A form sent without any anti-bot answer says so along with its other mistakes, all at once.
    const unanswered = proof === null || (proof.kind === 'text' && proof.answer.trim() === '');
    if (unanswered && error instanceof DomainError && error.kind === 'validation')
      throw invalid({ ...error.fields, [ANTI_BOT_FIELD]: { key: 'antiBot.error.missing' } });
    throw error;
  }
  const entry: ComplaintEntryInput = { ...input, receivedOn: officeDate(now), channel: 'form', unitId: null, assignee: '' };
  return deps.db.transaction().execute(async (tx) => {
    await consumeAntiBotProof(deps.db, tx, now, proof);
    return insertComplaint(tx, deps, entry, now);
  });
}
