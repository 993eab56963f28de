import {
  deadlineState,
  type ComplaintChannel,
  type ComplaintKind,
  type ComplaintStatus,
  type DeadlineState,
  type ReplyMethod,
} from '../../domain/complaints/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { complaintPolicy } from './complaint-policy.ts';

/** One case of the register, as the Contact Centre sees it (personal data included). */
export interface ComplaintEntry {
  id: number;
  kind: ComplaintKind;
  receivedOn: string;
  channel: ComplaintChannel;
  senderName: string;
  senderAddress: string;
  senderEmail: string;
  subject: string;
  unitId: number | null;
  unit: Translated | null;
  assignee: string;
  dueOn: string;
  delayNotifiedOn: string | null;
  delayReason: string;
  newDueOn: string | null;
  status: ComplaintStatus;
  handling: string;
  repliedOn: string | null;
  replyMethod: ReplyMethod | null;
  anonymised: boolean;
  /** Where it stands against its deadline today. */
  deadline: DeadlineState;
}

export interface ComplaintRegister {
  entries: ComplaintEntry[];
  nearDueDays: number;
  today: string;
  counts: Record<DeadlineState, number>;
}

function entriesQuery(tx: Tx, officeId: number) {
  return tx
    .selectFrom('complaint')
    .leftJoin('unit', 'unit.id', 'complaint.unit_id')
    .select([
      'complaint.id',
      'complaint.kind',
      'complaint.received_on',
      'complaint.channel',
      'complaint.sender_name',
      'complaint.sender_address',
      'complaint.sender_email',
      'complaint.subject',
      'complaint.unit_id',
      translatedColumn('unit.name').as('unit_name'),
      'complaint.assignee',
      'complaint.due_on',
      'complaint.delay_notified_on',
      'complaint.delay_reason',
      'complaint.new_due_on',
      'complaint.status',
      'complaint.handling',
      'complaint.replied_on',
      'complaint.reply_method',
      'complaint.anonymised_at',
    ])
    .where('complaint.office_id', '=', officeId);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entriesQuery>['executeTakeFirstOrThrow']>>;

function entryOf(row: EntryRow, today: string, nearDueDays: number): ComplaintEntry {
  return {
    id: row.id,
    kind: row.kind,
    receivedOn: row.received_on,
    channel: row.channel,
    senderName: row.sender_name,
    senderAddress: row.sender_address,
    senderEmail: row.sender_email,
    subject: row.subject,
    unitId: row.unit_id,
    unit: row.unit_id === null ? null : row.unit_name,
    assignee: row.assignee,
    dueOn: row.due_on,
    delayNotifiedOn: row.delay_notified_on,
    delayReason: row.delay_reason,
    newDueOn: row.new_due_on,
    status: row.status,
    handling: row.handling,
    repliedOn: row.replied_on,
    replyMethod: row.reply_method,
    anonymised: row.anonymised_at !== null,
    deadline: deadlineState({ handled: row.status !== 'open', dueOn: row.due_on, newDueOn: row.new_due_on }, today, nearDueDays),
  };
}

/**
 * The register, newest first, with each open case's standing against its deadline. The list shows the
 * senders' names, so reading it writes a `complaint.read_register` audit row with the ids shown.
 */
export async function complaintRegister(deps: UseCaseDeps): Promise<ComplaintRegister> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const { nearDueDays } = await complaintPolicy(deps.db, deps.actor.officeId);
  return deps.db.transaction().execute(async (tx) => {
    const rows = await entriesQuery(tx, deps.actor.officeId)
      .orderBy('complaint.received_on', 'desc')
      .orderBy('complaint.id', 'desc')
      .limit(500)
      .execute();
    const entries = rows.map((row) => entryOf(row, today, nearDueDays));
    const counts: Record<DeadlineState, number> = { done: 0, overdue: 0, dueToday: 0, nearDue: 0, onTime: 0 };
    for (const entry of entries) counts[entry.deadline] += 1;
    if (entries.length > 0)
      await appendAudit(tx, deps.actor, now, {
        action: 'complaint.read_register',
        subjectType: 'complaint',
        details: { count: entries.length, complaintIds: entries.map((e) => e.id) },
      });
    return { entries, nearDueDays, today, counts };
  });
}

/** One case with everything recorded; the read is audited (`complaint.read`). */
export async function complaintEntry(deps: UseCaseDeps, id: number): Promise<ComplaintEntry> {
  const now = deps.clock.now();
  const { nearDueDays } = await complaintPolicy(deps.db, deps.actor.officeId);
  return deps.db.transaction().execute(async (tx) => {
    const row = await entriesQuery(tx, deps.actor.officeId).where('complaint.id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await appendAudit(tx, deps.actor, now, { action: 'complaint.read', subjectType: 'complaint', subjectId: id });
    return entryOf(row, officeDate(now), nearDueDays);
  });
}

/** Rows read per statement while an export streams. */
const EXPORT_BATCH = 200;

/**
 * Every case of the register for an export, oldest first, read in batches by id so a large register streams
 * without holding a transaction open. The export is audited before the first row goes out
 * (`complaint.export`, with the format and the number of cases then).
 * @example for await (const entry of await complaintExport(deps, 'csv')) write(entry);
 */
export async function complaintExport(deps: UseCaseDeps, format: 'csv' | 'xlsx'): Promise<AsyncIterable<ComplaintEntry>> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  const { nearDueDays } = await complaintPolicy(deps.db, officeId);
  const lastId = await deps.db.transaction().execute(async (tx) => {
    const last = await tx
      .selectFrom('complaint')
      .select((eb) => [eb.fn.max('id').as('last'), eb.fn.countAll<string>().as('count')])
      .where('office_id', '=', officeId)
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'complaint.export',
      subjectType: 'complaint',
      details: { format, count: Number(last.count) },
    });
    return last.last ?? 0;
  });
  async function* rows(): AsyncGenerator<ComplaintEntry> {
    let after = 0;
    for (;;) {
      const batch = await deps.db
        .transaction()
        .execute((tx) =>
          entriesQuery(tx, officeId)
            .where('complaint.id', '>', after)
            .where('complaint.id', '<=', lastId)
            .orderBy('complaint.id')
            .limit(EXPORT_BATCH)
            .execute(),
        );
      for (const row of batch) yield entryOf(row, today, nearDueDays);
      if (batch.length < EXPORT_BATCH) return;
      after = batch[batch.length - 1]!.id;
    }
  }
  return rows();
}

/** The units a case may be assigned to, for the forms. */
export async function complaintUnits(deps: UseCaseDeps): Promise<{ id: number; name: Translated }[]> {
  return deps.db
    .selectFrom('unit')
    .select(['id', translatedColumn('unit.name').as('name')])
    .where('office_id', '=', deps.actor.officeId)
    .orderBy('code')
    .execute();
}
