import type { FastifyInstance } from 'fastify';
import { readOrganisationCounts } from '../../../app/organisation/index.ts';
import { AdminHomePage } from '../../../ui/admin/home.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';

/** /admin: the administrator's start page with the office's counts. */
export function adminHomeRoutes(app: FastifyInstance): void {
  app.get('/admin', { preValidation: requireRole('admin'), schema: { hide: true } }, async (request, reply) => {
    const ctx = await pageContext(request);
    const counts = await readOrganisationCounts(await depsOf(request, 'admin'));
    await sendPage(reply, AdminHomePage({ ctx, counts }));
  });
}
