import { printerHealth, queryPrinterStatus, type PrinterStatus } from '../../devices/printer/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { kioskPrinter } from './kiosk-printer.ts';
import { recordHeartbeat, type HealthReading, type HeartbeatInput } from './record-heartbeat.ts';

// A heartbeat is an HTTP request the kiosk waits for: a silent printer must not hold it long.
const STATUS_TIMEOUT_MS = 2000;
// A printer asked this recently (a ticket just printed records it too) is not asked again: each question is a
// connection the printer serves instead of a ticket.
const PRINTER_FRESH_MS = 45_000;

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
  if (!printer) return recordHeartbeat(deps, input);
  const recent = await recentPrinterReading(deps);
  await recordHeartbeat(deps, input, recent ?? printerReading(await queryPrinterStatus({ ...printer, timeoutMs: STATUS_TIMEOUT_MS })));
}

const STATUS_FLAGS = ['online', 'paperEnd', 'paperNearEnd', 'coverOpen', 'error'] as const;

/**
 * The printer's reading kept on the kiosk's row when it was taken less than PRINTER_FRESH_MS ago; carried into
 * this heartbeat, so a printer out of paper stays on the administrator's list between two questions.
 */
async function recentPrinterReading(deps: UseCaseDeps): Promise<HealthReading | null> {
  const device = await deps.db
    .selectFrom('device')
    .select(['last_seen_at', 'health_details'])
    .where('id', '=', deps.actor.id)
    .executeTakeFirst();
  if (!device?.last_seen_at || deps.clock.now().getTime() - device.last_seen_at.getTime() >= PRINTER_FRESH_MS) return null;
  const stored = (device.health_details as { printer?: Record<string, unknown> } | null)?.printer;
  if (!stored || !STATUS_FLAGS.every((flag) => typeof stored[flag] === 'boolean')) return null;
  const flags = stored as Record<(typeof STATUS_FLAGS)[number], boolean>;
  return printerReading({ ...flags, raw: [] });
}
