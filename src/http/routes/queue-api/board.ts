import type { FastifyInstance } from 'fastify';
import { queueSnapshot } from '../../../app/queue/index.ts';
import { queueEventsAfter } from '../../../storage/queue-repository.ts';
import { queueEventOf, type QueueEvent } from '../../../storage/queue-events.ts';
import { requireDevice } from '../../auth/guards.ts';
import { hubOf, lastEventIdOf, openEventStream, sseFrame } from './sse.ts';
import { presentEstimate } from './presenters.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';

/** What a board is sent of an event: numbers and desks (the payload never holds a person or a public code). */
function boardEvent(event: QueueEvent) {
  return { id: event.id, kind: event.kind, at: event.at.toISOString(), ticketId: event.ticketId, deskId: event.deskId, ...event.payload };
}

// A live event is the same text for every board of the office: made once, written to each stream. The hub
// hands every subscriber the same event object, so the cache lives exactly as long as the event does.
const liveFrames = new WeakMap<QueueEvent, string>();

function boardFrame(event: QueueEvent): string {
  let frame = liveFrames.get(event);
  if (frame === undefined) liveFrames.set(event, (frame = sseFrame(event.id, 'queue', boardEvent(event))));
  return frame;
}

/** Boards and kiosks: the queue now, and its live events. */
export function boardRoutes(app: FastifyInstance): void {
  app.get(
    '/api/kolejka',
    {
      preValidation: requireDevice('board', 'kiosk'),
      schema: { tags: ['queue'], summary: 'The queue now: waiting counts and estimates per service, tickets at desks (boards, kiosks).' },
    },
    async (request) => {
      const snapshot = await queueSnapshot(app.deps.db, request.device!.officeId, app.deps.clock.now());
      return {
        lastEventId: snapshot.lastEventId,
        services: snapshot.services.map((s) => ({
          serviceId: s.serviceId,
          letter: s.letter,
          name: inLanguage(s.name, request.locale).value,
          waiting: s.waiting,
          openDesks: s.openDesks,
          estimate: presentEstimate(request, s.estimate),
        })),
        calls: snapshot.calls.map((c) => ({ ...c, calledAt: c.calledAt.toISOString() })),
      };
    },
  );

  app.get(
    '/api/kolejka/zdarzenia',
    {
      preValidation: requireDevice('board', 'kiosk'),
      schema: {
        tags: ['queue'],
        summary: 'Server-Sent Events of the office queue; honours Last-Event-ID (or ?od=<id>) by replaying missed events.',
      },
    },
    async (request, reply) => {
      const hub = hubOf(request);
      const officeId = request.device!.officeId;
      const after = lastEventIdOf(request);
      await openEventStream(request, reply, hub, {
        replay: async (stream) => {
          const replayed = new Set<string>();
          if (after === null) return replayed;
          for (const row of await queueEventsAfter(app.deps.db, officeId, after, 1000)) {
            const event = queueEventOf(row);
            replayed.add(event.id);
            stream.send(event.id, 'queue', boardEvent(event));
          }
          return replayed;
        },
        onEvent: (stream, event) => {
          if (event.officeId === officeId) stream.sendFrame(boardFrame(event));
        },
      });
    },
  );
}
