import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  addBookingSchedule,
  bookingSettings,
  deleteBookingSchedule,
  serviceBookingSettings,
  updateBookingPolicy,
  updateServiceBooking,
} from '../../../app/booking/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { ServiceBookingPage, serviceBookingToForm } from '../../../ui/booking-staff/admin-service.tsx';
import { BookingSettingsPage, policyToForm } from '../../../ui/booking-staff/admin-settings.tsx';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';
import { depsOf } from '../../auth/actor.ts';
import { formOf } from '../../form.ts';

/** /admin/rezerwacje: the office's booking policy; per service, what booking takes and its schedule. */
export function adminBookingRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function settingsPage(
    request: FastifyRequest,
    ctx: PageContext,
    values: FormValues | undefined,
    errors: FormErrors,
    notice?: Notice,
  ) {
    const { policy, services } = await bookingSettings(await depsOf(request, 'admin'));
    return BookingSettingsPage({ ctx, values: values ?? policyToForm(policy), errors, services, notice });
  }

  app.get('/admin/rezerwacje', guard, async (request, reply) => {
    await sendPage(reply, await settingsPage(request, await pageContext(request), undefined, {}, noticeOf(request)));
  });

  app.post('/admin/rezerwacje', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateBookingPolicy(await depsOf(request, 'admin'), form);
        return '/admin/rezerwacje?zapisano=1';
      },
      render: (ctx, errors) => settingsPage(request, ctx, form, errors),
      field: 'horizon_days',
    });
  });

  /** The service's page; the form that was sent keeps its values and errors, the other shows what is saved. */
  async function servicePage(
    request: FastifyRequest,
    ctx: PageContext,
    sent: { settings?: FormValues; row?: FormValues; errors?: FormErrors },
    notice?: Notice,
  ) {
    const { service, schedule, desks } = await serviceBookingSettings(await depsOf(request, 'admin'), idParam(request, 'id'));
    return ServiceBookingPage({
      ctx,
      service,
      schedule,
      desks,
      notice,
      values: sent.settings ?? serviceBookingToForm(service),
      errors: sent.settings ? (sent.errors ?? {}) : {},
      rowValues: sent.row ?? {},
      rowErrors: sent.row ? (sent.errors ?? {}) : {},
    });
  }

  app.get('/admin/rezerwacje/sprawy/:id', guard, async (request, reply) => {
    await sendPage(reply, await servicePage(request, await pageContext(request), {}, noticeOf(request)));
  });

  app.post('/admin/rezerwacje/sprawy/:id', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateServiceBooking(await depsOf(request, 'admin'), id, form);
        return `/admin/rezerwacje/sprawy/${id}?zapisano=1`;
      },
      render: (ctx, errors) => servicePage(request, ctx, { settings: form, errors }),
      field: 'booking_minutes',
    });
  });

  app.post('/admin/rezerwacje/sprawy/:id/harmonogram', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await addBookingSchedule(await depsOf(request, 'admin'), id, form);
        return `/admin/rezerwacje/sprawy/${id}?zapisano=1#harmonogram`;
      },
      render: (ctx, errors) => servicePage(request, ctx, { row: form, errors }),
      field: 'desk_id',
    });
  });

  app.post('/admin/rezerwacje/sprawy/:id/harmonogram/:rowId/usun', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    await deleteBookingSchedule(await depsOf(request, 'admin'), { serviceId: id, rowId: idParam(request, 'rowId') });
    await reply.redirect(`/admin/rezerwacje/sprawy/${id}?usunieto=1#harmonogram`, 303);
  });
}
