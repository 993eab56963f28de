import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  activePriorityReasons,
  confirmHandout,
  issueTicket,
  kioskChoices,
  kioskTicketSetting,
  kioskTicketView,
} from '../../../app/queue/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { formatDateTime } from '../../../ui/i18n/index.ts';
import { KioskGroundFloorPage, KioskHomePage, KioskPriorityPage, KioskRefusalPage, KioskUnitPage } from '../../../ui/queue/kiosk-pages.tsx';
import { KIOSK_HOME, KIOSK_IDLE_SECONDS } from '../../../ui/queue/kiosk-frame.tsx';
import { KioskTicketPage, PrintableTicketPage, type PrintOutcome } from '../../../ui/queue/kiosk-ticket.tsx';
import { requireDevice } from '../../auth/guards.ts';
import { describeError, pageErrors } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import { depsOf } from '../../auth/actor.ts';
import { CodeParams } from '../queue-api/schema.ts';
import { printAtKiosk } from './kiosk-print.ts';
import { followUrlOf, peopleAheadText } from '../queue-api/presenters.ts';
import { priorityChoices, qrSvg, ticketFacts } from './presenters.ts';
import { careLines, careText, issuedSetting, kioskChoiceOf, kioskPlace, kioskScreens } from './kiosk-presenters.ts';
import { formField, formId } from '../../form.ts';

const guard = requireDevice('kiosk');
const PRINT_OUTCOMES: Record<string, PrintOutcome> = { ok: 'printed', blad: 'failed' };
// A booking's check-in says how its ticket will be called (`?rezerwacja=…`, set by the check-in's redirect).
const ARRIVAL_NOTICES: Record<string, string> = { 'na-czas': 'bookingArrival.ticket.onTime', 'po-czasie': 'bookingArrival.ticket.late' };

type ChoiceQuery = { Querystring: { pierwszenstwo?: string; parter?: string } };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The kiosk's error page when even the office's name cannot be read (the database is away): back to the start soon. */
function kioskFallbackPage(request: FastifyRequest, message: string): string {
  const back = escapeHtml(request.t('queue.kiosk.backToStart'));
  return [
    `<!doctype html><html lang="${request.locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="refresh" content="${KIOSK_IDLE_SECONDS.refusal};url=${KIOSK_HOME}">`,
    `<title>${escapeHtml(request.t('errors.pageTitle'))}</title><link rel="stylesheet" href="/static/css/okienko.css"></head>`,
    `<body class="kiosk"><main id="tresc" class="kiosk__main"><h1 class="kiosk__title">${escapeHtml(request.t('queue.kiosk.refusalTitle'))}</h1>`,
    `<p class="kiosk__lead kiosk__lead--alert" role="alert">${escapeHtml(message)}</p>`,
    `<p><a class="kiosk__tile kiosk__tile--primary" href="/kiosk"><span class="kiosk__tile-title">${back}</span></a></p></main></body></html>`,
  ].join('');
}

/**
 * A refusal or a fault on a kiosk screen: the kiosk's own refusal page with the way back to the kiosk's start
 * (never the public site's `/`), which also goes back there by itself. Without a device, the pages' handler.
 */
async function kioskErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const described = describeError(error);
  if (!request.device || described?.error.kind === 'unauthenticated' || described?.error.kind === 'forbidden') {
    return pageErrors(error, request, reply);
  }
  if (!described) request.log.error({ err: error }, 'unhandled error');
  const status = described?.status ?? 500;
  const field = described ? Object.values(described.error.fields)[0] : undefined;
  const message = field
    ? request.t(field.key, field.values)
    : described
      ? request.t(described.error.key, described.error.values)
      : request.t('errors.internal');
  reply.header('cache-control', 'no-store');
  if (described?.error.kind === 'unavailable') reply.header('retry-after', '5');
  const ctx = await pageContext(request).catch(() => null);
  if (!ctx) return reply.code(status).type('text/html; charset=utf-8').send(kioskFallbackPage(request, message));
  return sendPage(reply, KioskRefusalPage({ ctx, message, status }), status);
}

/** /kiosk: the kiosk's screens (device kiosk), each a plain page or form, so the kiosk works without JavaScript. */
export function kioskPageRoutes(app: FastifyInstance): void {
  // What a kiosk shows changes with every ticket, and the next resident must not page back into it.
  const kiosk = {
    schema: { hide: true },
    preValidation: guard,
    errorHandler: kioskErrors,
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header('cache-control', 'no-store');
    },
  };

  app.get<ChoiceQuery>('/kiosk', kiosk, async (request, reply) => {
    const choices = await kioskChoices(await depsOf(request));
    const choice = kioskChoiceOf(request.query, priorityChoices(request, choices.priorityReasons));
    const { units, mostUsed, notice } = kioskScreens(request, choices, choice);
    return sendPage(reply, KioskHomePage({ ctx: await pageContext(request), units, mostUsed, choice, notice }));
  });

  app.get<ChoiceQuery & { Params: { unitId: string } }>('/kiosk/wydzial/:unitId', kiosk, async (request, reply) => {
    const choices = await kioskChoices(await depsOf(request));
    const choice = kioskChoiceOf(request.query, priorityChoices(request, choices.priorityReasons));
    const unit = kioskScreens(request, choices, choice).units.find((u) => String(u.unitId) === request.params.unitId);
    if (!unit) throw new DomainError('not_found', 'errors.notFound');
    return sendPage(reply, KioskUnitPage({ ctx: await pageContext(request), unit, choice }));
  });

  app.get('/kiosk/pierwszenstwo', kiosk, async (request, reply) => {
    const reasons = priorityChoices(request, await activePriorityReasons(await depsOf(request)));
    return sendPage(reply, KioskPriorityPage({ ctx: await pageContext(request), reasons }));
  });

  app.get<ChoiceQuery>('/kiosk/parter', kiosk, async (request, reply) => {
    const reasons = priorityChoices(request, await activePriorityReasons(await depsOf(request)));
    const { priority } = kioskChoiceOf(request.query, reasons);
    // Without a reason there is no ground-floor ticket to ask about (seed 7.1 pairs them): choose one first.
    if (!priority) return reply.redirect('/kiosk/pierwszenstwo', 303);
    return sendPage(reply, KioskGroundFloorPage({ ctx: await pageContext(request), priority }));
  });

  app.post<{ Body: Record<string, unknown> | undefined }>('/kiosk/bilety', kiosk, async (request, reply) => {
    const serviceId = formId(request.body, 'serviceId');
    const reason = formField(request.body, 'priorityReason').trim();
    const issueKey = formField(request.body, 'issueKey').trim();
    const deps = await depsOf(request);
    const ticket = await issueTicket(deps, {
      // Anything but a plain id is no service of ours: the use case answers "choose a service from the list".
      serviceId: serviceId ?? 0,
      priorityReason: reason === '' ? null : reason,
      groundFloor: formField(request.body, 'groundFloor') === 'tak',
      source: 'kiosk',
      locale: request.locale,
      issueKey: issueKey === '' ? null : issueKey,
      awaitingHandout: true,
    });
    // The ticket is committed: printing happens now, outside the transaction, and cannot undo it.
    const { priorityReason, groundFloor } = issuedSetting(ticket);
    const printed = await printAtKiosk(request, ticket, await kioskTicketSetting(deps, priorityReason, groundFloor));
    if (printed === 'printed') await confirmHandout(deps, { publicCode: ticket.publicCode });
    const query = printed === 'printed' ? '?druk=ok' : printed === 'failed' ? '?druk=blad' : '';
    return reply.redirect(`/kiosk/bilet/${ticket.publicCode}${query}`, 303);
  });

  app.get<{ Params: { code: string }; Querystring: { druk?: string; rezerwacja?: string } }>(
    '/kiosk/bilet/:code',
    { ...kiosk, schema: { hide: true, params: CodeParams } },
    async (request, reply) => {
      const { code } = request.params;
      const deps = await depsOf(request);
      const ticket = await kioskTicketView(deps, code);
      // Shown on the kiosk that issued it: the ticket reached its holder (see unclaimed-tickets.ts).
      await confirmHandout(deps, { publicCode: code });
      const facts = ticketFacts(request, ticket);
      const place = kioskPlace(request, ticket.where, ticket);
      const care = careText(request, ticket);
      const nobodyAhead = ticket.status.peopleAhead === 0;
      const print = PRINT_OUTCOMES[request.query.druk ?? ''] ?? 'none';
      const notice = ARRIVAL_NOTICES[request.query.rezerwacja ?? ''];
      return sendPage(
        reply,
        KioskTicketPage({
          ctx: await pageContext(request),
          code,
          facts: {
            ...facts,
            // A new ticket waits: its status line would only repeat that. With nobody ahead, one line says it all.
            status: undefined,
            ...(care !== null ? { care } : {}),
            where: facts.where === null ? null : place.text,
            peopleAhead: nobodyAhead ? `${peopleAheadText(request, 0)} — ${request.t('queue.kiosk.result.next')}` : facts.peopleAhead,
            estimate: nobodyAhead ? null : facts.estimate,
          },
          qrSvg: await qrSvg(followUrlOf(request, code)),
          print,
          notice: notice === undefined ? undefined : request.t(notice),
          elsewhere: facts.where === null ? null : place.elsewhere,
        }),
      );
    },
  );

  app.get<{ Params: { code: string } }>(
    '/kiosk/bilet/:code/druk',
    { ...kiosk, schema: { hide: true, params: CodeParams } },
    async (request, reply) => {
      const { code } = request.params;
      const ticket = await kioskTicketView(await depsOf(request), code);
      const facts = ticketFacts(request, ticket);
      return sendPage(
        reply,
        PrintableTicketPage({
          ctx: await pageContext(request),
          code,
          facts,
          care: careLines(request, ticket),
          where: facts.where === null ? [] : kioskPlace(request, ticket.where, ticket).lines,
          issuedAt: formatDateTime(request.locale, ticket.issuedAt),
          qrSvg: await qrSvg(followUrlOf(request, code)),
        }),
      );
    },
  );
}
