import type { FastifyInstance } from 'fastify';
import { readPublicOffice } from '../../../app/organisation/index.ts';
import { accessibilityStatementPage } from '../../../ui/public/accessibility-statement.tsx';
import { depsOf } from '../../auth/actor.ts';
import { pageContext, sendPage } from '../../page.ts';

/** GET /deklaracja-dostepnosci: the accessibility statement the law requires of public bodies. No login. */
export function accessibilityStatementRoutes(app: FastifyInstance): void {
  app.get('/deklaracja-dostepnosci', async (request, reply) => {
    const view = await readPublicOffice(await depsOf(request));
    const page = accessibilityStatementPage(await pageContext(request), view, app.deps.config.publicUrl);
    await sendPage(reply, page);
  });
}
