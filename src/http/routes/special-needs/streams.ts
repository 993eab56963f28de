import { renderToString } from 'preact-render-to-string';
import type { FastifyInstance } from 'fastify';
import {
  interpreterAvailability,
  isGroundFloorEvent,
  officeGroundFloorRequests,
  unitGroundFloorRequests,
  INTERPRETER_EVENT,
} from '../../../app/special-needs/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import type { GroundFloorViewer } from '../../../ui/special-needs/ground-floor-panel.tsx';
import { groundFloorMessage } from '../../../ui/special-needs/ground-floor-message.ts';
import { InterpreterAvailabilityText } from '../../../ui/special-needs/interpreter-public.tsx';
import { depsOf } from '../../auth/actor.ts';
import { apiErrors } from '../../errors.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext } from '../../page.ts';
import { coalesced, hubOf, openEventStream, type EventStream } from '../queue-api/sse.ts';

/** The live feeds of the ground floor (Information Point, unit head) and of the interpreter's availability (public). */
export function specialNeedsStreams(app: FastifyInstance): void {
  // The staff's stream answers errors as JSON, as every /api/ address does.
  app.register(async (api) => {
    api.setErrorHandler(apiErrors);
    groundFloorStream(api);
  });
  interpreterStream(app);
}

function groundFloorStream(app: FastifyInstance): void {
  app.get(
    '/api/parter/zdarzenia',
    {
      preValidation: requireRole('information_point', 'unit_head'),
      schema: {
        tags: ['ground-floor'],
        summary:
          'Server-Sent Events: the ground-floor requests the Information Point (whole office) or a unit head (own unit) sees, sent again on each change.',
      },
    },
    async (request, reply) => {
      const office = request.staff!.roles.includes('information_point');
      const deps: UseCaseDeps = await depsOf(request, office ? 'information_point' : 'unit_head');
      const ctx = await pageContext(request);
      const viewer: GroundFloorViewer = office ? 'information_point' : 'unit_head';
      const send = async (stream: EventStream): Promise<void> => {
        const requests = office ? await officeGroundFloorRequests(deps) : (await unitGroundFloorRequests(deps)).requests;
        if (!stream.closed) stream.send(null, 'groundFloor', groundFloorMessage(ctx, requests, viewer));
      };
      const refresh = coalesced(request, send);
      await openEventStream(request, reply, hubOf(request), {
        replay: async (stream) => {
          await send(stream);
          return new Set();
        },
        onEvent: (stream, event) => {
          if (event.officeId === deps.actor.officeId && isGroundFloorEvent(event.kind)) refresh(stream);
        },
      });
    },
  );
}

function interpreterStream(app: FastifyInstance): void {
  app.get(
    '/tlumacz-migowy/zdarzenia',
    {
      schema: {
        tags: ['sign-language'],
        summary: 'Server-Sent Events: the video interpreter’s availability now, sent again when the Information Point changes it.',
      },
    },
    async (request, reply) => {
      const deps = await depsOf(request);
      const ctx = await pageContext(request);
      const send = async (stream: EventStream): Promise<void> => {
        const availability = await interpreterAvailability(deps);
        if (!stream.closed)
          stream.send(null, 'availability', {
            kind: availability.kind,
            html: renderToString(InterpreterAvailabilityText({ ctx, availability })),
          });
      };
      const refresh = coalesced(request, send);
      await openEventStream(request, reply, hubOf(request), {
        replay: async (stream) => {
          await send(stream);
          return new Set();
        },
        onEvent: (stream, event) => {
          if (event.officeId === deps.actor.officeId && event.kind === INTERPRETER_EVENT) refresh(stream);
        },
      });
    },
  );
}
