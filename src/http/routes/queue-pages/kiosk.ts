import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { activePriorityReasons, issueTicket, kioskChoices, ticketView, type PriorityReason } from '../../../app/queue/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { formatDateTime } from '../../../ui/i18n/index.ts';
import { KioskHomePage, KioskPriorityPage, KioskRefusalPage, KioskUnitPage, type PriorityChoice } from '../../../ui/queue/kiosk-pages.tsx';
import { KioskTicketPage, PrintableTicketPage, type PrintOutcome } from '../../../ui/queue/kiosk-ticket.tsx';
import { requireDevice } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import { depsOf } from '../../auth/actor.ts';
import { CodeParams } from '../queue-api/schema.ts';
import { printAtKiosk } from './kiosk-print.ts';
import { followUrlOf } from '../queue-api/presenters.ts';
import { kioskUnitChoices, priorityChoices, qrSvg, ticketFacts } from './presenters.ts';
import { formField, formId } from '../../form.ts';

const guard = requireDevice('kiosk');
const PRINT_OUTCOMES: Record<string, PrintOutcome> = { ok: 'printed', blad: 'failed' };
// A booking's check-in says how its ticket will be called (`?rezerwacja=…`, set by the check-in's redirect).
const ARRIVAL_NOTICES: Record<string, string> = { 'na-czas': 'bookingArrival.ticket.onTime', 'po-czasie': 'bookingArrival.ticket.late' };

type Query = { Querystring: { pierwszenstwo?: string } };

/** The priority reason carried in the query, if it is one of the office's; anything else means a regular ticket. */
function chosenPriority(request: FastifyRequest<Query>, reasons: readonly PriorityReason[]): PriorityChoice | null {
  const code = request.query.pierwszenstwo;
  if (typeof code !== 'string' || code === '') return null;
  return priorityChoices(request, reasons).find((r) => r.code === code) ?? null;
}

/** /kiosk: the kiosk's screens (device kiosk), each a plain page or form, so the kiosk works without JavaScript. */
export function kioskPageRoutes(app: FastifyInstance): void {
  // What a kiosk shows changes with every ticket, and the next resident must not page back into it.
  const noStore = {
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header('cache-control', 'no-store');
    },
  };

  app.get<Query>('/kiosk', { schema: { hide: true }, preValidation: guard, ...noStore }, async (request, reply) => {
    const choices = await kioskChoices(await depsOf(request));
    const { units, mostUsed } = kioskUnitChoices(request, choices);
    const priority = chosenPriority(request, choices.priorityReasons);
    return sendPage(reply, KioskHomePage({ ctx: await pageContext(request), units, mostUsed, priority }));
  });

  app.get<Query & { Params: { unitId: string } }>(
    '/kiosk/wydzial/:unitId',
    { schema: { hide: true }, preValidation: guard, ...noStore },
    async (request, reply) => {
      const choices = await kioskChoices(await depsOf(request));
      const unit = kioskUnitChoices(request, choices).units.find((u) => String(u.unitId) === request.params.unitId);
      if (!unit) throw new DomainError('not_found', 'errors.notFound');
      const priority = chosenPriority(request, choices.priorityReasons);
      return sendPage(reply, KioskUnitPage({ ctx: await pageContext(request), unit, priority }));
    },
  );

  app.get('/kiosk/pierwszenstwo', { schema: { hide: true }, preValidation: guard, ...noStore }, async (request, reply) => {
    const reasons = priorityChoices(request, await activePriorityReasons(await depsOf(request)));
    return sendPage(reply, KioskPriorityPage({ ctx: await pageContext(request), reasons }));
  });

  app.post<{ Body: Record<string, unknown> | undefined }>(
    '/kiosk/bilety',
    { schema: { hide: true }, preValidation: guard },
    async (request, reply) => {
      const serviceId = formId(request.body, 'serviceId');
      const reason = formField(request.body, 'priorityReason').trim();
      let ticket;
      try {
        ticket = await issueTicket(await depsOf(request), {
          // Anything but a plain id is no service of ours: the use case answers "choose a service from the list".
          serviceId: serviceId ?? 0,
          priorityReason: reason === '' ? null : reason,
          groundFloor: false,
          source: 'kiosk',
          locale: request.locale,
        });
      } catch (error) {
        if (!(error instanceof DomainError) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
        const ctx = await pageContext(request);
        const first = Object.values(error.fields)[0];
        const message = first ? ctx.t(first.key, first.values) : ctx.t(error.key, error.values);
        reply.header('cache-control', 'no-store');
        return sendPage(reply, KioskRefusalPage({ ctx, message, status: statusOf(error) }), statusOf(error));
      }
      // The ticket is committed: printing happens now, outside the transaction, and cannot undo it.
      const printed = await printAtKiosk(request, ticket);
      const query = printed === 'printed' ? '?druk=ok' : printed === 'failed' ? '?druk=blad' : '';
      return reply.redirect(`/kiosk/bilet/${ticket.publicCode}${query}`, 303);
    },
  );

  app.get<{ Params: { code: string }; Querystring: { druk?: string; rezerwacja?: string } }>(
    '/kiosk/bilet/:code',
    {
      schema: { hide: true, params: CodeParams },
      preValidation: guard,
      ...noStore,
    },
    async (request, reply) => {
      const { code } = request.params;
      const facts = ticketFacts(request, await ticketView(app.deps, code));
      const print = PRINT_OUTCOMES[request.query.druk ?? ''] ?? 'none';
      // A new ticket waits: its status line would only repeat that.
      const shown = { ...facts, status: undefined };
      const notice = ARRIVAL_NOTICES[request.query.rezerwacja ?? ''];
      return sendPage(
        reply,
        KioskTicketPage({
          ctx: await pageContext(request),
          code,
          facts: shown,
          qrSvg: await qrSvg(followUrlOf(request, code)),
          print,
          notice: notice === undefined ? undefined : request.t(notice),
        }),
      );
    },
  );

  app.get<{ Params: { code: string } }>(
    '/kiosk/bilet/:code/druk',
    {
      schema: { hide: true, params: CodeParams },
      preValidation: guard,
      ...noStore,
    },
    async (request, reply) => {
      const { code } = request.params;
      const ticket = await ticketView(app.deps, code);
      return sendPage(
        reply,
        PrintableTicketPage({
          ctx: await pageContext(request),
          facts: ticketFacts(request, ticket),
          issuedAt: formatDateTime(request.locale, ticket.issuedAt),
          qrSvg: await qrSvg(followUrlOf(request, code)),
        }),
      );
    },
  );
}
