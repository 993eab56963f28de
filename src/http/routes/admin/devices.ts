import type { FastifyInstance } from 'fastify';
import { registerDevice } from '../../../app/devices/register-device.ts';
import { revokeDevice } from '../../../app/devices/revoke-device.ts';
import { DomainError, notFound } from '../../../domain/shared/errors.ts';
import { buildingChoices, findDevice, listDevices } from '../../../storage/device-repository.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { DevicesPage, DeviceTokenPage, RegisterDevicePage, RevokeDevicePage } from '../../../ui/admin/devices.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';

type Form = Record<string, unknown>;

function text(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

function deviceId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** /admin/urzadzenia: the list, registering (the token shown once) and revoking. */
export function deviceAdminRoutes(app: FastifyInstance): void {
  const admin = { schema: { hide: true }, preValidation: requireRole('admin') };

  app.get<{ Querystring: { wycofano?: string } }>('/admin/urzadzenia', admin, async (request, reply) => {
    const ctx = await pageContext(request);
    const devices = await listDevices(app.deps.db, request.staff!.officeId);
    const notice = request.query.wycofano === '1' ? ctx.t('devices.revoke.done') : undefined;
    return sendPage(reply, DevicesPage({ ctx, devices, notice }));
  });

  app.get('/admin/urzadzenia/nowe', admin, async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(reply, RegisterDevicePage({ ctx, buildings: await buildingChoices(app.deps.db, request.staff!.officeId) }));
  });

  app.post<{ Body: Form }>('/admin/urzadzenia', admin, async (request, reply) => {
    const body = request.body ?? {};
    try {
      const device = await registerDevice(await depsOf(request), { kind: body.kind, name: body.name, buildingId: body.building });
      const ctx = await pageContext(request);
      // The token exists only in this answer: 201 rather than a redirect, and never stored by a cache.
      reply.header('cache-control', 'no-store');
      return await sendPage(reply, DeviceTokenPage({ ctx, name: device.name, token: device.token }), 201);
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const buildings = await buildingChoices(app.deps.db, request.staff!.officeId);
      const values = { kind: text(body.kind), name: text(body.name), building: text(body.building) };
      const errors = wordErrors(ctx, Object.keys(error.fields).length > 0 ? error.fields : { name: { key: error.key } });
      return sendPage(reply, RegisterDevicePage({ ctx, buildings, values, errors }), error.kind === 'conflict' ? 409 : 422);
    }
  });

  app.get<{ Params: { id: string } }>('/admin/urzadzenia/:id/wycofaj', admin, async (request, reply) => {
    const device = await findDevice(app.deps.db, request.staff!.officeId, deviceId(request.params.id));
    if (!device || device.revokedAt) throw notFound();
    return sendPage(reply, RevokeDevicePage({ ctx: await pageContext(request), device }));
  });

  app.post<{ Params: { id: string } }>('/admin/urzadzenia/:id/wycofaj', admin, async (request, reply) => {
    await revokeDevice(await depsOf(request), { deviceId: deviceId(request.params.id) });
    return reply.redirect('/admin/urzadzenia?wycofano=1', 303);
  });
}
