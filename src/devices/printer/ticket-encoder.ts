// A queue ticket as ESC/POS bytes for an 80 mm thermal printer, Polish code page cp852.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';

/** The words printed beside the values, already translated by the caller (the adapter never translates). */
export interface TicketLabels {
  /** "Twój numer" */
  yourNumber: string;
  /** "Gdzie czekać" */
  whereToWait: string;
  /** "Osób przed Tobą" */
  peopleAhead: string;
  /** "Szacowany czas oczekiwania" */
  estimate: string;
  /** "Wydano" */
  issuedAt: string;
  /** "Śledź swoją kolejkę" — printed under the QR code. */
  follow: string;
}

/**
 * Everything a printed ticket shows. There is no field for a person's name on purpose: a ticket never carries one.
 */
export interface PrintableTicket {
  officeName: string;
  /** The ticket number, e.g. 'A012'. */
  number: string;
  serviceName: string;
  /** "Wizyta o 10:30" on a booking's ticket, already worded by the caller; absent or null on any other. */
  bookedVisit?: string | null;
  /**
   * How the ticket is served, one line each, printed bold under the service: "Poza kolejnością: Ciąża",
   * "Obsługa na parterze" (seed 7.1). Absent or empty for a regular ticket.
   */
  care?: readonly string[];
  /** Building, floor and room, one text line each. */
  whereToWait: readonly string[];
  /** Null when unknown (the line is left out). */
  peopleAhead: number | null;
  /** A range such as "ok. 10–15 min", or null when there is no estimate. */
  estimate: string | null;
  /** The issue time, already formatted in Europe/Warsaw by the caller. */
  issuedAt: string;
  /** The public page that follows the ticket; printed as a QR code. */
  followUrl: string;
  labels: TicketLabels;
}

export interface TicketLayout {
  /** Characters per line in font A: 48 on 80 mm printers of 203 dpi, 42 on those of 180 dpi. */
  columns?: 42 | 48;
}

/** The largest character magnification of ESC/POS (GS !) and of the encoder. */
const MAX_MAGNIFICATION = 8;
/** Module size of the QR code in dots; the largest the encoder allows, so that old phones read it too. */
const QR_MODULE_SIZE = 8;
/** Blank lines fed before the cut, so the last printed line clears the cutter. */
const FEED_BEFORE_CUT = 4;

// cp852 has the Polish letters but no typographic dashes, quotes or narrow spaces: the encoder would print '?'.
const TYPOGRAPHY: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u201e': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201a': "'",
  '\u2018': "'",
  '\u2019': "'",
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/**
 * Text as the printer can show it: typographic marks replaced by their plain forms, and control characters
 * (which could smuggle printer commands into the byte stream) replaced by spaces.
 */
export function printableText(value: string): string {
  let out = '';
  for (const character of value.normalize('NFC')) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else out += TYPOGRAPHY[character] ?? character;
  }
  return out;
}

/**
 * Encodes a ticket as ESC/POS for an 80 mm thermal printer: office name, the number as large as ESC/POS allows,
 * service, how it is served (priority, ground floor), where to wait (long lines wrap at the paper's edge),
 * people ahead, estimate, time, a QR code of the follow page, a full cut.
 * @example
 * const bytes = encodeTicket({ officeName: 'Urząd Miasta', number: 'A012', serviceName: 'Dowód osobisty',
 *   whereToWait: ['Budynek A', 'Parter', 'Sala 5'], peopleAhead: 3, estimate: 'ok. 10–15 min',
 *   issuedAt: '24.11.2026 10:15', followUrl: 'https://urzad.example/bilet/Xk3', labels });
 * await printTicket({ host: '10.0.0.20', timeoutMs: 5000 }, bytes);
 */
export function encodeTicket(ticket: PrintableTicket, layout: TicketLayout = {}): Uint8Array {
  const columns = layout.columns ?? 48;
  const { labels } = ticket;
  // The URL class percent-encodes the path and punycodes the host, so the QR data stays ASCII as the encoder needs.
  const followUrl = new URL(ticket.followUrl).href;
  const number = printableText(ticket.number).trim();
  const magnification = Math.max(1, Math.min(MAX_MAGNIFICATION, Math.floor(columns / Math.max(1, number.length))));

  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns,
    // The Epson table numbers code pages as most ESC/POS printers do: ESC t 18 selects cp852.
    codepageMapping: 'epson',
    feedBeforeCut: FEED_BEFORE_CUT,
    errors: 'strict',
  });

  encoder.initialize().codepage('cp852').align('center');
  encoder.bold(true).line(printableText(ticket.officeName)).bold(false);
  encoder.newline().line(printableText(labels.yourNumber));
  encoder.size(magnification, magnification).bold(true).line(number);
  encoder.bold(false).size(1, 1).newline();
  encoder.bold(true).line(printableText(ticket.serviceName)).bold(false);
  if (ticket.bookedVisit) encoder.bold(true).line(printableText(ticket.bookedVisit)).bold(false);
  for (const line of ticket.care ?? []) encoder.bold(true).line(printableText(line)).bold(false);

  encoder.newline().align('left');
  encoder.line(`${printableText(labels.whereToWait)}:`);
  for (const line of ticket.whereToWait) encoder.line(`  ${printableText(line)}`);
  if (ticket.peopleAhead !== null) encoder.line(`${printableText(labels.peopleAhead)}: ${ticket.peopleAhead}`);
  if (ticket.estimate !== null) encoder.line(`${printableText(labels.estimate)}: ${printableText(ticket.estimate)}`);
  encoder.line(`${printableText(labels.issuedAt)}: ${printableText(ticket.issuedAt)}`);

  encoder.newline().align('center');
  encoder.qrcode(followUrl, { model: 2, size: QR_MODULE_SIZE, errorlevel: 'm' });
  encoder.line(printableText(labels.follow));
  encoder.cut('full');
  return endAtCut(encoder.encode());
}

const GS = 0x1d;
const CUT = 0x56;

// The encoder ends every line, the cut's too, with a line feed; fed after the cut it would leave a blank line
// at the head of the next ticket, so the ticket ends at its cut.
function endAtCut(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end -= 1;
  const cutsThere = end >= 3 && bytes[end - 3] === GS && bytes[end - 2] === CUT;
  return cutsThere ? bytes.slice(0, end) : bytes;
}
