import type { FastifyInstance } from 'fastify';
import { officeEventsAfter, queueSnapshot, type QueueEvent } from '../../../app/queue/index.ts';
import { requireDevice } from '../../auth/guards.ts';
import { depsOf } from '../../auth/actor.ts';
import { hubOf, lastEventIdOf, openEventStream, sseFrame } from './sse.ts';
import { presentBoardEvent, presentQueueSnapshot } from './presenters.ts';

// A live event is the same text for every board of the office: made once, written to each stream. The hub
// hands every subscriber the same event object, so the cache lives exactly as long as the event does.
const liveFrames = new WeakMap<QueueEvent, string>();

function boardFrame(event: QueueEvent): string {
  let frame = liveFrames.get(event);
  if (frame === undefined) liveFrames.set(event, (frame = sseFrame(event.id, 'queue', presentBoardEvent(event))));
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
    async (request) => presentQueueSnapshot(request, await queueSnapshot(await depsOf(request))),
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
      const deps = await depsOf(request);
      const after = lastEventIdOf(request);
      await openEventStream(request, reply, hub, {
        replay: async (stream) => {
          const replayed = new Set<string>();
          if (after === null) return replayed;
          for (const event of await officeEventsAfter(deps, after)) {
            replayed.add(event.id);
            stream.send(event.id, 'queue', presentBoardEvent(event));
          }
          return replayed;
        },
        onEvent: (stream, event) => {
          if (event.officeId === deps.actor.officeId) stream.sendFrame(boardFrame(event));
        },
      });
    },
  );
}
