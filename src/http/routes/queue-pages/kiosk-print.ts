import type { FastifyRequest } from 'fastify';
import { recordHeartbeat } from '../../../app/devices/record-heartbeat.ts';
import type { IssuedTicket } from '../../../app/queue/index.ts';
import {
  DEFAULT_PRINTER_PORT,
  encodeTicket,
  printerHealth,
  printTicket,
  PrinterOfflineError,
  queryPrinterStatus,
  type PrinterTarget,
} from '../../../devices/printer/index.ts';
import { currentOffice } from '../../../storage/office-repository.ts';
import { formatDateTime } from '../../../ui/i18n/index.ts';
import type { PrintOutcome } from '../../../ui/queue/kiosk-ticket.tsx';
import { depsOf } from '../queue-api/actor.ts';
import { presentEstimate } from '../queue-api/presenters.ts';
import { visitText, whereLines } from './ticket-view.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';

// A resident stands at the kiosk while this runs: a silent printer must not keep them long.
const STATUS_TIMEOUT_MS = 2000;
const PRINT_TIMEOUT_MS = 5000;

/** The kiosk's printer from its settings (`{ "printer": { "host": "…", "port": 9100 } }`), or null when it has none. */
export function printerOf(settings: unknown): Omit<PrinterTarget, 'timeoutMs'> | null {
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
 * Prints a committed ticket on the kiosk's own printer (never inside the issuing transaction): asks the printer
 * its status first (paper end or an open cover would swallow the ticket), sends the ESC/POS bytes, and records
 * the printer's health on the kiosk's device row. A failure never undoes the ticket: the caller shows the number.
 * @example const outcome = await printAtKiosk(request, ticket); // 'printed' | 'failed' | 'none'
 */
export async function printAtKiosk(request: FastifyRequest, ticket: IssuedTicket): Promise<PrintOutcome> {
  const { db, config } = request.server.deps;
  const device = await db.selectFrom('device').select('settings').where('id', '=', request.device!.id).executeTakeFirst();
  const printer = printerOf(device?.settings);
  if (!printer) return 'none';
  const deps = depsOf(request, 'kiosk');
  const report = async (health: 'ok' | 'warning' | 'failed', details: object, failure?: string) => {
    try {
      await recordHeartbeat(deps, { health, details, ...(failure ? { failure } : {}) });
    } catch (error) {
      request.log.warn({ err: error }, 'kiosk printer health not recorded');
    }
  };
  const status = await queryPrinterStatus({ ...printer, timeoutMs: STATUS_TIMEOUT_MS });
  const { health, failure } = printerHealth(status);
  const details = {
    printer: {
      online: status.online,
      paperEnd: status.paperEnd,
      paperNearEnd: status.paperNearEnd,
      coverOpen: status.coverOpen,
      error: status.error,
    },
  };
  if (health === 'failed') {
    await report('failed', details, `printer: ${failure ?? 'error'}`);
    return 'failed';
  }
  const t = request.t;
  try {
    await printTicket(
      { ...printer, timeoutMs: PRINT_TIMEOUT_MS },
      encodeTicket({
        officeName: (await currentOffice(db)).name,
        number: ticket.number,
        serviceName: inLanguage(ticket.serviceName, request.locale).value,
        bookedVisit: ticket.bookedFor ? visitText(request, ticket.bookedFor) : null,
        whereToWait: whereLines(request, ticket.where),
        peopleAhead: ticket.peopleAhead,
        estimate: ticket.estimate.kind === 'range' ? presentEstimate(request, ticket.estimate).text : null,
        issuedAt: formatDateTime(request.locale, ticket.issuedAt),
        followUrl: `${config.publicUrl}/bilet/${ticket.publicCode}`,
        labels: {
          yourNumber: t('queue.kiosk.print.yourNumber'),
          whereToWait: t('queue.kiosk.print.whereToWait'),
          peopleAhead: t('queue.kiosk.print.peopleAhead'),
          estimate: t('queue.kiosk.print.estimate'),
          issuedAt: t('queue.kiosk.print.issuedAt'),
          follow: t('queue.kiosk.print.follow'),
        },
      }),
    );
  } catch (error) {
    if (!(error instanceof PrinterOfflineError)) request.log.error({ err: error }, 'kiosk ticket not printed');
    const reason = error instanceof PrinterOfflineError ? `offline (${error.reason})` : 'error';
    await report('failed', details, `printer: ${reason}`);
    return 'failed';
  }
  await report(health, details, failure ?? undefined);
  return 'printed';
}
