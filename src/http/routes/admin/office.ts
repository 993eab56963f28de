import type { FastifyInstance } from 'fastify';
import { updateOffice } from '../../../app/organisation/index.ts';
import { OfficePage, officeToForm } from '../../../ui/admin/office.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { officeOf } from '../../office.ts';
import { pageContext, sendPage } from '../../page.ts';
import { noticeOf, submitForm } from './support.ts';

/** /admin/urzad: the office's settings and its accessibility statement. */
export function adminOfficeRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };
  app.get('/admin/urzad', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, OfficePage({ ctx, values: officeToForm(await officeOf(request)), errors: {}, notice: noticeOf(request) }));
  });
  app.post('/admin/urzad', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateOffice(await depsOf(request, 'admin'), form);
        return '/admin/urzad?zapisano=1';
      },
      render: (ctx, errors) => OfficePage({ ctx, values: form, errors }),
      field: 'name',
    });
  });
}
