import type { FastifyInstance } from 'fastify';
import { affectsTicket, ticketEventsAfter, ticketStatus } from '../../../app/queue/index.ts';
import { hubOf, lastEventIdOf, openEventStream, type EventStream } from './sse.ts';
import { presentTicketEvent, presentTicketStatus } from './presenters.ts';
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
          'Server-Sent Events of one ticket: its own events (replayed after Last-Event-ID) and its fresh status whenever its queue moves.',
        params: CodeParams,
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      // An unknown code is a 404 before any stream opens.
      const first = await ticketStatus(app.deps, code);
      const ticket = { ticketId: first.ticketId, serviceId: first.serviceId };
      const hub = hubOf(request);
      const after = lastEventIdOf(request);
      // One status computation at a time per stream; events meanwhile only mark it stale.
      let running = false;
      let stale = false;
      const refresh = async (stream: EventStream, id: string) => {
        if (running) {
          stale = true;
          return;
        }
        running = true;
        try {
          do {
            stale = false;
            const status = await ticketStatus(app.deps, code);
            ticket.serviceId = status.serviceId;
            stream.send(id, 'status', presentTicketStatus(request, status));
          } while (stale && !stream.closed);
        } catch (error) {
          request.log.warn({ err: error }, 'ticket status refresh failed');
        } finally {
          running = false;
        }
      };
      await openEventStream(request, reply, hub, {
        replay: async (stream) => {
          const replayed = new Set<string>();
          if (after !== null) {
            for (const event of await ticketEventsAfter(app.deps, ticket.ticketId, after)) {
              replayed.add(event.id);
              stream.send(event.id, 'ticket', presentTicketEvent(event));
            }
          }
          stream.send(null, 'status', presentTicketStatus(request, first));
          return replayed;
        },
        onEvent: (stream, event) => {
          if (event.ticketId === ticket.ticketId) stream.send(event.id, 'ticket', presentTicketEvent(event));
          if (affectsTicket(event, ticket)) void refresh(stream, event.id);
        },
      });
    },
  );
}
