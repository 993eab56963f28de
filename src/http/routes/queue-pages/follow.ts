import type { FastifyInstance } from 'fastify';
import { ticketStatus } from '../../../app/queue/index.ts';
import { placeOfService } from '../../../app/queue/waiting-place.ts';
import { FollowPage } from '../../../ui/queue/follow-page.tsx';
import { pageContext, sendPage } from '../../page.ts';
import { nameIn, presentTicketStatus, whereText } from '../queue/presenters.ts';
import { CodeParams } from '../queue/schema.ts';

/** /bilet/<code>: the public follow page of one ticket (no login, nothing personal); 404 for an unknown code. */
export function followPageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { code: string } }>('/bilet/:code', {
    schema: { hide: true, params: CodeParams },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { db, clock } = app.deps;
    const status = await ticketStatus(db, request.params.code, clock.now());
    const [service, where] = await Promise.all([
      db.selectFrom('service').select(['name_pl as pl', 'name_en as en', 'name_uk as uk']).where('id', '=', status.serviceId).executeTakeFirstOrThrow(),
      placeOfService(db, status.serviceId),
    ]);
    const shown = presentTicketStatus(request, status);
    // The status changes by the minute: a phone's back button must not show an old one.
    reply.header('cache-control', 'no-store');
    return sendPage(reply, FollowPage({
      ctx: await pageContext(request),
      code: request.params.code,
      facts: {
        number: shown.number, service: nameIn(request, service), status: shown.statusText,
        where: whereText(request, where), peopleAhead: shown.peopleAheadText, estimate: shown.estimate?.text ?? null,
      },
    }));
  });
}
