import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createUnit } from '../../../app/organisation/create-unit.ts';
import { updateUnit } from '../../../app/organisation/update-unit.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { findUnit, listBuildings, listOfficeRooms, listUnits } from '../../../storage/organisation-repository.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { UnitFormPage, UnitListPage, unitToForm } from '../../../ui/admin/units.tsx';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { adminDeps, idParam, noticeOf, submitForm } from './support.ts';
import { formOf } from '../../form.ts';

/** /admin/komorki: organisational units. */
export function adminUnitRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };
  const db = app.deps.db;

  async function formPage(
    request: FastifyRequest,
    ctx: PageContext,
    unitId: number | undefined,
    values: FormValues,
    errors: FormErrors,
    notice?: Notice,
  ) {
    const officeId = request.staff!.officeId;
    const [buildings, rooms, saved] = await Promise.all([
      listBuildings(db, officeId),
      listOfficeRooms(db, officeId),
      unitId === undefined ? undefined : findUnit(db, officeId, unitId),
    ]);
    return UnitFormPage({ ctx, unitId, values, errors, buildings, rooms, notice, savedCode: saved?.code });
  }

  app.get('/admin/komorki', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, UnitListPage({ ctx, units: await listUnits(db, request.staff!.officeId), notice: noticeOf(request) }));
  });

  app.get('/admin/komorki/nowa', guard, async (request, reply) => {
    await sendPage(reply, await formPage(request, await pageContext(request), undefined, {}, {}));
  });

  app.post('/admin/komorki/nowa', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await createUnit(adminDeps(request), form);
        return '/admin/komorki?zapisano=1';
      },
      render: (ctx, errors) => formPage(request, ctx, undefined, form, errors),
      field: 'code',
    });
  });

  app.get('/admin/komorki/:id', guard, async (request, reply) => {
    const unit = await findUnit(db, request.staff!.officeId, idParam(request, 'id'));
    if (!unit) throw notFound();
    await sendPage(reply, await formPage(request, await pageContext(request), unit.id, unitToForm(unit), {}, noticeOf(request)));
  });

  app.post('/admin/komorki/:id', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateUnit(adminDeps(request), id, form);
        return `/admin/komorki/${id}?zapisano=1`;
      },
      render: (ctx, errors) => formPage(request, ctx, id, form, errors),
      field: 'code',
    });
  });
}
