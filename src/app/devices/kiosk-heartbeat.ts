import { printerHealth, queryPrinterStatus, type PrinterStatus } from '../../devices/printer/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { kioskPrinter } from './kiosk-printer.ts';
import { recordHeartbeat, type HealthReading, type HeartbeatInput } from './record-heartbeat.ts';

// A heartbeat is an HTTP request the kiosk waits for: a silent printer must not hold it long.
const STATUS_TIMEOUT_MS = 2000;

/**
 * A printer's status as a health reading of the kiosk it belongs to (`details.printer`, `failure` "printer: …").
 * @example printerReading(status) // { health: 'failed', failure: 'printer: paper_end', details: { printer: { … } } }
 */
export function printerReading(status: PrinterStatus): HealthReading {
  const { health, failure } = printerHealth(status);
  const { online, paperEnd, paperNearEnd, coverOpen, error } = status;
  return {
    health,
    failure: failure === null ? null : `printer: ${failure}`,
    details: { printer: { online, paperEnd, paperNearEnd, coverOpen, error } },
  };
}

/**
 * A device's heartbeat; for a kiosk that prints through the server, its printer is asked how it is at the same
 * time, so that the administrator's list shows a printer out of paper before a resident finds it.
 * @example await recordDeviceHeartbeat(deps, { health: 'ok', details: { screen: 'start' } });
 */
export async function recordDeviceHeartbeat(deps: UseCaseDeps, input: HeartbeatInput): Promise<void> {
  const printer = await kioskPrinter(deps);
  const reading = printer ? printerReading(await queryPrinterStatus({ ...printer, timeoutMs: STATUS_TIMEOUT_MS })) : undefined;
  await recordHeartbeat(deps, input, reading);
}
