import type { FastifyInstance } from 'fastify';
import { staffPhoneDetails, updateStaffPhone } from '../../../app/directory/index.ts';
import { StaffPhonePage, staffPhoneToForm } from '../../../ui/directory/staff-phone-page.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from '../admin/support.ts';

/** /admin/pracownicy/:id/telefon: the administrator sets a person's room, extension and matters for the phone directory. */
export function staffPhoneRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  app.get('/admin/pracownicy/:id/telefon', guard, async (request, reply) => {
    const details = await staffPhoneDetails(await depsOf(request, 'admin'), idParam(request, 'id'));
    const ctx = await pageContext(request);
    await sendPage(reply, StaffPhonePage({ ctx, details, values: staffPhoneToForm(details), errors: {}, notice: noticeOf(request) }));
  });

  app.post('/admin/pracownicy/:id/telefon', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    const deps = await depsOf(request, 'admin');
    await submitForm(request, reply, {
      run: async () => {
        await updateStaffPhone(deps, id, form);
        return `/admin/pracownicy/${id}/telefon?zapisano=1`;
      },
      render: async (ctx, errors) => StaffPhonePage({ ctx, details: await staffPhoneDetails(deps, id), values: form, errors }),
      field: 'phone_extension',
    });
  });
}
