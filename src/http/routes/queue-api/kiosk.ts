import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { issueTicket, kioskServices } from '../../../app/queue/index.ts';
import { requireDevice, requireRole } from '../../auth/guards.ts';
import { depsOf } from './actor.ts';
import { presentEstimate, presentIssuedTicket } from './presenters.ts';
import { IssueBody } from './schema.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';

/** The kiosk (device) and the Information Point (staff): the services to choose from, and issuing a ticket. */
export function kioskRoutes(app: FastifyInstance): void {
  app.get(
    '/api/kiosk/uslugi',
    {
      preValidation: requireDevice('kiosk'),
      schema: { tags: ['queue'], summary: 'The kiosk’s services grouped by unit, with waiting counts and wait estimates.' },
    },
    async (request) => {
      const units = await kioskServices(app.deps.db, request.device!.officeId, app.deps.clock.now());
      const reasons = await app.deps.db
        .selectFrom('priority_reason')
        .select(['code', 'name_pl', 'name_en', 'name_uk'])
        .where('office_id', '=', request.device!.officeId)
        .where('active', '=', true)
        .orderBy('position')
        .execute();
      return {
        units: units.map((u) => ({
          unitId: u.unitId,
          code: u.code,
          name: inLanguage(u.name, request.locale).value,
          services: u.services.map((s) => ({
            serviceId: s.serviceId,
            letter: s.letter,
            name: inLanguage(s.name, request.locale).value,
            waiting: s.waiting,
            estimate: presentEstimate(request, s.estimate),
            issuingNow: s.issuingNow,
            issuedToday: s.issuedToday,
          })),
        })),
        priorityReasons: reasons.map((r) => ({
          code: r.code,
          name: inLanguage({ pl: r.name_pl, en: r.name_en, uk: r.name_uk }, request.locale).value,
        })),
      };
    },
  );

  app.post<{ Body: Static<typeof IssueBody> }>(
    '/api/kiosk/bilety',
    {
      preValidation: requireDevice('kiosk'),
      schema: { tags: ['queue'], summary: 'Issues a ticket at a kiosk (regular or priority).', body: IssueBody },
    },
    async (request, reply) => {
      const ticket = await issueTicket(depsOf(request, 'kiosk'), {
        serviceId: request.body.serviceId,
        priorityReason: request.body.priorityReason ?? null,
        groundFloor: request.body.groundFloor ?? false,
        source: 'kiosk',
        locale: request.locale,
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
      const ticket = await issueTicket(depsOf(request, 'information_point'), {
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
