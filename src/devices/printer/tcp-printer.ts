// Talks to a network thermal printer over raw TCP (the "port 9100" of ESC/POS printers).
import net from 'node:net';
import { decodeRealTimeStatus, OFFLINE_STATUS, STATUS_ANSWER_LENGTH, STATUS_QUERY, type PrinterStatus } from './printer-status.ts';

export interface PrinterTarget {
  host: string;
  /** Raw printing port; 9100 unless the printer is set otherwise. */
  port?: number;
  /** The whole exchange — connect, send, and for a status the answer — must finish within this time. */
  timeoutMs: number;
}

export const DEFAULT_PRINTER_PORT = 9100;

/** Why a printer could not be reached. */
export type OfflineReason = 'refused' | 'unreachable' | 'timeout' | 'connection_lost';

/** The printer could not take the bytes: it is offline as far as the kiosk can tell. */
export class PrinterOfflineError extends Error {
  readonly code = 'offline';
  readonly reason: OfflineReason;

  constructor(reason: OfflineReason, target: PrinterTarget, options?: { cause?: unknown }) {
    super(`printer ${target.host}:${target.port ?? DEFAULT_PRINTER_PORT} is offline (${reason})`, options);
    this.name = 'PrinterOfflineError';
    this.reason = reason;
  }
}

const REFUSED = new Set(['ECONNREFUSED']);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL']);

function reasonOf(error: unknown): OfflineReason {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (REFUSED.has(code)) return 'refused';
  if (UNREACHABLE.has(code)) return 'unreachable';
  if (code === 'ETIMEDOUT') return 'timeout';
  return 'connection_lost';
}

/**
 * Runs one exchange on a fresh connection under one deadline; `exchange` gets the connected socket and settles
 * the result with `done`. Every way out destroys the socket, so no connection outlives its exchange.
 */
function withConnection<T>(
  target: PrinterTarget,
  exchange: (socket: net.Socket, done: (result: T) => void) => void,
  onLost: (reason: OfflineReason, error?: unknown) => T | PrinterOfflineError,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const socket = net.createConnection({ host: target.host, port: target.port ?? DEFAULT_PRINTER_PORT });
    const settle = (outcome: T | PrinterOfflineError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof PrinterOfflineError) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => settle(onLost('timeout')), target.timeoutMs);
    socket.on('error', (error) => settle(onLost(reasonOf(error), error)));
    socket.on('close', () => settle(onLost('connection_lost')));
    socket.once('connect', () => exchange(socket, settle));
  });
}

/**
 * Sends the bytes of a ticket to the printer; resolves once they have all been handed to the network, rejects
 * with a PrinterOfflineError when the printer refuses, cannot be reached or the deadline passes.
 * @example await printTicket({ host: '10.0.0.20', timeoutMs: 5000 }, encodeTicket(ticket));
 */
export function printTicket(target: PrinterTarget, bytes: Uint8Array): Promise<void> {
  return withConnection<undefined>(
    target,
    // 'finish' comes after the last byte was flushed to the operating system and the connection half-closed.
    (socket, done) => {
      socket.once('finish', () => done(undefined));
      socket.end(bytes);
    },
    (reason, error) => new PrinterOfflineError(reason, target, { cause: error }),
  );
}

/**
 * Asks the printer for its real-time status (DLE EOT 1, 2 and 4). Never rejects: a printer that refuses, cannot
 * be reached, or does not answer in full before the deadline is reported offline.
 * @example printerHealth(await queryPrinterStatus({ host: '10.0.0.20', timeoutMs: 2000 }))
 */
export function queryPrinterStatus(target: PrinterTarget): Promise<PrinterStatus> {
  const received: number[] = [];
  return withConnection<PrinterStatus>(
    target,
    (socket, done) => {
      socket.on('data', (chunk: Buffer) => {
        received.push(...chunk);
        if (received.length >= STATUS_ANSWER_LENGTH) done(decodeRealTimeStatus(received.slice(0, STATUS_ANSWER_LENGTH)));
      });
      socket.write(STATUS_QUERY);
    },
    () => ({ ...OFFLINE_STATUS, raw: [...received] }),
  );
}
