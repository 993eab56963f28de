import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import { isDeviceActive } from '../../../app/devices/index.ts';
import {
  callAnnouncement,
  isQueueMove,
  officeEventsAfter,
  queueSnapshot,
  type QueueEvent,
  type ScreenPlace,
} from '../../../app/queue/index.ts';
import { polishSpeech } from '../../../devices/speech/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { requireDevice } from '../../auth/guards.ts';
import { depsOf } from '../../auth/actor.ts';
import { hubOf, lastEventIdOf, openEventStream, sseFrame } from './sse.ts';
import { presentBoardEvent, presentQueueSnapshot } from './presenters.ts';
import { TicketParams } from './schema.ts';

// A live event is the same text for every board of the office: made once, written to each stream. The hub
// hands every subscriber the same event object, so the cache lives exactly as long as the event does.
const liveFrames = new WeakMap<QueueEvent, string>();

function boardFrame(event: QueueEvent): string {
  let frame = liveFrames.get(event);
  if (frame === undefined) liveFrames.set(event, (frame = sseFrame(event.id, 'queue', presentBoardEvent(event))));
  return frame;
}

/** Where the asking screen stands: desks of the other buildings are named with theirs. */
function screenOf(request: FastifyRequest): ScreenPlace {
  return { buildingId: request.device?.buildingId ?? null };
}

/** Boards and kiosks: the queue now, its live events, and each call as the board says it. */
export function boardRoutes(app: FastifyInstance): void {
  app.get(
    '/api/kolejka',
    {
      preValidation: requireDevice('board', 'kiosk'),
      schema: {
        tags: ['queue'],
        summary:
          'The queue now: waiting counts and estimates per service, tickets at desks, today’s last calls; desks of other buildings with theirs (boards, kiosks).',
      },
    },
    async (request) => presentQueueSnapshot(request, await queueSnapshot(await depsOf(request), screenOf(request))),
  );

  app.get<{ Params: Static<typeof TicketParams> }>(
    '/api/kolejka/wywolania/:ticketId/zapowiedz',
    {
      preValidation: requireDevice('board', 'kiosk'),
      schema: {
        tags: ['queue'],
        summary:
          'A call as the board says it, in Polish: a WAV file (eSpeak NG on the server; the board needs no voice of its own). 404 once the ticket is no longer at a desk.',
        params: TicketParams,
      },
    },
    async (request, reply) => {
      const { text } = await callAnnouncement(await depsOf(request), request.params.ticketId, screenOf(request));
      const wav = await polishSpeech()
        .say(text)
        .catch((error: unknown) => {
          request.log.warn({ err: error }, 'a call could not be spoken');
          throw new DomainError('unavailable', 'errors.unavailable');
        });
      return reply.header('cache-control', 'no-store').type('audio/wav').send(wav);
    },
  );

  app.get(
    '/api/kolejka/zdarzenia',
    {
      preValidation: requireDevice('board', 'kiosk'),
      schema: {
        tags: ['queue'],
        summary:
          'Server-Sent Events of the office queue; honours Last-Event-ID (or ?od=<id>) by replaying missed events. Ends with a `revoked` event when the device is revoked.',
      },
    },
    async (request, reply) => {
      const hub = hubOf(request);
      const deps = await depsOf(request);
      const after = lastEventIdOf(request);
      const deviceId = request.device!.id;
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
          if (event.officeId === deps.actor.officeId && isQueueMove(event.kind)) stream.sendFrame(boardFrame(event));
        },
        device: { id: deviceId, isActive: () => isDeviceActive(deps, { deviceId }) },
      });
    },
  );
}
