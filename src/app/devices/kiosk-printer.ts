import { DEFAULT_PRINTER_PORT, type PrinterTarget } from '../../devices/printer/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** Where a kiosk's own ticket printer listens. */
export type PrinterAddress = Omit<PrinterTarget, 'timeoutMs'>;

/**
 * The printer in a device's settings (`{ "printer": { "host": "…", "port": 9100 } }`), or null when it has none.
 * @example printerOf({ printer: { host: '10.0.0.7' } }) // { host: '10.0.0.7', port: 9100 }
 */
export function printerOf(settings: unknown): PrinterAddress | null {
  if (settings === null || typeof settings !== 'object') return null;
  const printer = (settings as { printer?: unknown }).printer;
  if (printer === null || typeof printer !== 'object') return null;
  const { host, port } = printer as { host?: unknown; port?: unknown };
  if (typeof host !== 'string' || host.trim() === '') return null;
  return {
    host: host.trim(),
    port: typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PRINTER_PORT,
  };
}

/**
 * The acting kiosk's own ticket printer, from its device settings; null when it has none (it prints nothing).
 * @example const printer = await kioskPrinter(deps); if (printer) await printTicket({ ...printer, timeoutMs: 5000 }, bytes);
 */
export async function kioskPrinter(deps: UseCaseDeps): Promise<PrinterAddress | null> {
  if (deps.actor.kind !== 'device' || deps.actor.id === null) return null;
  const device = await deps.db.selectFrom('device').select('settings').where('id', '=', deps.actor.id).executeTakeFirst();
  return printerOf(device?.settings);
}
