// The thermal ticket printer: ESC/POS encoding of a ticket, sending over TCP, real-time status and health.
export { encodeTicket, printableText, type PrintableTicket, type TicketLabels, type TicketLayout } from './ticket-encoder.ts';
export {
  printTicket,
  queryPrinterStatus,
  PrinterOfflineError,
  DEFAULT_PRINTER_PORT,
  type PrinterTarget,
  type OfflineReason,
} from './tcp-printer.ts';
export {
  decodeRealTimeStatus,
  printerHealth,
  STATUS_QUERY,
  type PrinterStatus,
  type PrinterHealth,
  type PrinterFailure,
} from './printer-status.ts';
