// Exports of registers and figures as CSV or XLSX, streamed: csv-stringify and ExcelJS's streaming workbook writer.
import { once } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageContext } from '../ui/components/context.ts';

export type Cell = string | number;
/** An export's columns: the heading in the reader's language, and the cell of an entry. */
export type Columns<T> = readonly [heading: (ctx: PageContext) => string, cell: (ctx: PageContext, entry: T) => Cell][];

/** A text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function inert(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows the XLSX writer takes before it looks whether the reader is behind. */
const ROWS_PER_WRITE = 100;

/** Waits while the reader is behind: ExcelJS writes on without looking, so the export would pile up in memory. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

async function* records<T>(ctx: PageContext, columns: Columns<T>, entries: AsyncIterable<T> | Iterable<T>): AsyncGenerator<Cell[]> {
  for await (const entry of entries) yield columns.map(([, cell]) => inert(cell(ctx, entry)));
}

async function writeXlsx<T>(
  ctx: PageContext,
  sheetName: string,
  columns: Columns<T>,
  entries: AsyncIterable<T> | Iterable<T>,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map(([heading]) => heading(ctx))).commit();
  let rows = 0;
  for await (const entry of entries) {
    sheet.addRow(columns.map(([, cell]) => inert(cell(ctx, entry)))).commit();
    if (++rows % ROWS_PER_WRITE === 0) await drained(out);
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Streams entries as CSV (UTF-8 with a BOM, so spreadsheets read Polish letters) or XLSX: each row is written as the
 * source gives it (a cursor, a batch reader), never the whole list in memory (XLSX waits for a slow reader). Used by
 * every register's and figures' export.
 */
export function sendSpreadsheet<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: PageContext,
  file: { name: string; sheet: string; format: 'csv' | 'xlsx' },
  columns: Columns<T>,
  entries: AsyncIterable<T> | Iterable<T>,
): FastifyReply {
  reply.header('content-disposition', `attachment; filename="${file.name}.${file.format}"`).header('cache-control', 'no-store');
  const body = new PassThrough();
  const fail = (error: unknown) => {
    request.log.error(error, `export ${file.name}.${file.format} failed`);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  if (file.format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    pipeline(
      Readable.from(records(ctx, columns, entries)),
      stringify({ bom: true, header: true, columns: columns.map(([heading]) => heading(ctx)) }),
      body,
    ).catch(fail);
  } else {
    reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    writeXlsx(ctx, file.sheet, columns, entries, body).catch(fail);
  }
  return reply.send(body);
}
