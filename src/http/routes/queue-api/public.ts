import type { FastifyInstance } from 'fastify';
import { ticketStatus } from '../../../app/queue/index.ts';
import { isPublicCode } from '../../../app/queue/public-code.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { queueEventOf, type QueueEvent } from '../../../storage/queue-events.ts';
import { hubOf, lastEventIdOf, openEventStream, type EventStream } from './sse.ts';
import { presentTicketStatus } from './presenters.ts';
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
    async (request) => {
      return presentTicketStatus(request, await ticketStatus(app.deps.db, request.params.code, app.deps.clock.now()));
    },
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
      if (!isPublicCode(code)) throw notFound('queue.ticket.not_found');
      const first = await ticketStatus(app.deps.db, code, app.deps.clock.now());
      const ticketId = first.ticketId;
      let serviceId = first.serviceId;
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
            const status = await ticketStatus(app.deps.db, code, app.deps.clock.now());
            serviceId = status.serviceId;
            stream.send(id, 'status', presentTicketStatus(request, status));
          } while (stale && !stream.closed);
        } catch (error) {
          request.log.warn({ err: error }, 'ticket status refresh failed');
        } finally {
          running = false;
        }
      };
      const own = (event: QueueEvent) => ({
        kind: event.kind,
        at: event.at.toISOString(),
        number: event.payload.number,
        status: event.payload.status,
        deskNumber: event.payload.deskNumber ?? null,
      });
      await openEventStream(request, reply, hub, {
        replay: async (stream) => {
          const replayed = new Set<string>();
          if (after !== null) {
            const rows = await app.deps.db
              .selectFrom('queue_event')
              .selectAll()
              .where('ticket_id', '=', ticketId)
              .where('id', '>', after)
              .orderBy('id')
              .execute();
            for (const row of rows) {
              const event = queueEventOf(row);
              replayed.add(event.id);
              stream.send(event.id, 'ticket', own(event));
            }
          }
          stream.send(null, 'status', presentTicketStatus(request, first));
          return replayed;
        },
        onEvent: (stream, event) => {
          if (event.ticketId === ticketId) stream.send(event.id, 'ticket', own(event));
          const moves =
            event.ticketId === ticketId ||
            event.payload.serviceId === serviceId ||
            event.payload.fromServiceId === serviceId ||
            event.kind.startsWith('desk.');
          if (moves) void refresh(stream, event.id);
        },
      });
    },
  );
}
