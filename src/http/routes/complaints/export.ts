import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { complaintExport, type ComplaintEntry } from '../../../app/complaints/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import { keyPart } from '../../../ui/i18n/index.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { depsOf } from '../../auth/actor.ts';
import { pageContext } from '../../page.ts';

/** The export's columns: the heading's key and the cell of an entry. */
const COLUMNS: readonly [key: string, cell: (ctx: PageContext, e: ComplaintEntry) => string | number][] = [
  ['complaints.field.number', (_, e) => e.id],
  ['complaints.field.receivedOn', (_, e) => e.receivedOn],
  ['complaints.field.kind', (ctx, e) => ctx.t(`complaints.kind.${e.kind}`)],
  ['complaints.field.channel', (ctx, e) => ctx.t(`complaints.channel.${keyPart(e.channel)}`)],
  ['complaints.field.senderName', (_, e) => e.senderName],
  ['complaints.field.senderAddress', (_, e) => e.senderAddress],
  ['complaints.field.senderEmail', (_, e) => e.senderEmail],
  ['complaints.field.subject', (_, e) => e.subject],
  ['complaints.field.unit', (ctx, e) => (e.unit ? inLanguage(e.unit, ctx.locale).value : '')],
  ['complaints.field.assignee', (_, e) => e.assignee],
  ['complaints.field.dueOn', (_, e) => e.dueOn],
  ['complaints.delay.notifiedOn', (_, e) => e.delayNotifiedOn ?? ''],
  ['complaints.delay.reason', (_, e) => e.delayReason],
  ['complaints.delay.newDueOn', (_, e) => e.newDueOn ?? ''],
  ['complaints.field.status', (ctx, e) => ctx.t(`complaints.status.${e.status}`)],
  ['complaints.field.deadlineState', (ctx, e) => (e.deadline === 'done' ? '' : ctx.t(`complaints.deadline.${keyPart(e.deadline)}`))],
  ['complaints.field.handling', (_, e) => e.handling],
  ['complaints.reply.repliedOn', (_, e) => e.repliedOn ?? ''],
  ['complaints.reply.method', (ctx, e) => (e.replyMethod ? ctx.t(`complaints.replyMethod.${keyPart(e.replyMethod)}`) : '')],
];

/** A text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function inert(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function* csvRecords(ctx: PageContext, entries: AsyncIterable<ComplaintEntry>): AsyncGenerator<(string | number)[]> {
  for await (const entry of entries) yield COLUMNS.map(([, cell]) => inert(cell(ctx, entry)));
}

async function writeXlsx(ctx: PageContext, entries: AsyncIterable<ComplaintEntry>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(ctx.t('complaints.export.sheet'));
  sheet.addRow(COLUMNS.map(([key]) => ctx.t(key))).commit();
  for await (const entry of entries) sheet.addRow(COLUMNS.map(([, cell]) => cell(ctx, entry))).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * Sends the register as CSV (UTF-8 with a BOM, so spreadsheets read Polish letters) or XLSX, streamed: rows are
 * read in batches and written as they come, never the whole register in memory. The read is audited first.
 */
export async function sendComplaintExport(request: FastifyRequest, reply: FastifyReply, format: 'csv' | 'xlsx'): Promise<void> {
  const ctx = await pageContext(request);
  const entries = await complaintExport(await depsOf(request), format);
  const name = `rejestr-skarg-i-wnioskow.${format}`;
  reply.header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
  const body = new PassThrough();
  const fail = (error: unknown) => {
    request.log.error(error, 'complaint export failed');
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  if (format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    pipeline(
      Readable.from(csvRecords(ctx, entries)),
      stringify({ bom: true, header: true, columns: COLUMNS.map(([key]) => ctx.t(key)) }),
      body,
    ).catch(fail);
  } else {
    reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    writeXlsx(ctx, entries, body).catch(fail);
  }
  return reply.send(body);
}
