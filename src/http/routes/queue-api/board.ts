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
import { announcementsNow } from '../../../app/announcements/index.ts';
import { wordAnnouncement } from '../../../ui/announcements/banner.tsx';
import { coalesced, hubOf, lastEventIdOf, openEventStream, sseFrame, type EventStream } from './sse.ts';
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

/**
 * The announcements of the asking screen (a board's or a kiosk's, without the device's own failure) as an
 * `announcements` event: the server's time (the screen shows each at its time by it, whatever its own clock
 * says) and the items, now and to come, in the stream's language.
 */
async function sendAnnouncements(request: FastifyRequest, deps: Awaited<ReturnType<typeof depsOf>>, stream: EventStream): Promise<void> {
  const place = request.device?.kind === 'kiosk' ? 'kiosk' : 'board';
  const list = await announcementsNow(deps, place, { exceptDeviceId: request.device?.id ?? null });
  if (stream.closed) return;
  stream.send(null, 'announcements', { now: deps.clock.now().toISOString(), items: list.map((a) => wordAnnouncement(request, a)) });
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
          'Server-Sent Events of the office queue; honours Last-Event-ID (or ?od=<id>) by replaying missed events. Ends with a `revoked` event when the device is revoked. An `announcements` event (the server’s time and the announcements for this kind of screen, shown now or later, most severe first) comes after the replay and again whenever they change.',
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
        officeId: deps.actor.officeId,
        onEvent: (stream, event) => {
          if (isQueueMove(event.kind)) stream.sendFrame(boardFrame(event));
        },
        device: { id: deviceId, isActive: () => isDeviceActive(deps, { deviceId }) },
        afterReplay: (stream) => {
          const send = coalesced(request, (target: EventStream) => sendAnnouncements(request, deps, target));
          send(stream);
          return hub.subscribeAnnouncements((officeId) => (officeId === null || officeId === deps.actor.officeId) && send(stream));
        },
      });
    },
  );
}
