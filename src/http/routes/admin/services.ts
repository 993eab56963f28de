import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createService, findService, listServices, unitChoices, updateService } from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { ServiceFormPage, ServiceListPage, serviceToForm } from '../../../ui/admin/services.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';

/** /admin/sprawy: the services (matters) residents come for. */
export function adminServiceRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function formPage(
    request: FastifyRequest,
    ctx: PageContext,
    serviceId: number | undefined,
    values: FormValues,
    errors: FormErrors,
    notice?: Notice,
  ) {
    const deps = await depsOf(request, 'admin');
    const [units, saved] = await Promise.all([unitChoices(deps), serviceId === undefined ? undefined : findService(deps, serviceId)]);
    // The title names the service as saved, not as (mis)typed in a refused form.
    return ServiceFormPage({ ctx, serviceId, values, errors, units, notice, savedName: saved?.name.pl });
  }

  app.get('/admin/sprawy', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(
      reply,
      ServiceListPage({ ctx, services: await listServices(await depsOf(request, 'admin')), notice: noticeOf(request) }),
    );
  });

  app.get('/admin/sprawy/nowa', guard, async (request, reply) => {
    await sendPage(reply, await formPage(request, await pageContext(request), undefined, { typical_minutes: '15', active: 'on' }, {}));
  });

  app.post('/admin/sprawy/nowa', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await createService(await depsOf(request, 'admin'), form);
        return '/admin/sprawy?zapisano=1';
      },
      render: (ctx, errors) => formPage(request, ctx, undefined, form, errors),
      field: 'name_pl',
    });
  });

  app.get('/admin/sprawy/:id', guard, async (request, reply) => {
    const service = await findService(await depsOf(request, 'admin'), idParam(request, 'id'));
    if (!service) throw notFound();
    await sendPage(reply, await formPage(request, await pageContext(request), service.id, serviceToForm(service), {}, noticeOf(request)));
  });

  app.post('/admin/sprawy/:id', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateService(await depsOf(request, 'admin'), id, form);
        return `/admin/sprawy/${id}?zapisano=1`;
      },
      render: (ctx, errors) => formPage(request, ctx, id, form, errors),
      field: 'name_pl',
    });
  });
}
