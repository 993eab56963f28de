import type { FastifyInstance } from 'fastify';
import { ticketView } from '../../../app/queue/index.ts';
import { FollowPage } from '../../../ui/queue/follow-page.tsx';
import { pageContext, sendPage } from '../../page.ts';
import { CodeParams } from '../queue-api/schema.ts';
import { followView } from './presenters.ts';

/** /bilet/<code>: the public follow page of one ticket (no login, nothing personal); 404 for an unknown code. */
export function followPageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { code: string } }>(
    '/bilet/:code',
    {
      schema: { hide: true, params: CodeParams },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const view = followView(request, await ticketView(app.deps, request.params.code));
      // The status changes by the minute: a phone's back button must not show an old one.
      reply.header('cache-control', 'no-store');
      return sendPage(reply, FollowPage({ ctx: await pageContext(request), code: request.params.code, view }));
    },
  );
}
