import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { freeDays, moveBooking, nearestFreeTimes, type BookingView, type FreeTimeOption } from '../../../app/booking/index.ts';
import { parseSlotId } from '../../../domain/booking/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { visitWhen } from '../../../ui/booking/parts.tsx';
import { DayPage, TimePage } from '../../../ui/booking/question-pages.tsx';
import { dayLabel } from '../../../ui/public/wording.ts';
import { depsOf } from '../../auth/actor.ts';
import { checkPublicForm, publicFormToken } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import { BOOKING_FORM, BOOKING_LOOKUP_LIMIT, BOOKING_WRITE_LIMIT, timesOfDay } from './answers.ts';
import { manageLinks, sendManageProblem, viewOf } from './manage.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import { formField } from '../../form.ts';

type Params = { kod: string };
type Fields = Record<string, unknown>;
type Request = FastifyRequest<{ Params: Params }>;

async function sendMoveDays(request: Request, reply: FastifyReply, view: BookingView, token: string, error?: DomainError): Promise<void> {
  const ctx = await pageContext(request);
  const links = manageLinks(view.code, token);
  const { days } = await freeDays(await depsOf(request), { serviceId: view.service.id });
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    DayPage({
      ctx,
      caption: inLanguage(view.service.name, ctx.locale).value,
      title: ctx.t('booking.pages.move.dayTitle'),
      lead: ctx.t('booking.pages.move.current', { when: visitWhen(ctx, view.startsAt) }),
      back: links.page,
      days,
      hrefOf: links.moveTime,
      error: error ? ctx.t(error.key, error.values) : undefined,
    }),
    error ? statusOf(error) : 200,
  );
}

async function sendMoveTimes(
  request: Request,
  reply: FastifyReply,
  view: BookingView,
  token: string,
  question: { day?: string; times: FreeTimeOption[]; error?: DomainError },
): Promise<void> {
  const ctx = await pageContext(request);
  const { t } = ctx;
  const links = manageLinks(view.code, token);
  const error = question.error;
  const nearest = question.day === undefined;
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    TimePage({
      ctx,
      caption: inLanguage(view.service.name, ctx.locale).value,
      title: t(nearest ? 'booking.pages.time.nearestTitle' : 'booking.pages.move.timeTitle'),
      hint: nearest ? t('booking.pages.time.nearestHint') : t('booking.pages.time.day', { day: dayLabel(ctx.locale, question.day!) }),
      back: links.move,
      times: question.times,
      error: error ? t(error.key, error.values) : undefined,
      nearest,
      form: {
        method: 'post',
        action: links.moveAction,
        hidden: { _csrf: publicFormToken(request, reply, BOOKING_FORM, 'lax'), t: token, dzien: question.day ?? '' },
      },
      submit: t('booking.pages.move.submit'),
      otherDay: links.move,
      empty: t(nearest ? 'booking.pages.time.nearestNone' : 'booking.refusal.dayFull'),
    }),
    error ? statusOf(error) : 200,
  );
}

/**
 * Moving a visit through its manage link: the day list, the times of a day, then one POST that takes the
 * new time and frees the old in one transaction. A time taken meanwhile changes nothing and offers the
 * nearest free ones (the visit's own time counting as free).
 */
export function moveRoutes(app: FastifyInstance): void {
  const lookup = { schema: { hide: true }, config: { rateLimit: BOOKING_LOOKUP_LIMIT } };

  app.get<{ Params: Params; Querystring: Fields }>('/rezerwacja/:kod/zmien', lookup, async (request, reply) => {
    const token = formField(request.query, 't');
    const view = await viewOf(request, reply, token);
    if (!view) return;
    if (!view.changeable) return sendManageProblem(request, reply, new DomainError('conflict', 'booking.pages.manage.unchangeable'));
    await sendMoveDays(request, reply, view, token);
  });

  app.get<{ Params: Params; Querystring: Fields }>('/rezerwacja/:kod/zmien/godzina', lookup, async (request, reply) => {
    const token = formField(request.query, 't');
    const view = await viewOf(request, reply, token);
    if (!view) return;
    if (!view.changeable) return sendManageProblem(request, reply, new DomainError('conflict', 'booking.pages.manage.unchangeable'));
    const day = formField(request.query, 'dzien');
    const times = await timesOfDay(await depsOf(request), view.service.id, day);
    if (!times.ok) return sendMoveDays(request, reply, view, token, times.error);
    await sendMoveTimes(request, reply, view, token, { day, times: times.times });
  });

  app.post<{ Params: Params; Body: Fields }>(
    '/rezerwacja/:kod/zmien',
    { schema: { hide: true }, config: { rateLimit: BOOKING_WRITE_LIMIT } },
    async (request, reply) => {
      checkPublicForm(request, BOOKING_FORM);
      const token = formField(request.body, 't');
      const deps = await depsOf(request);
      const slot = parseSlotId(formField(request.body, 'termin'));
      try {
        if (!slot) {
          const view = await viewOf(request, reply, token);
          if (!view) return;
          const day = formField(request.body, 'dzien');
          const times = await timesOfDay(deps, view.service.id, day);
          if (!times.ok) return await sendMoveDays(request, reply, view, token, times.error);
          return await sendMoveTimes(request, reply, view, token, {
            day,
            times: times.times,
            error: new DomainError('validation', 'booking.pages.time.required'),
          });
        }
        const moved = await moveBooking(deps, { code: request.params.kod, token, startsAt: slot.startsAt });
        return await reply.redirect(
          `/rezerwacja/${moved.code}?${new URLSearchParams({ t: moved.manageToken, przeniesiono: '1' }).toString()}`,
          303,
        );
      } catch (error) {
        if (!(error instanceof DomainError) || !slot || (!error.fields.time && !error.fields.date))
          return sendManageProblem(request, reply, error);
        const view = await viewOf(request, reply, token);
        if (!view) return;
        if (error.fields.date)
          return sendMoveDays(
            request,
            reply,
            view,
            token,
            new DomainError(error.kind, error.fields.date.key, { values: error.fields.date.values ?? {} }),
          );
        const times = await nearestFreeTimes(deps, { serviceId: view.service.id, around: slot.startsAt, movingBookingId: view.bookingId });
        const fieldError = error.fields.time!;
        return sendMoveTimes(request, reply, view, token, {
          times,
          error: new DomainError(error.kind, fieldError.key, { values: fieldError.values ?? {} }),
        });
      }
    },
  );
}
