// Exports of registers and figures as CSV or XLSX, streamed: CSV lines written here, ExcelJS's streaming workbook writer.
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

/** Rows the XLSX writer takes before it looks whether the zip or the reader is behind. */
const ROWS_PER_WRITE = 100;

/** Characters of CSV gathered before they are written: about a hundred rows a write instead of one. */
const CSV_CHUNK = 16 * 1024;

/** A stream that takes bytes: Node's own, or the older `readable-stream` that ExcelJS's zip (archiver) uses. */
interface Sink {
  readonly writableNeedDrain?: boolean;
  readonly _writableState?: { needDrain?: boolean };
  once(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'close', listener: () => void): unknown;
}

/**
 * Waits while `sink` is behind, until it drains or the reader (`out`) is gone; a reader that went away (no `drain`
 * will come) ends the export, which closes its cursor.
 */
async function drained(sink: Sink, out: Writable): Promise<void> {
  if ((sink.writableNeedDrain ?? sink._writableState?.needDrain) === true && !out.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        sink.removeListener('drain', done);
        out.removeListener('close', done);
        resolve();
      };
      sink.once('drain', done);
      out.once('close', done);
    });
  }
  if (out.destroyed) throw new Error('the reader went away');
}

/**
 * Where ExcelJS writes a sheet's rows: into the zip's entry, without waiting for it (its `StreamBuf` ignores what
 * `write` answers), so rows made faster than the zip deflates them would pile up there.
 */
function zipEntriesOf(sheet: ExcelJS.Worksheet): readonly Sink[] {
  return (sheet as unknown as { stream?: { pipes?: Sink[] } }).stream?.pipes ?? [];
}

/** A CSV field as csv-stringify writes it by default: quoted when it holds a comma, a quote or a line break. */
function csvField(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line of cells, ending in a line break.
 * @example csvLine(['A 001', 'Kasa, parter', 3]) // 'A 001,"Kasa, parter",3\n'
 */
export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i += 1) line += (i === 0 ? '' : ',') + csvField(cells[i]!);
  return `${line}\n`;
}

/**
 * The CSV in chunks of about CSV_CHUNK characters: a BOM, the headings, a line per entry. Each row's cells are made
 * and turned into text at once, so nothing of a row outlives it but its line in the chunk.
 */
async function* csvChunks<T>(ctx: PageContext, columns: Columns<T>, entries: AsyncIterable<T> | Iterable<T>): AsyncGenerator<string> {
  let chunk = `\uFEFF${csvLine(columns.map(([heading]) => heading(ctx)))}`;
  for await (const entry of entries) {
    chunk += csvLine(columns.map(([, cell]) => inert(cell(ctx, entry))));
    if (chunk.length >= CSV_CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
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
    if (++rows % ROWS_PER_WRITE === 0) {
      for (const entry of zipEntriesOf(sheet)) await drained(entry, out);
      await drained(out, out);
    }
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
    // A reader that goes away mid-file (a closed tab, a lost connection) is an ordinary end, not the server's fault.
    if (reply.raw.destroyed && !reply.raw.writableFinished) request.log.info(`export ${file.name}.${file.format} stopped: the reader left`);
    else request.log.error(error, `export ${file.name}.${file.format} failed`);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  if (file.format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    pipeline(Readable.from(csvChunks(ctx, columns, entries), { objectMode: false }), body).catch(fail);
  } else {
    reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    writeXlsx(ctx, file.sheet, columns, entries, body).catch(fail);
  }
  return reply.send(body);
}
