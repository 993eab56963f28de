import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { issueTicket, kioskChoices } from '../../../app/queue/index.ts';
import { requireDevice, requireRole } from '../../auth/guards.ts';
import { depsOf } from '../../auth/actor.ts';
import { presentIssuedTicket, presentKioskChoices } from './presenters.ts';
import { IssueBody } from './schema.ts';

/**
 * The `Idempotency-Key` header of a kiosk's request (IETF draft "The Idempotency-Key HTTP Header Field": a
 * string, quoted or not): a retry with the same key gets the same ticket.
 */
function idempotencyKey(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const key = header.trim().replace(/^"(.*)"$/, '$1');
  return key === '' ? null : key;
}

/** The kiosk (device) and the Information Point (staff): the services to choose from, and issuing a ticket. */
export function kioskRoutes(app: FastifyInstance): void {
  app.get(
    '/api/kiosk/uslugi',
    {
      preValidation: requireDevice('kiosk'),
      schema: { tags: ['queue'], summary: 'The kiosk’s services grouped by unit, with waiting counts and wait estimates.' },
    },
    async (request) => presentKioskChoices(request, await kioskChoices(await depsOf(request))),
  );

  app.post<{ Body: Static<typeof IssueBody> }>(
    '/api/kiosk/bilety',
    {
      preValidation: requireDevice('kiosk'),
      schema: {
        tags: ['queue'],
        summary: 'Issues a ticket at a kiosk (regular or priority).',
        description:
          'Send an `Idempotency-Key` header (16–64 letters, digits, `-` or `_`) with each request: a retry with the same key, after an answer that never arrived, returns the same ticket instead of issuing a second one.',
        body: IssueBody,
      },
    },
    async (request, reply) => {
      const ticket = await issueTicket(await depsOf(request), {
        serviceId: request.body.serviceId,
        priorityReason: request.body.priorityReason ?? null,
        groundFloor: request.body.groundFloor ?? false,
        source: 'kiosk',
        locale: request.locale,
        issueKey: idempotencyKey(request.headers['idempotency-key']),
      });
      return reply.code(201).send(presentIssuedTicket(request, ticket));
    },
  );

  app.post<{ Body: Static<typeof IssueBody> }>(
    '/api/punkt-informacyjny/bilety',
    {
      preValidation: requireRole('information_point'),
      schema: { tags: ['queue'], summary: 'Issues a ticket at the Information Point (regular or priority).', body: IssueBody },
    },
    async (request, reply) => {
      const ticket = await issueTicket(await depsOf(request, 'information_point'), {
        serviceId: request.body.serviceId,
        priorityReason: request.body.priorityReason ?? null,
        groundFloor: request.body.groundFloor ?? false,
        source: 'information_point',
        locale: request.locale,
      });
      return reply.code(201).send(presentIssuedTicket(request, ticket));
    },
  );
}
