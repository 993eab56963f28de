import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  bookableServices,
  bookByPhone,
  bookingService,
  freeDays,
  freeTimes,
  nearestFreeTimes,
  phoneBookingConfirmation,
  type BookingServiceDetails,
  type FreeTimeOption,
} from '../../../app/booking/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { parseSlotId } from '../../../domain/booking/index.ts';
import { one, type FormValues } from '../../../domain/organisation/form-values.ts';
import type { DomainError } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import {
  ChooseServicePage,
  PHONE_BOOKING_PATH,
  PhoneBookingDonePage,
  PhoneBookingFormPage,
} from '../../../ui/booking-staff/phone-booking.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam } from '../admin/support.ts';
import { formOf } from '../../form.ts';

/** The refusal's words, with the ones addressed to the resident ("you already have…") said about the caller. */
function worded(ctx: PageContext, error: DomainError, service: BookingServiceDetails | undefined): FormErrors {
  if (error.key === 'booking.refusal.alreadyBooked')
    return { [service?.contact === 'phone' ? 'phone' : 'email']: ctx.t('bookingStaff.phone.alreadyBooked') };
  if (Object.keys(error.fields).length > 0) return wordErrors(ctx, error.fields);
  return { time: ctx.t(error.key, error.values) };
}

/** Expected refusals a form page answers itself; anything else goes to the error handler. */
function refusal(error: unknown): DomainError | undefined {
  const domain = asDomainError(error);
  return domain && ['validation', 'conflict', 'rate_limited'].includes(domain.kind) ? domain : undefined;
}

/**
 * /punkt-informacyjny/rezerwacja: the Information Point books a visit for a caller — the service, then
 * the day and the time with the caller's details on one page, then the code to read out.
 */
export function phoneBookingRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('information_point'), schema: { hide: true } };

  async function chooseService(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status = 200) {
    const ctx = await pageContext(request);
    await sendPage(reply, ChooseServicePage({ ctx, units: await bookableServices(await depsOf(request)), values, errors }), status);
  }

  /** The form page of a service: its free days, and the times of the chosen day (or the given ones). */
  async function bookingForm(
    request: FastifyRequest,
    reply: FastifyReply,
    deps: UseCaseDeps,
    service: BookingServiceDetails,
    input: { date: string; values: FormValues; errors?: FormErrors; times?: FreeTimeOption[]; status?: number },
  ) {
    const ctx = await pageContext(request);
    const days = (await freeDays(deps, { serviceId: service.id })).days.filter((d) => d.freeCount > 0);
    let { times } = input;
    let errors = input.errors ?? {};
    let status = input.status ?? 200;
    if (times === undefined && input.date !== '') {
      try {
        times = (await freeTimes(deps, { serviceId: service.id, date: input.date })).times;
      } catch (error) {
        const domain = refusal(error);
        if (!domain) throw error;
        errors = { ...errors, ...wordErrors(ctx, domain.fields) };
        status = Math.max(status, statusOf(domain));
      }
    }
    const page = PhoneBookingFormPage({
      ctx,
      service,
      days,
      date: input.date,
      times,
      alternatives: input.times !== undefined,
      values: input.values,
      errors,
    });
    await sendPage(reply, page, status);
  }

  app.get<{ Querystring: { service?: string; date?: string } }>(PHONE_BOOKING_PATH, guard, async (request, reply) => {
    const deps = await depsOf(request);
    const values: FormValues = { service: request.query.service ?? '', date: request.query.date ?? '' };
    if (one(values, 'service') === '') return chooseService(request, reply, values, {});
    const service = await serviceOf(deps, one(values, 'service'));
    if (!service) return chooseService(request, reply, values, { service: request.t('bookingStaff.errors.chooseService') }, 422);
    return bookingForm(request, reply, deps, service, { date: one(values, 'date'), values });
  });

  app.post(PHONE_BOOKING_PATH, guard, async (request, reply) => {
    const deps = await depsOf(request);
    const form = formOf(request);
    const service = await serviceOf(deps, one(form, 'service'));
    if (!service) return chooseService(request, reply, form, { service: request.t('bookingStaff.errors.chooseService') }, 422);
    const input = {
      service: one(form, 'service'),
      time: one(form, 'time'),
      name: one(form, 'name'),
      email: one(form, 'email'),
      phone: one(form, 'phone'),
      locale: one(form, 'locale'),
    };
    try {
      const booked = await bookByPhone(deps, input);
      return await reply.redirect(`${PHONE_BOOKING_PATH}/${booked.bookingId}`, 303);
    } catch (error) {
      const domain = refusal(error);
      if (!domain) throw error;
      const ctx = await pageContext(request);
      const errors = worded(ctx, domain, service);
      const chosen = parseSlotId(input.time);
      // Lost to a racing booking: offer the nearest free times instead of the day's list.
      const times =
        domain.key === 'booking.refusal.slotTaken' && chosen
          ? await nearestFreeTimes(deps, { serviceId: service.id, around: chosen.startsAt })
          : undefined;
      return bookingForm(request, reply, deps, service, {
        date: one(form, 'date'),
        values: { ...form, time: '' },
        errors,
        times,
        status: statusOf(domain),
      });
    }
  });

  app.get(`${PHONE_BOOKING_PATH}/:id`, guard, async (request, reply) => {
    const booking = await phoneBookingConfirmation(await depsOf(request), { bookingId: idParam(request, 'id') });
    await sendPage(reply, PhoneBookingDonePage({ ctx: await pageContext(request), booking }));
  });
}

/** The bookable service a form names; undefined for anything else (not a number, not bookable, another office's). */
async function serviceOf(deps: UseCaseDeps, raw: string): Promise<BookingServiceDetails | undefined> {
  if (!/^\d{1,9}$/.test(raw.trim())) return undefined;
  try {
    return await bookingService(deps, Number(raw));
  } catch (error) {
    if (asDomainError(error)?.kind === 'not_found') return undefined;
    throw error;
  }
}
