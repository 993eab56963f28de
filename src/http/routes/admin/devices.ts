import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findDevice, listDevices, registerDevice, revokeDevice, updateDevice } from '../../../app/devices/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { buildingChoices, unitChoices } from '../../../app/organisation/index.ts';
import { DomainError, notFound } from '../../../domain/shared/errors.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import {
  DevicesPage,
  DeviceTokenPage,
  deviceToForm,
  EditDevicePage,
  RegisterDevicePage,
  RevokeDevicePage,
} from '../../../ui/admin/devices.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formField, formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, submitForm } from './support.ts';

type Form = Record<string, unknown>;

/** /admin/urzadzenia: the list, registering (the token shown once) and revoking. */
export function deviceAdminRoutes(app: FastifyInstance): void {
  const admin = { schema: { hide: true }, preValidation: requireRole('admin') };

  app.get<{ Querystring: { wycofano?: string } }>('/admin/urzadzenia', admin, async (request, reply) => {
    const ctx = await pageContext(request);
    const devices = await listDevices(await depsOf(request));
    const notice = request.query.wycofano === '1' ? ctx.t('devices.revoke.done') : undefined;
    return sendPage(reply, DevicesPage({ ctx, devices, notice }));
  });

  app.get('/admin/urzadzenia/nowe', admin, async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(reply, RegisterDevicePage({ ctx, buildings: await buildingChoices(await depsOf(request)) }));
  });

  app.post<{ Body: Form }>('/admin/urzadzenia', admin, async (request, reply) => {
    const body = request.body ?? {};
    const deps = await depsOf(request);
    try {
      const device = await registerDevice(deps, { kind: body.kind, name: body.name, buildingId: body.building });
      const ctx = await pageContext(request);
      // The token exists only in this answer: 201 rather than a redirect, and never stored by a cache.
      reply.header('cache-control', 'no-store');
      return await sendPage(reply, DeviceTokenPage({ ctx, name: device.name, token: device.token }), 201);
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const buildings = await buildingChoices(deps);
      const values = { kind: formField(body, 'kind'), name: formField(body, 'name'), building: formField(body, 'building') };
      const errors = wordErrors(ctx, Object.keys(error.fields).length > 0 ? error.fields : { name: { key: error.key } });
      return sendPage(reply, RegisterDevicePage({ ctx, buildings, values, errors }), error.kind === 'conflict' ? 409 : 422);
    }
  });

  /** The device's own page again, with the form as sent and its errors, or as saved. */
  async function editPage(request: FastifyRequest, values?: FormValues, errors?: FormErrors) {
    const deps = await depsOf(request);
    const device = await findDevice(deps, idParam(request, 'id'));
    if (!device || device.revokedAt) throw notFound();
    const ctx = await pageContext(request);
    const query = request.query as Record<string, string | undefined>;
    const notice = query.zapisano === '1' ? ctx.t('devices.edit.saved') : undefined;
    const [buildings, units] = await Promise.all([buildingChoices(deps), device.kind === 'feedback' ? unitChoices(deps) : []]);
    return EditDevicePage({ ctx, device, buildings, units, values: values ?? deviceToForm(device), errors, notice });
  }

  app.get('/admin/urzadzenia/:id', admin, async (request, reply) => sendPage(reply, await editPage(request)));

  app.post('/admin/urzadzenia/:id', admin, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateDevice(await depsOf(request, 'admin'), id, form);
        return `/admin/urzadzenia/${id}?zapisano=1`;
      },
      render: (_ctx, errors) => editPage(request, form, errors),
      field: 'name',
    });
  });

  app.get('/admin/urzadzenia/:id/wycofaj', admin, async (request, reply) => {
    const device = await findDevice(await depsOf(request), idParam(request, 'id'));
    if (!device || device.revokedAt) throw notFound();
    return sendPage(reply, RevokeDevicePage({ ctx: await pageContext(request), device }));
  });

  app.post('/admin/urzadzenia/:id/wycofaj', admin, async (request, reply) => {
    await revokeDevice(await depsOf(request), { deviceId: idParam(request, 'id') });
    return reply.redirect('/admin/urzadzenia?wycofano=1', 303);
  });
}
