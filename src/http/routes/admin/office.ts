import type { FastifyInstance } from 'fastify';
import { updateOffice } from '../../../app/organisation/update-office.ts';
import { currentOffice } from '../../../storage/office-repository.ts';
import { OfficePage, officeToForm } from '../../../ui/admin/office.tsx';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { adminDeps, noticeOf, submitForm } from './support.ts';
import { formOf } from '../../form.ts';

/** /admin/urzad: the office's settings and its accessibility statement. */
export function adminOfficeRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };
  app.get('/admin/urzad', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const office = await currentOffice(app.deps.db);
    await sendPage(reply, OfficePage({ ctx, values: officeToForm(office), errors: {}, notice: noticeOf(request) }));
  });
  app.post('/admin/urzad', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateOffice(adminDeps(request), form);
        return '/admin/urzad?zapisano=1';
      },
      render: (ctx, errors) => OfficePage({ ctx, values: form, errors }),
      field: 'name',
    });
  });
}
