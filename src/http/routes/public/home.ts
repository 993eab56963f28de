import type { FastifyInstance } from 'fastify';
import { readPublicOffice } from '../../../app/organisation/public-office.ts';
import { homePage } from '../../../ui/public/home.tsx';
import { pageContext, sendPage } from '../../page.ts';

/** GET /: the office, its buildings' status and hours, and its services. No login. */
export function homeRoutes(app: FastifyInstance): void {
  app.get('/', async (request, reply) => {
    const view = await readPublicOffice(app.deps.db, app.deps.clock.now());
    await sendPage(reply, homePage(await pageContext(request), view));
  });
}
