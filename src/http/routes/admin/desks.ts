import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  buildingChoices,
  createDesk,
  findDesk,
  listDesks,
  roomChoices,
  serviceChoices,
  updateDesk,
} from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { DeskFormPage, DeskListPage, deskToForm } from '../../../ui/admin/desks.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';

/** /admin/stanowiska: desks and the services each serves. */
export function adminDeskRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function formPage(
    request: FastifyRequest,
    ctx: PageContext,
    deskId: number | undefined,
    values: FormValues,
    errors: FormErrors,
    notice?: Notice,
  ) {
    const deps = await depsOf(request, 'admin');
    const [buildings, rooms, services, saved] = await Promise.all([
      buildingChoices(deps),
      roomChoices(deps),
      serviceChoices(deps),
      deskId === undefined ? undefined : findDesk(deps, deskId),
    ]);
    return DeskFormPage({ ctx, deskId, values, errors, buildings, rooms, services, notice, savedNumber: saved?.number });
  }

  app.get('/admin/stanowiska', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, DeskListPage({ ctx, desks: await listDesks(await depsOf(request, 'admin')), notice: noticeOf(request) }));
  });

  app.get('/admin/stanowiska/nowe', guard, async (request, reply) => {
    await sendPage(reply, await formPage(request, await pageContext(request), undefined, { floor: '0', active: 'on' }, {}));
  });

  app.post('/admin/stanowiska/nowe', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await createDesk(await depsOf(request, 'admin'), form);
        return '/admin/stanowiska?zapisano=1';
      },
      render: (ctx, errors) => formPage(request, ctx, undefined, form, errors),
      field: 'number',
    });
  });

  app.get('/admin/stanowiska/:id', guard, async (request, reply) => {
    const desk = await findDesk(await depsOf(request, 'admin'), idParam(request, 'id'));
    if (!desk) throw notFound();
    await sendPage(reply, await formPage(request, await pageContext(request), desk.id, deskToForm(desk), {}, noticeOf(request)));
  });

  app.post('/admin/stanowiska/:id', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateDesk(await depsOf(request, 'admin'), id, form);
        return `/admin/stanowiska/${id}?zapisano=1`;
      },
      render: (ctx, errors) => formPage(request, ctx, id, form, errors),
      field: 'number',
    });
  });
}
