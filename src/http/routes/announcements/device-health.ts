import type { FastifyInstance, FastifyRequest } from 'fastify';
import { devicePolicy, deviceHealth, updateDevicePolicy, UPTIME_DAYS } from '../../../app/announcements/index.ts';
import { roomChoices } from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import { DeviceHealthPage, policyToForm } from '../../../ui/announcements/health.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { submitForm } from '../admin/support.ts';

/** /admin/stan-urzadzen: each device's state, history and uptime, and the failure rules (administrator). */
export function deviceHealthRoutes(app: FastifyInstance): void {
  const admin = { schema: { hide: true }, preValidation: requireRole('admin') };

  async function page(request: FastifyRequest, values?: FormValues, errors?: FormErrors) {
    const deps = await depsOf(request);
    const ctx = await pageContext(request);
    const query = request.query as Record<string, string | undefined>;
    const rooms = (await roomChoices(deps)).map((r) => ({ id: r.id, label: `${r.buildingName}, ${r.number}` }));
    return DeviceHealthPage({
      ctx,
      devices: await deviceHealth(deps),
      days: UPTIME_DAYS,
      rooms,
      values: values ?? policyToForm(await devicePolicy(deps)),
      errors,
      notice: query.zapisano === '1' ? ctx.t('announcements.policy.saved') : undefined,
    });
  }

  app.get('/admin/stan-urzadzen', admin, async (request, reply) => sendPage(reply, await page(request)));

  app.post('/admin/stan-urzadzen', admin, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateDevicePolicy(await depsOf(request, 'admin'), form);
        return '/admin/stan-urzadzen?zapisano=1';
      },
      render: (_ctx, errors) => page(request, form, errors),
      field: 'silent_after',
    });
  });
}
