import type { FastifyReply, FastifyRequest } from 'fastify';
import { complaintExport, type ComplaintEntry } from '../../../app/complaints/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import { keyPart } from '../../../ui/i18n/index.ts';
import { depsOf } from '../../auth/actor.ts';
import { pageContext } from '../../page.ts';
import { sendSpreadsheet, type Columns } from '../../spreadsheet-export.ts';

/** The export's columns: the heading's key and the cell of an entry. */
const COLUMNS: Columns<ComplaintEntry> = [
  [(ctx) => ctx.t('complaints.field.number'), (_, e) => e.id],
  [(ctx) => ctx.t('complaints.field.receivedOn'), (_, e) => e.receivedOn],
  [(ctx) => ctx.t('complaints.field.kind'), (ctx, e) => ctx.t(`complaints.kind.${e.kind}`)],
  [(ctx) => ctx.t('complaints.field.channel'), (ctx, e) => ctx.t(`complaints.channel.${keyPart(e.channel)}`)],
  [(ctx) => ctx.t('complaints.field.senderName'), (_, e) => e.senderName],
  [(ctx) => ctx.t('complaints.field.senderAddress'), (_, e) => e.senderAddress],
  [(ctx) => ctx.t('complaints.field.senderEmail'), (_, e) => e.senderEmail],
  [(ctx) => ctx.t('complaints.field.subject'), (_, e) => e.subject],
  [(ctx) => ctx.t('complaints.field.unit'), (ctx, e) => (e.unit ? inLanguage(e.unit, ctx.locale).value : '')],
  [(ctx) => ctx.t('complaints.field.assignee'), (_, e) => e.assignee],
  [(ctx) => ctx.t('complaints.field.dueOn'), (_, e) => e.dueOn],
  [(ctx) => ctx.t('complaints.delay.notifiedOn'), (_, e) => e.delayNotifiedOn ?? ''],
  [(ctx) => ctx.t('complaints.delay.reason'), (_, e) => e.delayReason],
  [(ctx) => ctx.t('complaints.delay.newDueOn'), (_, e) => e.newDueOn ?? ''],
  [(ctx) => ctx.t('complaints.field.status'), (ctx, e) => ctx.t(`complaints.status.${e.status}`)],
  [
    (ctx) => ctx.t('complaints.field.deadlineState'),
    (ctx, e) => (e.deadline === 'done' ? '' : ctx.t(`complaints.deadline.${keyPart(e.deadline)}`)),
  ],
  [(ctx) => ctx.t('complaints.field.handling'), (_, e) => e.handling],
  [(ctx) => ctx.t('complaints.reply.repliedOn'), (_, e) => e.repliedOn ?? ''],
  [(ctx) => ctx.t('complaints.reply.method'), (ctx, e) => (e.replyMethod ? ctx.t(`complaints.replyMethod.${keyPart(e.replyMethod)}`) : '')],
];

/**
 * Sends the register as CSV (UTF-8 with a BOM, so spreadsheets read Polish letters) or XLSX, streamed: rows are
 * read in batches and written as they come, never the whole register in memory. The read is audited first.
 */
export async function sendComplaintExport(request: FastifyRequest, reply: FastifyReply, format: 'csv' | 'xlsx'): Promise<void> {
  const ctx = await pageContext(request);
  const entries = await complaintExport(await depsOf(request), format);
  return sendSpreadsheet(
    request,
    reply,
    ctx,
    { name: 'rejestr-skarg-i-wnioskow', sheet: ctx.t('complaints.export.sheet'), format },
    COLUMNS,
    entries,
  );
}
