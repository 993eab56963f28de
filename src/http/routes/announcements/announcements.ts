import type { FastifyInstance } from 'fastify';
import {
  editAnnouncement,
  findAnnouncement,
  listAnnouncements,
  publishAnnouncement,
  withdrawAnnouncement,
} from '../../../app/announcements/index.ts';
import { announcementToForm } from '../../../domain/announcements/index.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { AnnouncementFormPage, AnnouncementListPage, WithdrawAnnouncementPage } from '../../../ui/announcements/pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, submitForm } from '../admin/support.ts';

const NOTICES: Record<string, string> = { opublikowano: 'published', zapisano: 'saved', wycofano: 'withdrawn' };

/** /komunikaty: the list, publishing, changing and withdrawing (administrator, Contact Centre). */
export function announcementRoutes(app: FastifyInstance): void {
  const writers = { schema: { hide: true }, preValidation: requireRole('admin', 'contact_centre') };

  app.get('/komunikaty', writers, async (request, reply) => {
    const ctx = await pageContext(request);
    const query = request.query as Record<string, string | undefined>;
    const done = Object.keys(NOTICES).find((key) => query[key] === '1');
    const notice = done ? ctx.t(`announcements.notice.${NOTICES[done]!}`) : undefined;
    return sendPage(reply, AnnouncementListPage({ ctx, items: await listAnnouncements(await depsOf(request)), notice }));
  });

  app.get('/komunikaty/nowy', writers, async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(reply, AnnouncementFormPage({ ctx, values: { severity: 'info', places: ['public', 'booking', 'kiosk', 'board'] } }));
  });

  app.post('/komunikaty', writers, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await publishAnnouncement(await depsOf(request), form);
        return '/komunikaty?opublikowano=1';
      },
      render: (ctx, errors) => AnnouncementFormPage({ ctx, values: form, errors }),
      field: 'text_pl',
    });
  });

  app.get('/komunikaty/:id', writers, async (request, reply) => {
    const item = await findAnnouncement(await depsOf(request), idParam(request, 'id'));
    if (!item || item.device) throw notFound();
    return sendPage(reply, AnnouncementFormPage({ ctx: await pageContext(request), id: item.id, values: announcementToForm(item) }));
  });

  app.post('/komunikaty/:id', writers, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await editAnnouncement(await depsOf(request), id, form);
        return '/komunikaty?zapisano=1';
      },
      render: (ctx, errors) => AnnouncementFormPage({ ctx, id, values: form, errors }),
      field: 'text_pl',
    });
  });

  app.get('/komunikaty/:id/wycofaj', writers, async (request, reply) => {
    const item = await findAnnouncement(await depsOf(request), idParam(request, 'id'));
    if (!item || item.withdrawnAt) throw notFound();
    return sendPage(reply, WithdrawAnnouncementPage({ ctx: await pageContext(request), item }));
  });

  app.post('/komunikaty/:id/wycofaj', writers, async (request, reply) => {
    await withdrawAnnouncement(await depsOf(request), idParam(request, 'id'));
    return reply.redirect('/komunikaty?wycofano=1', 303);
  });
}
