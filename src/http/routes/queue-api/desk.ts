import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import {
  callNext,
  callTicket,
  closeDesk,
  deskPanel,
  deskWaitingCounts,
  finishService,
  isQueueMove,
  markNoShow,
  openDesk,
  pauseDesk,
  recallTicket,
  resumeDesk,
  returnToQueue,
  startService,
  transferTicket,
} from '../../../app/queue/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { deskGroundFloorAlerts, isGroundFloorEvent } from '../../../app/special-needs/index.ts';
import { groundFloorMessage } from '../../../ui/special-needs/ground-floor-message.ts';
import { pageContext } from '../../page.ts';
import { requireRole } from '../../auth/guards.ts';
import { depsOf } from '../../auth/actor.ts';
import { presentDeskPanel, presentDeskWaiting } from './presenters.ts';
import { coalesced, hubOf, openEventStream, type EventStream } from './sse.ts';
import { FinishBody, OpenDeskBody, TicketParams, TransferBody } from './schema.ts';

const guard = requireRole('clerk');
const tags = ['desk'];
const clerk = (request: FastifyRequest): Promise<UseCaseDeps> => depsOf(request, 'clerk');

/** The desk panel's API (role clerk): the desk session and every action on the ticket in hand. */
export function deskRoutes(app: FastifyInstance): void {
  app.get(
    '/api/stanowisko',
    {
      preValidation: guard,
      schema: { tags, summary: 'The clerk’s desk session, ticket in hand and waiting counts of the desk’s services.' },
    },
    async (request) => presentDeskPanel(request, await deskPanel(await clerk(request))),
  );

  app.get(
    '/api/stanowisko/zdarzenia',
    {
      preValidation: guard,
      schema: {
        tags,
        summary: 'Server-Sent Events of the clerk’s desk: its waiting counts and the ticket in hand, sent again whenever the queue moves.',
      },
    },
    async (request, reply) => {
      const deps = await clerk(request);
      const hub = hubOf(request);
      const send = async (stream: EventStream): Promise<void> => {
        if (!stream.closed) stream.send(null, 'waiting', presentDeskWaiting(request, await deskWaitingCounts(deps)));
      };
      const refresh = coalesced(request, send);
      // The ground floor's alerts for the desk's services (seed 7.1) come on the same stream.
      const ctx = await pageContext(request);
      const sendAlerts = async (stream: EventStream): Promise<void> => {
        const alerts = await deskGroundFloorAlerts(deps);
        if (!stream.closed) stream.send(null, 'groundFloor', groundFloorMessage(ctx, alerts, 'clerk'));
      };
      const refreshAlerts = coalesced(request, sendAlerts);
      await openEventStream(request, reply, hub, {
        replay: async (stream) => {
          await Promise.all([send(stream), sendAlerts(stream)]);
          return new Set();
        },
        onEvent: (stream, event) => {
          if (event.officeId !== deps.actor.officeId) return;
          if (isGroundFloorEvent(event.kind)) refreshAlerts(stream);
          else if (isQueueMove(event.kind)) refresh(stream);
        },
      });
    },
  );

  app.post<{ Body: Static<typeof OpenDeskBody> }>(
    '/api/stanowisko/otworz',
    { preValidation: guard, schema: { tags, summary: 'Opens a desk for the day.', body: OpenDeskBody } },
    async (request, reply) => reply.code(201).send(await openDesk(await clerk(request), { deskId: request.body.deskId })),
  );
  app.post('/api/stanowisko/przerwa', { preValidation: guard, schema: { tags, summary: 'Pauses the clerk’s desk.' } }, async (request) =>
    pauseDesk(await clerk(request)),
  );
  app.post(
    '/api/stanowisko/wznow',
    { preValidation: guard, schema: { tags, summary: 'Resumes the clerk’s paused desk.' } },
    async (request) => resumeDesk(await clerk(request)),
  );
  app.post(
    '/api/stanowisko/zamknij',
    { preValidation: guard, schema: { tags, summary: 'Closes the clerk’s desk for the day.' } },
    async (request) => closeDesk(await clerk(request)),
  );

  app.post(
    '/api/stanowisko/wezwij-nastepny',
    {
      preValidation: guard,
      schema: { tags, summary: 'Calls the next ticket in the office’s call order; ticketId null when nobody waits.' },
    },
    async (request) => callNext(await clerk(request)),
  );

  type WithTicket = { Params: Static<typeof TicketParams> };
  const simple = { recall: recallTicket, call: callTicket, noShow: markNoShow, start: startService, back: returnToQueue };
  const paths: [string, keyof typeof simple, string][] = [
    ['wezwij', 'call', 'Calls a ticket the clerk chose.'],
    ['wezwij-ponownie', 'recall', 'Calls the desk’s ticket again (counted).'],
    ['nieobecny', 'noShow', 'Records that the resident did not come after the required recalls.'],
    ['rozpocznij', 'start', 'Starts serving the called resident.'],
    ['zwroc', 'back', 'Puts the ticket back into its queue, keeping its place.'],
  ];
  for (const [path, action, summary] of paths) {
    app.post<WithTicket>(
      `/api/stanowisko/bilety/:ticketId/${path}`,
      { preValidation: guard, schema: { tags, summary, params: TicketParams } },
      async (request) => simple[action](await clerk(request), { ticketId: request.params.ticketId }),
    );
  }
  app.post<WithTicket & { Body: Static<typeof FinishBody> }>(
    '/api/stanowisko/bilety/:ticketId/zakoncz',
    {
      preValidation: guard,
      schema: { tags, summary: 'Finishes the service with its outcome.', params: TicketParams, body: FinishBody },
    },
    async (request) => finishService(await clerk(request), { ticketId: request.params.ticketId, outcome: request.body.outcome }),
  );
  app.post<WithTicket & { Body: Static<typeof TransferBody> }>(
    '/api/stanowisko/bilety/:ticketId/przekaz',
    {
      preValidation: guard,
      schema: {
        tags,
        summary: 'Transfers the ticket to another service or desk, keeping the arrival time (once).',
        params: TicketParams,
        body: TransferBody,
      },
    },
    async (request) =>
      transferTicket(await clerk(request), {
        ticketId: request.params.ticketId,
        serviceId: request.body.serviceId,
        deskId: request.body.deskId ?? null,
      }),
  );
}
