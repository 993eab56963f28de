import type { FastifyRequest } from 'fastify';
import { devicePrinterProblem } from '../../../app/announcements/index.ts';
import { kioskPrinter, recordHeartbeat } from '../../../app/devices/index.ts';
import { isPrinterProblem } from '../../../domain/announcements/index.ts';
import type { IssuedTicket, KioskTicketSetting } from '../../../app/queue/index.ts';
import { encodeTicket, printerHealth, printTicket, PrinterOfflineError, queryPrinterStatus } from '../../../devices/printer/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import { formatDateTime } from '../../../ui/i18n/index.ts';
import type { PrintOutcome } from '../../../ui/queue/kiosk-ticket.tsx';
import { officeOf } from '../../office.ts';
import { depsOf } from '../../auth/actor.ts';
import { followUrlOf, presentEstimate } from '../queue-api/presenters.ts';
import { careLines, kioskPlace } from './kiosk-presenters.ts';
import { visitText } from './presenters.ts';

// A resident stands at the kiosk while this runs: a silent printer must not keep them long.
const STATUS_TIMEOUT_MS = 2000;
const PRINT_TIMEOUT_MS = 5000;

/**
 * Prints a committed ticket on the kiosk's own printer (never inside the issuing transaction): asks the printer
 * its status first (paper end or an open cover would swallow the ticket), sends the ESC/POS bytes, and records
 * the printer's health on the kiosk's device row. A failure never undoes the ticket: the caller shows the number.
 * The ticket says how it is served (priority, ground floor) and, in another building, its address.
 * @example const outcome = await printAtKiosk(request, ticket, await kioskTicketSetting(deps, null, false)); // 'printed' | 'failed' | 'none'
 */
export async function printAtKiosk(request: FastifyRequest, ticket: IssuedTicket, setting: KioskTicketSetting): Promise<PrintOutcome> {
  const deps = await depsOf(request);
  const printer = await kioskPrinter(deps);
  if (!printer) return 'none';
  // After a failure the kiosk stops offering the printout until its printer reports itself well (the heartbeat
  // asks it): the number and its QR code are on the screen at once, without a resident waiting for a dead printer.
  if (deps.actor.id !== null && isPrinterProblem(await devicePrinterProblem(deps, deps.actor.id))) return 'failed';
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
        officeName: (await officeOf(request)).name,
        number: ticket.number,
        serviceName: inLanguage(ticket.serviceName, request.locale).value,
        bookedVisit: ticket.bookedFor ? visitText(request, ticket.bookedFor) : null,
        care: careLines(request, setting),
        whereToWait: kioskPlace(request, ticket.where, setting).lines,
        peopleAhead: ticket.peopleAhead,
        estimate: ticket.estimate.kind === 'range' ? presentEstimate(request, ticket.estimate).text : null,
        issuedAt: formatDateTime(request.locale, ticket.issuedAt),
        followUrl: followUrlOf(request, ticket.publicCode),
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
    const printerDetails = { ...details.printer, ...(error instanceof PrinterOfflineError ? { online: false } : { error: true }) };
    await report('failed', { printer: printerDetails }, `printer: ${reason}`);
    return 'failed';
  }
  await report(health, details, failure ?? undefined);
  return 'printed';
}
