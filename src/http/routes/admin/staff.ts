import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createStaff, listStaff, readStaff, resetStaffPassword, unitChoices, updateStaff } from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { ResetPasswordPage, StaffFormPage, StaffListPage, staffToForm } from '../../../ui/admin/staff.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';

/**
 * /admin/pracownicy: staff accounts. Names and e-mails are personal data: the list and the edit page read
 * them through use cases that audit the read. A form shown again after an error shows only what was sent.
 */
export function adminStaffRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function formPage(
    request: FastifyRequest,
    ctx: PageContext,
    staffId: number | undefined,
    values: FormValues,
    errors: FormErrors,
    notice?: Notice,
  ) {
    const units = await unitChoices(await depsOf(request, 'admin'));
    return StaffFormPage({ ctx, staffId, values, errors, units, notice });
  }

  app.get('/admin/pracownicy', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, StaffListPage({ ctx, people: await listStaff(await depsOf(request, 'admin')), notice: noticeOf(request) }));
  });

  app.get('/admin/pracownicy/nowy', guard, async (request, reply) => {
    await sendPage(reply, await formPage(request, await pageContext(request), undefined, { active: 'on' }, {}));
  });

  app.post('/admin/pracownicy/nowy', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => `/admin/pracownicy/${await createStaff(await depsOf(request, 'admin'), form)}?zapisano=1`,
      // The password is never sent back to the browser.
      render: (ctx, errors) => formPage(request, ctx, undefined, { ...form, password: '' }, errors),
      field: 'login',
    });
  });

  app.get('/admin/pracownicy/:id', guard, async (request, reply) => {
    const person = await readStaff(await depsOf(request, 'admin'), idParam(request, 'id'));
    await sendPage(reply, await formPage(request, await pageContext(request), person.id, staffToForm(person), {}, noticeOf(request)));
  });

  app.post('/admin/pracownicy/:id', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateStaff(await depsOf(request, 'admin'), id, form);
        return `/admin/pracownicy/${id}?zapisano=1`;
      },
      render: (ctx, errors) => formPage(request, ctx, id, form, errors),
      field: 'login',
    });
  });

  app.get('/admin/pracownicy/:id/haslo', guard, async (request, reply) => {
    await sendPage(reply, ResetPasswordPage({ ctx: await pageContext(request), staffId: idParam(request, 'id'), errors: {} }));
  });

  app.post('/admin/pracownicy/:id/haslo', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await resetStaffPassword(await depsOf(request, 'admin'), id, form);
        return `/admin/pracownicy/${id}?zapisano=1`;
      },
      render: (ctx, errors) => ResetPasswordPage({ ctx, staffId: id, errors }),
      field: 'password',
    });
  });
}
