import type { FastifyInstance } from 'fastify';
import { listOutbox, readOutboxMail, readOutboxPage } from '../../../app/mail/index.ts';
import { OutboxListPage, OutboxMailPage } from '../../../ui/mail/outbox-page.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';

/** /personel/poczta: the administrator's view of outgoing mail (in the demo, the mail that would go out). */
export function mailOutboxRoutes(app: FastifyInstance): void {
  const admin = { schema: { hide: true }, preValidation: requireRole('admin') };

  app.get<{ Querystring: { page?: unknown } }>('/personel/poczta', admin, async (request, reply) => {
    const page = readOutboxPage(request.query);
    const { rows, hasNext } = await listOutbox(await depsOf(request), { page });
    const demo = request.server.deps.config.smtpUrl === undefined;
    return sendPage(reply, OutboxListPage({ ctx: await pageContext(request), rows, page, hasNext, demo }));
  });

  app.get<{ Params: { id: string } }>('/personel/poczta/:id', admin, async (request, reply) => {
    const mail = await readOutboxMail(await depsOf(request), { id: request.params.id });
    const demo = request.server.deps.config.smtpUrl === undefined;
    return sendPage(reply, OutboxMailPage({ ctx: await pageContext(request), mail, demo }));
  });
}
