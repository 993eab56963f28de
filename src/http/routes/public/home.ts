import type { FastifyInstance } from 'fastify';
import { readPublicOffice } from '../../../app/organisation/index.ts';
import { homePage } from '../../../ui/public/home.tsx';
import { depsOf } from '../../auth/actor.ts';
import { pageContext, sendPage } from '../../page.ts';

/** GET /: the office, its buildings' status and hours, and its services. No login. */
export function homeRoutes(app: FastifyInstance): void {
  app.get('/', async (request, reply) => {
    const view = await readPublicOffice(await depsOf(request));
    await sendPage(reply, homePage(await pageContext(request), view));
  });
}
