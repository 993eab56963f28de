import { notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import type { MailKind } from './mail-ports.ts';

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxRow {
  id: string;
  kind: MailKind;
  status: 'pending' | 'sent' | 'skipped' | 'failed';
  attempts: number;
  createdAt: Date;
  sendAfter: Date;
  sentAt: Date | null;
  recipient: string | null;
  subject: string | null;
  lastError: string | null;
  /** For a sent mail: through SMTP, or built without a mail server ('none'); null when not kept (older mail). */
  delivery: 'smtp' | 'none' | null;
}

export interface OutboxMail extends OutboxRow {
  bookingId: number | null;
  bookingVersion: number | null;
  messageId: string | null;
  bodyText: string | null;
}

/**
 * Reads the page number of the outbox list; a bad one is a field error.
 * @example readOutboxPage({ page: '2' }) // 2
 */
export function readOutboxPage(query: { page?: unknown }): number {
  const v = new FieldCheck();
  const page = v.integer('page', query.page, { min: 1, max: 1_000_000, optional: true }) ?? 1;
  v.done();
  return page;
}

/**
 * One page of outgoing mail, newest first. Rows show recipients' addresses, so reading the list is
 * audited (with the page number only).
 * @example const { rows, hasNext } = await listOutbox(deps, { page: 1 });
 */
export async function listOutbox(deps: UseCaseDeps, input: { page: number }): Promise<{ rows: OutboxRow[]; hasNext: boolean }> {
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('mail_outbox')
      .select([
        'id',
        'kind',
        'status',
        'attempts',
        'created_at as createdAt',
        'send_after as sendAfter',
        'sent_at as sentAt',
        'recipient',
        'subject',
        'last_error as lastError',
        'delivery',
      ])
      .where('office_id', '=', deps.actor.officeId)
      .orderBy('id', 'desc')
      .limit(OUTBOX_PAGE_SIZE + 1)
      .offset((input.page - 1) * OUTBOX_PAGE_SIZE)
      .execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'mail.read', subjectType: 'mail_outbox', details: { page: input.page } });
    return { rows: rows.slice(0, OUTBOX_PAGE_SIZE), hasNext: rows.length > OUTBOX_PAGE_SIZE };
  });
}

/**
 * One outgoing mail with its text; the read is audited by the mail's id.
 * @example const mail = await readOutboxMail(deps, { id: '42' });
 */
export async function readOutboxMail(deps: UseCaseDeps, input: { id: string }): Promise<OutboxMail> {
  if (!/^[1-9][0-9]{0,17}$/.test(input.id)) throw notFound();
  return deps.db.transaction().execute(async (tx) => {
    const mail = await tx
      .selectFrom('mail_outbox')
      .select([
        'id',
        'kind',
        'status',
        'attempts',
        'created_at as createdAt',
        'send_after as sendAfter',
        'sent_at as sentAt',
        'recipient',
        'subject',
        'last_error as lastError',
        'booking_id as bookingId',
        'booking_version as bookingVersion',
        'message_id as messageId',
        'body_text as bodyText',
        'delivery',
      ])
      .where('id', '=', input.id)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (!mail) throw notFound();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'mail.read', subjectType: 'mail_outbox', subjectId: mail.id });
    return mail;
  });
}
