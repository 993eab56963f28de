// ESC/POS real-time status (DLE EOT n): the bytes to ask with, and the decoding of the answers. Pure: no I/O.

/** DLE EOT n for n = 1 (printer status), 2 (offline cause), 4 (paper roll sensor), sent in this order. */
export const STATUS_QUERY: Uint8Array = Uint8Array.of(0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04);
/** One answer byte per query of STATUS_QUERY. */
export const STATUS_ANSWER_LENGTH = 3;

export interface PrinterStatus {
  online: boolean;
  paperEnd: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
  /** The printer reports an error, or answered with bytes that are not an ESC/POS status. */
  error: boolean;
  /** The bytes the printer answered with; empty when it did not answer. */
  raw: readonly number[];
}

export type PrinterHealth = 'ok' | 'warning' | 'failed';
export type PrinterFailure = 'offline' | 'paper_end' | 'cover_open' | 'error' | 'paper_near_end';

// Every status byte has bit 0 off, bit 1 on, bit 4 on and bit 7 off ("fixed" in the ESC/POS reference).
const FIXED_MASK = 0b1001_0011;
const FIXED_VALUE = 0b0001_0010;
// n = 1, printer status: bit 3 on = offline.
const PRINTER_OFFLINE = 0b0000_1000;
// n = 2, offline cause: bit 2 cover open, bit 5 printing stopped at paper end, bit 6 error.
const CAUSE_COVER_OPEN = 0b0000_0100;
const CAUSE_PAPER_END_STOP = 0b0010_0000;
const CAUSE_ERROR = 0b0100_0000;
// n = 4, roll paper sensor: bits 2-3 near end, bits 5-6 paper end (both bits of a pair are set together).
const SENSOR_NEAR_END = 0b0000_1100;
const SENSOR_PAPER_END = 0b0110_0000;

/** The status of a printer that did not answer (refused, unreachable or silent until the timeout). */
export const OFFLINE_STATUS: PrinterStatus = Object.freeze({
  online: false,
  paperEnd: false,
  paperNearEnd: false,
  coverOpen: false,
  error: false,
  raw: Object.freeze([]),
});

/**
 * Decodes the three answer bytes of STATUS_QUERY (printer status, offline cause, paper roll sensor).
 * Missing bytes mean the printer did not answer in full: offline. A byte whose fixed bits are wrong did not come
 * from an ESC/POS status: offline with an error.
 * @example decodeRealTimeStatus([0x12, 0x12, 0x1e]) // online, paper near end
 */
export function decodeRealTimeStatus(answer: ArrayLike<number>): PrinterStatus {
  const raw = Array.from(answer);
  const [printer, cause, sensor] = raw;
  if (printer === undefined || cause === undefined || sensor === undefined) return { ...OFFLINE_STATUS, raw };
  if (raw.slice(0, STATUS_ANSWER_LENGTH).some((byte) => (byte & FIXED_MASK) !== FIXED_VALUE)) {
    return { ...OFFLINE_STATUS, error: true, raw };
  }
  return {
    online: (printer & PRINTER_OFFLINE) === 0,
    paperEnd: (sensor & SENSOR_PAPER_END) !== 0 || (cause & CAUSE_PAPER_END_STOP) !== 0,
    paperNearEnd: (sensor & SENSOR_NEAR_END) !== 0,
    coverOpen: (cause & CAUSE_COVER_OPEN) !== 0,
    error: (cause & CAUSE_ERROR) !== 0,
    raw,
  };
}

/**
 * The device health a status means, with its cause: a printer that cannot print has failed, one whose paper is
 * running out warns. The most specific cause wins (a printer at paper end also reports itself offline).
 * `failure` names the cause of a warning too, and is null only when all is well.
 * @example printerHealth(decodeRealTimeStatus([0x1a, 0x32, 0x72])) // { health: 'failed', failure: 'paper_end' }
 */
export function printerHealth(status: PrinterStatus): { health: PrinterHealth; failure: PrinterFailure | null } {
  if (status.paperEnd) return { health: 'failed', failure: 'paper_end' };
  if (status.coverOpen) return { health: 'failed', failure: 'cover_open' };
  if (status.error) return { health: 'failed', failure: 'error' };
  if (!status.online) return { health: 'failed', failure: 'offline' };
  if (status.paperNearEnd) return { health: 'warning', failure: 'paper_near_end' };
  return { health: 'ok', failure: null };
}
