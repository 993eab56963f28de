import type { FastifyInstance } from 'fastify';
import {
  affectsTicket,
  ticketEventsAfter,
  ticketStatus,
  ticketSurroundings,
  type PublicTicketStatus,
  type TicketSurroundings,
  type TicketView,
} from '../../../app/queue/index.ts';
import { coalesced, hubOf, lastEventIdOf, openEventStream, type EventStream } from './sse.ts';
import { presentFollowStatus, presentTicketEvent, presentTicketStatus } from './presenters.ts';
import { CodeParams } from './schema.ts';

/** The public follow page's data: by the ticket's unguessable code, no login, nothing personal. */
export function publicTicketRoutes(app: FastifyInstance): void {
  const rateLimit = { max: 120, timeWindow: '1 minute' };

  app.get<{ Params: { code: string } }>(
    '/api/bilet/:code',
    {
      config: { rateLimit },
      schema: {
        tags: ['queue'],
        summary: 'A ticket’s status by its public code: number, status, desk when called, people ahead, estimate.',
        params: CodeParams,
      },
    },
    async (request) => presentTicketStatus(request, await ticketStatus(app.deps, request.params.code)),
  );

  app.get<{ Params: { code: string } }>(
    '/api/bilet/:code/zdarzenia',
    {
      config: { rateLimit },
      schema: {
        tags: ['queue'],
        summary:
          'Server-Sent Events of one ticket: its own events (replayed after Last-Event-ID) and its fresh status (with its service and where to go) whenever its queue moves.',
        params: CodeParams,
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      // An unknown code is a 404 before any stream opens; the status itself is read again once subscribed.
      const first = await ticketStatus(app.deps, code);
      const ticket = { ticketId: first.ticketId, serviceId: first.serviceId };
      const hub = hubOf(request);
      const after = lastEventIdOf(request);
      // The service's name and the places change only with a transfer or a call: read again only then.
      let known: { key: string; surroundings: TicketSurroundings } | null = null;
      const viewOf = async (status: PublicTicketStatus): Promise<TicketView> => {
        const key = `${status.serviceId}/${status.deskId ?? ''}`;
        if (known?.key !== key) known = { key, surroundings: await ticketSurroundings(app.deps, status) };
        return { status, ...known.surroundings };
      };
      const refresh = coalesced(request, async ({ stream, id }: { stream: EventStream; id: string }) => {
        if (stream.closed) return;
        const status = await ticketStatus(app.deps, code);
        ticket.serviceId = status.serviceId;
        stream.send(id, 'status', presentFollowStatus(request, await viewOf(status)));
      });
      await openEventStream(request, reply, hub, {
        replay: async (stream) => {
          const replayed = new Set<string>();
          if (after !== null) {
            for (const event of await ticketEventsAfter(app.deps, ticket.ticketId, after)) {
              replayed.add(event.id);
              stream.send(event.id, 'ticket', presentTicketEvent(event));
            }
          }
          // Read again now that the stream is subscribed: a call made between the first read and the subscription
          // would otherwise be in neither the status sent here nor the events that follow.
          stream.send(null, 'status', presentFollowStatus(request, await viewOf(await ticketStatus(app.deps, code))));
          return replayed;
        },
        onEvent: (stream, event) => {
          if (event.ticketId === ticket.ticketId) stream.send(event.id, 'ticket', presentTicketEvent(event));
          if (affectsTicket(event, ticket)) refresh({ stream, id: event.id });
        },
      });
    },
  );
}
